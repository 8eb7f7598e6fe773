package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// listenWindow calls handler on the UI goroutine each time the window (or,
// for "visibilitychange", the document) fires event, and returns the
// function that stops listening. go-app has no Go API for window events;
// the pages use it for "storage" (another tab saved) and for the moments a
// page must save what is typed before it may go away.
func listenWindow(ctx app.Context, event string, handler func(app.Context)) (stop func()) {
	var target app.Value = app.Window()
	if event == "visibilitychange" {
		target = app.Window().Get("document")
	}
	fn := app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(handler)
		return nil
	})
	target.Call("addEventListener", event, fn)
	return func() {
		target.Call("removeEventListener", event, fn)
		fn.Release()
	}
}
