package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// sharePage is the page at /share.
type sharePage struct{ app.Compo }

func newSharePage() *sharePage { return &sharePage{} }

const sharePagePurpose = "Choose the parts of your plan to share, see exactly what they will see, then send a read-only link."

func (p *sharePage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Share with your partner", sharePagePurpose)
}
func (p *sharePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Share with your partner", sharePagePurpose)
}

func (p *sharePage) Render() app.UI {
	return shell("/share", pageHeading("Share with your partner", sharePagePurpose))
}
