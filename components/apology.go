package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// apologyPage is the page at /apology.
type apologyPage struct{ app.Compo }

func newApologyPage() *apologyPage { return &apologyPage{} }

const apologyPagePurpose = "Write your apology in private. The checker shows what could get in the way and what a full apology includes."

func (p *apologyPage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Apology workshop", apologyPagePurpose)
}
func (p *apologyPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Apology workshop", apologyPagePurpose)
}

func (p *apologyPage) Render() app.UI {
	return shell("/apology", pageHeading("Apology workshop", apologyPagePurpose))
}
