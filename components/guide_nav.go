package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// When the app moves to another page it keeps the scroll position of the
// one before, so "next step" would open the next step at its bottom. The
// guide's pages therefore start at the top after an in-app move, with
// focus on the main content so a screen reader reads the new page. The
// page the app was loaded with is left alone: its prerendered text was
// readable before the app started, and the reader may have scrolled it.
var (
	loadedPath   = app.Window().URL().Path // where the app started; "" when prerendering
	movedInGuide bool                      // a guide page has been shown away from loadedPath
)

// startAtTop scrolls to the top of a guide page the app has moved to.
// Call it from OnNav.
func startAtTop(ctx app.Context) {
	if !app.IsClient {
		return
	}
	u := ctx.Page().URL()
	if u.Path != loadedPath {
		movedInGuide = true
	}
	if !movedInGuide || u.Fragment != "" {
		// A link to a section scrolls there itself.
		return
	}
	ctx.Defer(func(ctx app.Context) {
		app.Window().Call("scrollTo", 0, 0)
		if main := app.Window().GetElementByID("main"); main.Truthy() {
			main.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}
