package components

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/route"
	"mend/content/guide"
)

// guidePage is the journey's home: the introduction, a search box, the
// fourteen steps with the ones marked done, the closing reminders and the
// research the guide cites.
type guidePage struct {
	app.Compo

	done map[string]bool // steps marked done on this device; empty when prerendered
}

func newGuidePage() *guidePage { return &guidePage{} }

const guideDescription = "Fourteen steps for repairing trust after you have hurt someone, in plain words."

func (p *guidePage) OnPreRender(ctx app.Context) { setPageMeta(ctx, "The guide", guideDescription) }

func (p *guidePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "The guide", guideDescription)
	startAtTop(ctx)
	p.done = doneSteps(loadDoc())
}

func (p *guidePage) Render() app.UI {
	return shell(route.Guide,
		pageHeading("The guide", "Fourteen steps for repairing trust. Read them in order, or go to the one you need tonight."),
		app.Div().Class("guide-intro").Body(paragraphs(guide.Home.Intro)...),
		newGuideSearch(),
		app.Section().ID("steps").Aria("labelledby", "steps-heading").Body(
			app.H2().ID("steps-heading").Text("The fourteen steps"),
			app.If(len(p.done) > 0, func() app.UI {
				return app.P().Class("guide-progress").Text(doneCountText(len(p.done)))
			}),
			app.Ol().Class("steps").Body(
				app.Range(guide.Steps).Slice(func(i int) app.UI {
					return stepListItem(guide.Steps[i], p.done[guide.Steps[i].Slug])
				}),
			),
		),
		app.Section().ID("reminders").Class("card reminders").Aria("labelledby", "reminders-heading").Body(
			app.H2().ID("reminders-heading").Text("Worth remembering"),
			app.Ul().Body(listItems(guide.Home.Reminders)...),
		),
		app.Section().ID("sources").Aria("labelledby", "sources-heading").Body(
			app.H2().ID("sources-heading").Text("Sources"),
			app.P().Class("muted").Text("The research behind the guide’s evidence notes, and what the guide takes from each."),
			app.Ul().Class("sources").Body(
				app.Range(guide.Sources).Slice(func(i int) app.UI {
					s := guide.Sources[i]
					return app.Li().ID(sourceID(s.Key)).Class("source").Body(
						app.P().Class("source-citation").Body(spans(s.Citation)...),
						app.P().Class("source-finding").Body(spans(s.Finding)...),
					)
				}),
			),
		),
	)
}

// stepListItem is one step in the guide's list: its number, title and
// summary, and a visible "Done" (a word, not only a colour) once marked.
func stepListItem(step guide.Step, done bool) app.UI {
	return app.Li().Body(
		app.A().Class("step-link guide-step").Href(route.Step(step.Slug)).Body(
			app.Span().Class("step-number").Text(strconv.Itoa(step.Number)),
			app.Span().Class("guide-step-text").Body(
				app.Span().Class("guide-step-title").Body(
					app.Text(step.Title),
					app.If(done, func() app.UI {
						return app.Span().Class("done-mark").Body(
							app.Span().Aria("hidden", "true").Text("✓"),
							app.Text("Done"),
						)
					}),
				),
				app.Span().Class("guide-step-summary").Text(step.Summary),
			),
		),
	)
}

// doneCountText says how far through the journey someone is.
func doneCountText(n int) string {
	total := len(journey.Steps)
	switch {
	case n >= total:
		return fmt.Sprintf("All %d steps are marked done.", total)
	case n == 1:
		return fmt.Sprintf("1 of %d steps is marked done.", total)
	default:
		return fmt.Sprintf("%d of %d steps are marked done.", n, total)
	}
}
