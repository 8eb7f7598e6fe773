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
		sidePageGroup(guideSideGroups[0]),
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
		sidePageGroup(guideSideGroups[1]),
		app.Section().ID("reminders").Class("card reminders").Aria("labelledby", "reminders-heading").Body(
			app.H2().ID("reminders-heading").Text("Worth remembering"),
			app.Ul().Body(listItems(guide.Home.Reminders)...),
		),
		app.Section().ID("sources").Aria("labelledby", "sources-heading").Body(
			app.H2().ID("sources-heading").Text("Sources"),
			app.P().Class("muted").Text("The research behind the guide’s evidence notes, and what the guide takes from each; then the help services its pages name, with the page each was checked on."),
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

// sideGroup is a few of the pages beside the journey, listed together on
// the guide's home under a heading of their own.
type sideGroup struct {
	id, heading, intro string
	slugs              []string
}

// guideSideGroups place the guide's pages beside the journey on its home:
// the first group comes before the fourteen steps, the second after them.
var guideSideGroups = [2]sideGroup{
	{"before", "Before you start", "Mend is for repair when both of you are safe. If there has been violence, threats or fear, or you are in crisis, read this first.", []string{"safety"}},
	{"more-help", "More help", "For when they say no, when you want a counselor, or when the hurt was an affair.", []string{"when-they-say-no", "getting-help", "after-an-affair"}},
}

// sidePageGroup lists a group's pages, each with its summary.
func sidePageGroup(group sideGroup) app.UI {
	return app.Section().ID(group.id).Class("side-pages").Aria("labelledby", group.id+"-heading").Body(
		app.H2().ID(group.id+"-heading").Text(group.heading),
		app.P().Class("muted").Text(group.intro),
		app.Ul().Class("cards").Body(
			app.Range(group.slugs).Slice(func(i int) app.UI {
				page, _ := guide.LookupPage(group.slugs[i])
				return app.Li().Body(
					app.A().Class("card card-link").Href(page.Path).Body(
						app.Span().Class("card-title").Text(page.Title),
						app.Span().Class("card-text").Text(page.Summary),
					),
				)
			}),
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
