package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// progressPage is the page at /progress.
type progressPage struct{ app.Compo }

func newProgressPage() *progressPage { return &progressPage{} }

const progressPagePurpose = "Check in on each commitment and see how steady you have been, week by week."

func (p *progressPage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Progress", progressPagePurpose)
}
func (p *progressPage) OnNav(ctx app.Context) { setPageMeta(ctx, "Progress", progressPagePurpose) }

func (p *progressPage) Render() app.UI {
	return shell("/progress", pageHeading("Progress", progressPagePurpose))
}
