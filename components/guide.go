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
		el("div.guide-intro", paragraphs(guide.Home.Intro)),
		newGuideSearch(),
		sidePageGroup(guideSideGroups[0]),
		el("section#steps[aria-labelledby=steps-heading]",
			markup(`<h2 id="steps-heading">The fourteen steps</h2>`),
			when(len(p.done) > 0, func() app.UI {
				return el("p.guide-progress", txt(doneCountText(len(p.done))))
			}),
			el("ol.steps",
				each(len(guide.Steps), func(i int) app.UI {
					return stepListItem(guide.Steps[i], p.done[guide.Steps[i].Slug])
				}),
			),
		),
		sidePageGroup(guideSideGroups[1]),
		el("section#reminders.card.reminders[aria-labelledby=reminders-heading]",
			markup(`<h2 id="reminders-heading">Worth remembering</h2>`),
			el("ul", listItems(guide.Home.Reminders)),
		),
		el("section#sources[aria-labelledby=sources-heading]",
			markup(`<h2 id="sources-heading">Sources</h2>`),
			markup(`<p class="muted">The research behind the guide’s evidence notes, and what the guide takes from each; then the help services its pages name, with the page each was checked on.</p>`),
			el("ul.sources",
				each(len(guide.Sources), func(i int) app.UI {
					s := guide.Sources[i]
					return el("li.source", "id", sourceID(s.Key),
						el("p.source-citation", spans(s.Citation)),
						el("p.source-finding", spans(s.Finding)),
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
	return elIn(group.id, "section#$.side-pages[aria-labelledby=$-heading]",
		elIn(group.id, "h2#$-heading", txt(group.heading)),
		el("p.muted", txt(group.intro)),
		el("ul.cards",
			each(len(group.slugs), func(i int) app.UI {
				page, _ := guide.LookupPage(group.slugs[i])
				return el("li",
					el("a.card.card-link", "href", page.Path,
						el("span.card-title", txt(page.Title)),
						el("span.card-text", txt(page.Summary)),
					),
				)
			}),
		),
	)
}

// stepListItem is one step in the guide's list: its number, title and
// summary, and a visible "Done" (a word, not only a colour) once marked.
func stepListItem(step guide.Step, done bool) app.UI {
	return el("li",
		el("a.step-link.guide-step", "href", route.Step(step.Slug),
			el("span.step-number", txt(strconv.Itoa(step.Number))),
			el("span.guide-step-text",
				el("span.guide-step-title",
					app.Text(step.Title),
					when(done, func() app.UI {
						return app.Raw(`<span class="done-mark"><span aria-hidden="true">✓</span>Done</span>`)
					}),
				),
				el("span.guide-step-summary", txt(step.Summary)),
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
