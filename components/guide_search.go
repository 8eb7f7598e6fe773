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
	return el("div.guide-search[role=search]",
		markup(`<label for="guide-search-input">Search the guide</label>`),
		el("input[type=search]#guide-search-input.search-input[autocomplete=off][spellcheck=false][placeholder=For example: promise, listen, patience][aria-describedby=guide-search-status]", "value", s.query, "input", s.onInput),
		// Always in the page, so screen readers announce each new count.
		el("p#guide-search-status.search-status[aria-live=polite]", txt(searchStatus(s.query, len(s.hits)))),
		when(len(s.hits) > 0, func() app.UI {
			return el("ol.search-results",
				each(len(s.hits), func(i int) app.UI {
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
	return el("li",
		el("a.search-result", "href", hit.Path,
			el("span.search-result-title", txt(title)),
			el("span.search-result-snippet", snippet(hit)),
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
		el("mark", txt(s[start:end])),
		app.Text(s[end:]),
	}
}
