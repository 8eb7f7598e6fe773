package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// installHint offers to put Mend on the home screen. It is the same card
// in the prerendered page and in the live one, whatever the browser, so
// nothing appears or moves when the program starts: what the browser can
// do is found out only when someone presses the button. Its own prompt
// where it has one; written steps on Apple browsers, which have none (and
// where go-app's prompt would fail silently); the menu anywhere else. An
// installed Mend hides the card with CSS (display-mode: standalone), which
// holds before the program starts too.
type installHint struct {
	app.Compo
	_ [0]func() // not comparable: no generated equality function in app.wasm

	steps string // what to do next, once the button has been pressed
}

func newInstallHint() *installHint { return &installHint{} }

// OnAppInstallChange fires when the browser's prompt has installed Mend.
func (h *installHint) OnAppInstallChange(ctx app.Context) {
	if h.steps == "" && !ctx.IsAppInstallable() {
		h.steps = "Mend is on your home screen now. Open it from there."
	}
}

func (h *installHint) install(ctx app.Context, e app.Event) {
	switch {
	case ctx.IsAppleBrowser():
		h.steps = "Tap the Share button, then “Add to Home Screen”."
	case ctx.IsAppInstallable():
		ctx.ShowAppInstallPrompt()
	default:
		h.steps = "Open your browser’s menu and choose “Install app” or “Add to Home screen”. If it has neither, Mend works just the same here."
	}
}

func (h *installHint) Render() app.UI {
	var next app.UI
	if h.steps == "" {
		next = el("button", "id", "install-button", "class", "button", "click", h.install, txt("Install Mend"))
	} else {
		next = el("p", "id", "install-steps", "role", "status", txt(h.steps))
	}
	return el("section", "id", "install", "class", "card install", "aria-labelledby", "install-heading",
		el("h2", "id", "install-heading", txt("Keep Mend on your home screen")),
		el("p", txt("Installed, Mend opens like an app and works without a connection.")),
		next,
	)
}
