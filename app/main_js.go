//go:build js

package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	if app.Window().Get("document").IsUndefined() {
		// web/compile-worker.js runs the program once off the page, so
		// that the browser compiles its code there rather than on the
		// page's main thread. It gives the program a pretend page to draw
		// into; without one, the work is done once main is reached.
		return
	}
	// Package initialisation is over: make bench reads this mark to tell
	// the Go runtime's start from the first render.
	app.Window().Get("performance").Call("mark", "go-main")
	// Hand the browser back its main thread for a moment between the Go
	// runtime's start and the first render: two shorter tasks instead of
	// one long one, so a tap or a scroll in between is not held up by both.
	time.Sleep(time.Millisecond)
	loadContent()
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
