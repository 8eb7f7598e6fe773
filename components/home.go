package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/route"
)

// homePage is where the app opens: what Mend is for and where to go next.
type homePage struct {
	app.Compo

	done map[string]bool // guide steps marked done; empty when prerendered
}

func newHomePage() *homePage { return &homePage{} }

const homeDescription = "A private, offline companion for repairing trust after you have hurt someone."

func (p *homePage) OnPreRender(ctx app.Context) { setPageMeta(ctx, appName, homeDescription) }
func (p *homePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, appName, homeDescription)
	p.done = doneSteps(loadDoc())
}

// homeParts introduces each part of the app on the home page.
var homeParts = route.Cards()

func (p *homePage) Render() app.UI {
	return shell(route.Home,
		pageHeading(appName, "You hurt someone and want to make it right. Mend walks with you, one honest step at a time."),
		journeyCard(p.done),
		el("p#home-safety.safety-note",
			app.Text("If there has been violence or threats, if they are afraid of you, or if you are in crisis, "),
			el("a", "href", route.Side("safety"), txt("read Safety first")),
			app.Text(" before anything else."),
		),
		el("ul.cards",
			each(len(homeParts), func(i int) app.UI {
				part := homeParts[i]
				return el("li",
					el("a.card.card-link", "href", part.Path,
						el("span.card-title", txt(part.Card)),
						el("span.card-text", txt(part.CardText)),
					),
				)
			}),
		),
		newInstallHint(),
	)
}

// journeyCard says where someone is on the guide's journey and what to
// read next. The prerendered page knows nothing of the device, so it starts
// everyone at step 1 until the app is live.
func journeyCard(done map[string]bool) app.UI {
	total := len(journey.Steps)
	next, more := journey.Next(done)
	var status, action app.UI
	switch {
	case !more:
		status = el("p", txt(fmt.Sprintf("You have marked all %d steps of the guide as done. That took real work. Keep doing the everyday things that show it; trust grows from them.", total)))
		action = app.Raw(`<a class="journey-next" href="/guide">Look back over the guide</a>`)
	case len(done) == 0:
		status = app.Raw(`<p>Start with step 1. It asks one thing of you: to own what you did.</p>`)
		action = journeyNextLink(next)
	default:
		status = el("p", txt(doneCountText(len(done))+" Next on your journey:"))
		action = journeyNextLink(next)
	}
	return el("section#journey.card.journey[aria-labelledby=journey-heading]",
		markup(`<h2 id="journey-heading">Your journey</h2>`),
		when(len(done) > 0, func() app.UI {
			return el("progress.journey-meter[aria-label=Steps marked done]", "max", total, "value", len(done), txt(fmt.Sprintf("%d of %d", len(done), total)))
		}),
		status,
		action,
	)
}

func journeyNextLink(step journey.Step) app.UI {
	return el("a.button.journey-next", "href", route.Step(step.Slug), txt(fmt.Sprintf("Step %d: %s", step.Number, step.Title)))
}
