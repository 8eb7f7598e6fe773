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
		app.P().ID("home-safety").Class("safety-note").Body(
			app.Text("If there has been violence or threats, if they are afraid of you, or if you are in crisis, "),
			app.A().Href(route.Side("safety")).Text("read Safety first"),
			app.Text(" before anything else."),
		),
		app.Ul().Class("cards").Body(
			app.Range(homeParts).Slice(func(i int) app.UI {
				part := homeParts[i]
				return app.Li().Body(
					app.A().Class("card card-link").Href(part.Path).Body(
						app.Span().Class("card-title").Text(part.Card),
						app.Span().Class("card-text").Text(part.CardText),
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
		status = app.P().Text(fmt.Sprintf("You have marked all %d steps of the guide as done. That took real work. Keep doing the everyday things that show it; trust grows from them.", total))
		action = app.A().Class("journey-next").Href(route.Guide).Text("Look back over the guide")
	case len(done) == 0:
		status = app.P().Text("Start with step 1. It asks one thing of you: to own what you did.")
		action = journeyNextLink(next)
	default:
		status = app.P().Text(doneCountText(len(done)) + " Next on your journey:")
		action = journeyNextLink(next)
	}
	return app.Section().ID("journey").Class("card journey").Aria("labelledby", "journey-heading").Body(
		app.H2().ID("journey-heading").Text("Your journey"),
		app.If(len(done) > 0, func() app.UI {
			return app.Progress().Class("journey-meter").Max(total).Value(len(done)).Aria("label", "Steps marked done").Text(fmt.Sprintf("%d of %d", len(done), total))
		}),
		status,
		action,
	)
}

func journeyNextLink(step journey.Step) app.UI {
	return app.A().Class("button journey-next").Href(route.Step(step.Slug)).Text(fmt.Sprintf("Step %d: %s", step.Number, step.Title))
}
