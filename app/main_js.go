//go:build js

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	registerRoutes()
	checkForUpdatesWhenShown()
	app.RunWhenOnBrowser()
}

// checkForUpdatesWhenShown asks the service worker to look for a new
// version whenever the app comes back to the foreground: an installed app
// may stay open for days, and go-app v10 has no update interval of its own.
func checkForUpdatesWhenShown() {
	doc := app.Window().Get("document")
	doc.Call("addEventListener", "visibilitychange", app.FuncOf(func(this app.Value, args []app.Value) any {
		if doc.Get("visibilityState").String() == "visible" {
			app.TryUpdate()
		}
		return nil
	}))
}
