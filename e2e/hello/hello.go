// Command hello is the smallest go-app v10 client-only app, built and served
// exactly like Mend by the load benchmarks in e2e: the floor for this
// stack, against which Mend's size and start-up are measured.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type hello struct{ app.Compo }

func (h *hello) OnMount(ctx app.Context) {
	doc := app.Window().Get("document")
	doc.Get("documentElement").Call("setAttribute", "data-live", "true")
	app.Window().Get("performance").Call("mark", "app-live")
}

func (h *hello) Render() app.UI {
	return app.Main().Body(app.H1().Text("Hello"))
}
