package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
)

// stepPage shows one step of the guide.
type stepPage struct {
	app.Compo
	step journey.Step
}

func newStepPage(slug string) *stepPage {
	step, _ := journey.Lookup(slug)
	return &stepPage{step: step}
}

func (p *stepPage) description() string {
	return fmt.Sprintf("Step %d of %d in Mend's guide to repairing trust.", p.step.Number, len(journey.Steps))
}

func (p *stepPage) OnPreRender(ctx app.Context) { setPageMeta(ctx, p.step.Title, p.description()) }
func (p *stepPage) OnNav(ctx app.Context)       { setPageMeta(ctx, p.step.Title, p.description()) }

func (p *stepPage) Render() app.UI {
	i := p.step.Number - 1
	return shell("/guide/"+p.step.Slug,
		app.P().Class("eyebrow").Text(fmt.Sprintf("Step %d of %d", p.step.Number, len(journey.Steps))),
		pageHeading(p.step.Title, p.description()),
		app.Nav().Class("pager").Aria("label", "Steps").Body(
			app.If(i > 0, func() app.UI {
				prev := journey.Steps[i-1]
				return app.A().Class("pager-prev").Href("/guide/" + prev.Slug).Rel("prev").Text("← " + prev.Title)
			}),
			app.If(i+1 < len(journey.Steps), func() app.UI {
				next := journey.Steps[i+1]
				return app.A().Class("pager-next").Href("/guide/" + next.Slug).Rel("next").Text(next.Title + " →")
			}),
		),
	)
}
