package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// viewPage is what the partner opens: the plan that was shared with them,
// carried in the link's fragment, read-only.
type viewPage struct {
	app.Compo
	hasLink bool
}

func newViewPage() *viewPage { return &viewPage{} }

const viewPurpose = "Read the plan someone chose to share with you. It is read-only, and nothing you do here is sent anywhere."

func (p *viewPage) OnPreRender(ctx app.Context) { setPageMeta(ctx, "A shared plan", viewPurpose) }

func (p *viewPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "A shared plan", viewPurpose)
	// The plan travels in the fragment, which the browser never sends to
	// a server; prerendering cannot see it, so it is read here.
	p.hasLink = ctx.Page().URL().Fragment != ""
}

func (p *viewPage) Render() app.UI {
	return shell("/view",
		pageHeading("A shared plan", viewPurpose),
		app.If(!p.hasLink, func() app.UI {
			return app.P().ID("view-empty").Text("This link holds no plan. If someone meant to share one with you, ask them to send it again.")
		}),
	)
}
