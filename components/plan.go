package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// planPage is the page at /plan.
type planPage struct{ app.Compo }

func newPlanPage() *planPage { return &planPage{} }

const planPagePurpose = "Write down what you did, what you heard, and what you will do differently — and keep it current."

func (p *planPage) OnPreRender(ctx app.Context) { setPageMeta(ctx, "Repair plan", planPagePurpose) }
func (p *planPage) OnNav(ctx app.Context)       { setPageMeta(ctx, "Repair plan", planPagePurpose) }

func (p *planPage) Render() app.UI {
	return shell("/plan", pageHeading("Repair plan", planPagePurpose))
}
