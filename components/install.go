package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// installHint offers to put Mend on the home screen: the browser's own
// prompt where it has one, written steps on Apple browsers, which have none.
type installHint struct {
	app.Compo

	installable bool
	apple       bool
}

func newInstallHint() *installHint { return &installHint{} }

func (h *installHint) OnMount(ctx app.Context)            { h.refresh(ctx) }
func (h *installHint) OnAppInstallChange(ctx app.Context) { h.refresh(ctx) }

func (h *installHint) refresh(ctx app.Context) {
	h.installable = ctx.IsAppInstallable()
	h.apple = ctx.IsAppleBrowser()
}

func (h *installHint) Render() app.UI {
	switch {
	case h.installable && h.apple:
		// Apple browsers have no install prompt; ShowAppInstallPrompt
		// would fail silently there.
		return app.Section().ID("install").Class("card install").Body(
			app.H2().Text("Keep Mend on your home screen"),
			app.P().Text("Tap the Share button, then “Add to Home Screen”. Mend then opens like an app and works without a connection."),
		)
	case h.installable:
		return app.Section().ID("install").Class("card install").Body(
			app.H2().Text("Keep Mend on your home screen"),
			app.P().Text("Installed, Mend opens like an app and works without a connection."),
			app.Button().ID("install-button").Class("button").Text("Install Mend").OnClick(func(ctx app.Context, e app.Event) {
				ctx.ShowAppInstallPrompt()
			}),
		)
	default:
		return app.Div().Class("install-none")
	}
}
