package components

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
)

// guidePage lists the journey's fourteen steps.
type guidePage struct{ app.Compo }

func newGuidePage() *guidePage { return &guidePage{} }

const guideDescription = "Fourteen steps for repairing trust after you have hurt someone, in plain words."

func (p *guidePage) OnPreRender(ctx app.Context) { setPageMeta(ctx, "The guide", guideDescription) }
func (p *guidePage) OnNav(ctx app.Context)       { setPageMeta(ctx, "The guide", guideDescription) }

func (p *guidePage) Render() app.UI {
	return shell("/guide",
		pageHeading("The guide", "Fourteen steps for repairing trust. Read them in order, or go to the one you need tonight."),
		app.Ol().Class("steps").Body(
			app.Range(journey.Steps).Slice(func(i int) app.UI {
				step := journey.Steps[i]
				return app.Li().Body(
					app.A().Class("step-link").Href("/guide/"+step.Slug).Body(
						app.Span().Class("step-number").Text(strconv.Itoa(step.Number)),
						app.Span().Text(step.Title),
					),
				)
			}),
		),
	)
}
