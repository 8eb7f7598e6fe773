package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// homePage is where the app opens: what Mend is for and where to go next.
type homePage struct{ app.Compo }

func newHomePage() *homePage { return &homePage{} }

const homeDescription = "A private, offline companion for repairing trust after you have hurt someone."

func (p *homePage) OnPreRender(ctx app.Context) { setPageMeta(ctx, appName, homeDescription) }
func (p *homePage) OnNav(ctx app.Context)       { setPageMeta(ctx, appName, homeDescription) }

// homeParts introduces each part of the app on the home page.
var homeParts = []struct{ path, title, text string }{
	{"/guide", "Read the guide", "Fourteen steps, from owning what happened to being patient while trust returns."},
	{"/apology", "Write your apology", "Draft it here first. The checker points out what could get in the way."},
	{"/plan", "Make a repair plan", "What you did, what you heard, what you will change, and how you will show it."},
	{"/progress", "Keep your promises", "Check in on each commitment and see your consistency over the weeks."},
	{"/share", "Share with your partner", "A read-only link to the parts of your plan you choose."},
	{"/settings", "Your data", "Back up, restore or delete what you keep here."},
}

func (p *homePage) Render() app.UI {
	return shell("/",
		pageHeading(appName, "You hurt someone and want to make it right. Mend walks with you, one honest step at a time."),
		app.Ul().Class("cards").Body(
			app.Range(homeParts).Slice(func(i int) app.UI {
				part := homeParts[i]
				return app.Li().Body(
					app.A().Class("card card-link").Href(part.path).Body(
						app.Span().Class("card-title").Text(part.title),
						app.Span().Class("card-text").Text(part.text),
					),
				)
			}),
		),
		newInstallHint(),
	)
}
