// Package components holds Mend's user interface: one go-app component per
// page or widget. Components render; what they show is computed by the
// plain-Go packages under app/.
package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
)

// Route is one page of the app.
type Route struct {
	Path string
	New  func() app.Composer
}

// Routes lists every page, each prerendered to its own HTML file and
// precached for offline use. The guide has a page per journey step, and
// each page beside the journey has its own route.
func Routes() []Route {
	routes := []Route{
		{"/", func() app.Composer { return newHomePage() }},
		{"/guide", func() app.Composer { return newGuidePage() }},
	}
	for _, step := range journey.Steps {
		routes = append(routes, Route{"/guide/" + step.Slug, func() app.Composer { return newStepPage(step.Slug) }})
	}
	for _, page := range journey.Pages {
		routes = append(routes, Route{page.Path, func() app.Composer { return newSidePage(page.Slug) }})
	}
	return append(routes,
		Route{"/apology", func() app.Composer { return newApologyPage() }},
		Route{"/plan", func() app.Composer { return newPlanPage() }},
		Route{"/progress", func() app.Composer { return newProgressPage() }},
		Route{"/share", func() app.Composer { return newSharePage() }},
		Route{"/view", func() app.Composer { return newViewPage() }},
		Route{"/settings", func() app.Composer { return newSettingsPage() }},
	)
}
