package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// settingsPage is the page at /settings.
type settingsPage struct{ app.Compo }

func newSettingsPage() *settingsPage { return &settingsPage{} }

const settingsPagePurpose = "Back up, restore or delete what Mend keeps on this device, and install it on your home screen."

func (p *settingsPage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Your data", settingsPagePurpose)
}
func (p *settingsPage) OnNav(ctx app.Context) { setPageMeta(ctx, "Your data", settingsPagePurpose) }

func (p *settingsPage) Render() app.UI {
	return shell("/settings", pageHeading("Your data", settingsPagePurpose))
}
