package components

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/content/guide"
)

// guideSearch searches the guide as the user types. It runs entirely on
// the device: guide.Search reads the words compiled into the app.
type guideSearch struct {
	app.Compo

	query string
	hits  []guide.Hit
}

func newGuideSearch() *guideSearch { return &guideSearch{} }

func (s *guideSearch) onInput(ctx app.Context, e app.Event) {
	s.query = ctx.JSSrc().Get("value").String()
	s.hits = guide.Search(s.query)
}

func (s *guideSearch) Render() app.UI {
	return app.Div().Class("guide-search").Role("search").Body(
		app.Label().For("guide-search-input").Text("Search the guide"),
		app.Input().
			Type("search").
			ID("guide-search-input").
			Class("search-input").
			Value(s.query).
			AutoComplete(false).
			Spellcheck(false).
			Placeholder("For example: promise, listen, patience").
			Aria("describedby", "guide-search-status").
			OnInput(s.onInput),
		// Always in the page, so screen readers announce each new count.
		app.P().ID("guide-search-status").Class("search-status").Aria("live", "polite").Text(searchStatus(s.query, len(s.hits))),
		app.If(len(s.hits) > 0, func() app.UI {
			return app.Ol().Class("search-results").Body(
				app.Range(s.hits).Slice(func(i int) app.UI {
					return searchResult(s.hits[i])
				}),
			)
		}),
	)
}

// searchStatus says how many pages match, or nothing while the box is empty.
func searchStatus(query string, hits int) string {
	query = strings.TrimSpace(query)
	switch {
	case query == "":
		return ""
	case hits == 0:
		return fmt.Sprintf("No pages mention “%s”. Try a shorter or different word.", query)
	case hits == 1:
		return "1 page matches."
	default:
		return fmt.Sprintf("%d pages match.", hits)
	}
}

// searchResult links to a matching page, with an excerpt whose matching
// word is marked. A step is named with its number.
func searchResult(hit guide.Hit) app.UI {
	title := hit.Title
	if step, ok := journey.Lookup(hit.Slug); ok {
		title = fmt.Sprintf("Step %d: %s", step.Number, hit.Title)
	}
	return app.Li().Body(
		app.A().Class("search-result").Href(hit.Path).Body(
			app.Span().Class("search-result-title").Text(title),
			app.Span().Class("search-result-snippet").Body(snippet(hit)...),
		),
	)
}

// snippet renders a hit's excerpt as text, with the match inside <mark>.
func snippet(hit guide.Hit) []app.UI {
	s, start, end := hit.Snippet, hit.MatchStart, hit.MatchEnd
	if start < 0 || end <= start || end > len(s) {
		return []app.UI{app.Text(s)}
	}
	return []app.UI{
		app.Text(s[:start]),
		app.Mark().Text(s[start:end]),
		app.Text(s[end:]),
	}
}
