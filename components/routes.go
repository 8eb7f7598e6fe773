// Package components holds Mend's user interface: one go-app component per
// page or widget. Components render; what they show is computed by the
// plain-Go packages under app/.
package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/route"
)

// Route is one page of the app with the component that renders it.
type Route struct {
	Path string
	New  func() app.Composer
}

// components binds each page of mend/app/route to its component. Step
// pages are bound by route.StepSlug, pages beside the journey by
// route.SidePage.
var components = map[string]func() app.Composer{
	route.Home:     func() app.Composer { return newHomePage() },
	route.Guide:    func() app.Composer { return newGuidePage() },
	route.Apology:  func() app.Composer { return newApologyPage() },
	route.Plan:     func() app.Composer { return newPlanPage() },
	route.Progress: func() app.Composer { return newProgressPage() },
	route.Share:    func() app.Composer { return newSharePage() },
	route.View:     func() app.Composer { return newViewPage() },
	route.Reply:    func() app.Composer { return newReplyPage() },
	route.Settings: func() app.Composer { return newSettingsPage() },
}

// Routes lists every page of route.Pages with its component. A page
// without a component is a programming error, caught by the first test or
// build that calls this.
func Routes() []Route {
	var out []Route
	for _, p := range route.Pages() {
		newPage, ok := components[p.Path]
		if slug, isStep := route.StepSlug(p.Path); isStep {
			newPage, ok = func() app.Composer { return newStepPage(slug) }, true
		}
		if slug, isSide := route.SidePage(p.Path); isSide {
			newPage, ok = func() app.Composer { return newSidePage(slug) }, true
		}
		if !ok {
			panic(fmt.Sprintf("components: page %s has no component", p.Path))
		}
		out = append(out, Route{p.Path, newPage})
	}
	return out
}
