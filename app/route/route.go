// Package route is the one list of Mend's pages: each page's path, where the
// navigation and the home page show it, and which pages a link in the guide
// may point to. The app registers a component for each page, the generator
// prerenders each one, the navigation, the home page, the guide's link check
// and the share link read it here, so a new page is one entry below.
//
// It is plain Go (no go-app), so build-time tools such as the guide's
// generator can read it too; components binds each path to its component.
package route

import (
	"strings"

	"mend/app/journey"
)

// The paths of the app's pages. Guide steps are at Step(slug).
const (
	Home     = "/"
	Guide    = "/guide"
	Apology  = "/apology"
	Plan     = "/plan"
	Progress = "/progress"
	Share    = "/share"
	View     = "/view"  // the partner's page, which opens share links
	Reply    = "/reply" // the author's page, which opens the partner's reply links
	Settings = "/settings"
)

// stepPrefix is where the guide's step pages live.
const stepPrefix = Guide + "/"

// Step returns the path of the guide's page for the step with slug.
func Step(slug string) string { return stepPrefix + slug }

// StepSlug returns the slug of the step page at path, and false when path
// is not a step page of the journey.
func StepSlug(path string) (string, bool) {
	slug, ok := strings.CutPrefix(path, stepPrefix)
	return slug, ok && journey.Valid(slug)
}

// Side returns the path of the page beside the journey with slug, or ""
// when there is none.
func Side(slug string) string {
	p, _ := journey.LookupPage(slug)
	return p.Path
}

// SidePage returns the slug of the page beside the journey at path (see
// journey.Pages: safety, getting help, the page for the one who was hurt),
// and false when path is not one.
func SidePage(path string) (string, bool) {
	for _, p := range journey.Pages {
		if p.Path == path {
			return p.Slug, true
		}
	}
	return "", false
}

// Place says where a page is offered in the author's navigation.
type Place int

// The places a page can have.
const (
	Unlisted Place = iota // reached from other pages or from a link
	Tab                   // the bottom bar, in thumb reach on a phone
	More                  // the header: visited less often
)

// Page is one page of the app.
type Page struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Path  string
	Place Place  // where the navigation offers it
	Label string // its name in the navigation; "" when unlisted
	// Card and CardText introduce it on the home page; "" leaves it off.
	Card, CardText string
	// FromLink marks a page opened only from outside the app (a share
	// link): no page of the app links to it.
	FromLink bool
}

// pages are the app's pages in the order of the navigation and the home
// page's cards; the guide's step pages follow /guide (see Pages).
var pages = []Page{
	{Path: Home, Place: Tab, Label: "Home"},
	{Path: Guide, Place: Tab, Label: "Guide",
		Card: "Read the guide", CardText: "Fourteen steps, from owning what happened to being patient while trust returns."},
	{Path: Apology, Place: Tab, Label: "Apology",
		Card: "Write your apology", CardText: "Draft it here first. The checker points out what could get in the way."},
	{Path: Plan, Place: Tab, Label: "Plan",
		Card: "Make a repair plan", CardText: "What you did, what you heard, what you will change, and how you will show it."},
	{Path: Progress, Place: Tab, Label: "Progress",
		Card: "Keep your promises", CardText: "Check in on each commitment and see your consistency over the weeks."},
	{Path: Share, Place: More, Label: "Share",
		Card: "Share with your partner", CardText: "A read-only link to the parts of your plan you choose."},
	{Path: View, FromLink: true},
	{Path: Reply, FromLink: true},
	{Path: Settings, Place: More, Label: "Your data",
		Card: "Your data", CardText: "Back up, restore or delete what you keep here."},
}

// Pages returns every page of the app, each prerendered to its own file and
// precached for offline use: the pages above, with a page per journey step
// and then each page beside the journey after the guide's own.
func Pages() []Page {
	out := make([]Page, 0, len(pages)+len(journey.Steps)+len(journey.Pages))
	for _, p := range pages {
		out = append(out, p)
		if p.Path == Guide {
			for _, s := range journey.Steps {
				out = append(out, Page{Path: Step(s.Slug)})
			}
			for _, s := range journey.Pages {
				out = append(out, Page{Path: s.Path})
			}
		}
	}
	return out
}

// In returns the pages offered at place, in order.
func In(place Place) []Page {
	var out []Page
	for _, p := range pages {
		if p.Place == place && place != Unlisted {
			out = append(out, p)
		}
	}
	return out
}

// Cards returns the pages the home page introduces, in order.
func Cards() []Page {
	var out []Page
	for _, p := range pages {
		if p.Card != "" {
			out = append(out, p)
		}
	}
	return out
}

// Linkable reports whether path is a page that a link inside the app (the
// guide's words, for one) may point to: any page but those opened only
// from outside.
func Linkable(path string) bool {
	if _, ok := StepSlug(path); ok {
		return true
	}
	if _, ok := SidePage(path); ok {
		return true
	}
	for _, p := range pages {
		if p.Path == path {
			return !p.FromLink
		}
	}
	return false
}

// Current reports whether the navigation entry for itemPath is where the
// page at pagePath belongs: the page itself, or a page below it (a guide
// step belongs to the guide). Home is current only on itself.
func Current(itemPath, pagePath string) bool {
	if itemPath == Home {
		return pagePath == Home
	}
	return pagePath == itemPath || strings.HasPrefix(pagePath, itemPath+"/")
}
