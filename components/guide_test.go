package components

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/store"
	"mend/content/guide"
)

var tagPattern = regexp.MustCompile(`<[^>]*>`)

// pageText renders ui as the prerendered page would be, and returns its
// visible text with the tags removed and whitespace collapsed.
func pageText(t *testing.T, ui app.UI) (text, markupText string) {
	t.Helper()
	h := app.HTMLString(ui)
	text = html.UnescapeString(tagPattern.ReplaceAllString(h, ""))
	return strings.Join(strings.Fields(text), " "), h
}

func plain(p guide.Paragraph) string { return strings.Join(strings.Fields(p.String()), " ") }

// TestStepPagesShowEveryPart renders every step page and checks that every
// word of its content is there, with the sections the contents link to.
func TestStepPagesShowEveryPart(t *testing.T) {
	if len(guide.Steps) != len(journey.Steps) {
		t.Fatalf("guide has %d pages for %d steps", len(guide.Steps), len(journey.Steps))
	}
	for _, step := range guide.Steps {
		t.Run(step.Slug, func(t *testing.T) {
			text, h := pageText(t, newStepPage(step.Slug))
			want := []string{step.Title, step.Summary, step.Tool.Text, "Mark this step as done", "Say this", "Not that"}
			var paras []guide.Paragraph
			paras = append(paras, step.Asks...)
			paras = append(paras, step.Why...)
			paras = append(paras, step.Do...)
			paras = append(paras, step.Dont...)
			paras = append(paras, step.Exercise...)
			paras = append(paras, step.Others...)
			for _, pair := range step.Pairs {
				paras = append(paras, pair.Say, pair.NotThat)
			}
			if step.Evidence != nil {
				paras = append(paras, step.Evidence.Text...)
				for _, key := range step.Evidence.Keys {
					source, ok := guide.LookupSource(key)
					if !ok {
						t.Errorf("evidence cites unknown source %q", key)
					}
					want = append(want, source.Short)
				}
			}
			for _, p := range paras {
				want = append(want, plain(p))
			}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("page text lacks %q", w)
				}
			}
			for _, s := range stepSections {
				if s.id == "evidence" && step.Evidence == nil {
					if strings.Contains(h, `href="#evidence"`) {
						t.Error("contents link to an evidence note the step does not have")
					}
					continue
				}
				for _, w := range []string{`id="` + s.id + `"`, `href="#` + s.id + `"`, s.heading} {
					if !strings.Contains(html.UnescapeString(h), w) {
						t.Errorf("section %s: page lacks %s", s.id, w)
					}
				}
			}
			for _, w := range []string{`href="` + step.Tool.Href + `"`, `type="checkbox"`, `id="step-done"`, `for="step-done"`} {
				if !strings.Contains(h, w) {
					t.Errorf("page lacks %s", w)
				}
			}
			if n := strings.Count(h, "<h1"); n != 1 {
				t.Errorf("page has %d h1 elements, want 1", n)
			}
			i := step.Number - 1
			if i > 0 && !strings.Contains(h, `href="/guide/`+journey.Steps[i-1].Slug+`"`) {
				t.Error("no link to the previous step")
			}
			if i+1 < len(journey.Steps) && !strings.Contains(h, `href="/guide/`+journey.Steps[i+1].Slug+`"`) {
				t.Error("no link to the next step")
			}
		})
	}
}

// TestGuidePageListsTheJourney checks the guide's home: every step with
// its summary, the reminders, the sources each evidence note links to, and
// a labelled search box.
func TestGuidePageListsTheJourney(t *testing.T) {
	text, h := pageText(t, newGuidePage())
	for _, step := range guide.Steps {
		for _, w := range []string{step.Title, step.Summary} {
			if !strings.Contains(text, w) {
				t.Errorf("guide lacks %q", w)
			}
		}
		if !strings.Contains(h, `href="/guide/`+step.Slug+`"`) {
			t.Errorf("guide does not link to %s", step.Slug)
		}
	}
	for _, p := range append(slices.Clone(guide.Home.Intro), guide.Home.Reminders...) {
		if !strings.Contains(text, plain(p)) {
			t.Errorf("guide lacks %q", plain(p))
		}
	}
	for _, s := range guide.Sources {
		if !strings.Contains(h, `id="`+sourceID(s.Key)+`"`) {
			t.Errorf("source %s has no anchor for evidence notes to link to", s.Key)
		}
		for _, w := range []string{plain(s.Citation), plain(s.Finding)} {
			if !strings.Contains(text, w) {
				t.Errorf("guide lacks %q", w)
			}
		}
	}
	for _, w := range []string{`type="search"`, `for="guide-search-input"`, `id="guide-search-input"`, `aria-live="polite"`} {
		if !strings.Contains(h, w) {
			t.Errorf("guide lacks %s", w)
		}
	}
	if strings.Contains(text, "Done") {
		t.Error("the prerendered guide marks steps done, but it cannot know any")
	}
}

// TestHomeStartsAtStepOne: prerendered, the home page cannot know what
// was marked done on a device, and points at the first step.
func TestHomeStartsAtStepOne(t *testing.T) {
	text, h := pageText(t, newHomePage())
	for _, w := range []string{"Your journey", "Start with step 1", "Step 1: Own it"} {
		if !strings.Contains(text, w) {
			t.Errorf("home lacks %q", w)
		}
	}
	if !strings.Contains(h, `href="/guide/own-it"`) {
		t.Error("home does not link to step 1")
	}
}

func TestSpansRenderTextNotMarkup(t *testing.T) {
	p := guide.Paragraph{
		{Text: `<script>alert("x")</script> & `},
		{Text: "this", Emphasis: true},
		{Text: " <b>link</b>", Href: "/guide/listen"},
	}
	h := string(writeSpans(nil, p))
	for _, bad := range []string{"<script", "<b>"} {
		if strings.Contains(h, bad) {
			t.Errorf("span text became markup %q in %s", bad, h)
		}
	}
	for _, w := range []string{"&lt;script&gt;", "<em>this</em>", `<a href="/guide/listen">`, "&lt;b&gt;link&lt;/b&gt;"} {
		if !strings.Contains(h, w) {
			t.Errorf("rendered %s, want it to contain %s", h, w)
		}
	}
}

// TestPrerenderedTextHasNoStraySpaces: prerendering puts children on
// separate lines; punctuation after a link or emphasis must not end up
// after a space.
func TestPrerenderedTextHasNoStraySpaces(t *testing.T) {
	text, _ := pageText(t, newStepPage("own-it"))
	if !strings.Contains(text, "a later step, Explain and prevent.") {
		t.Errorf("stray space around a link in %q", text)
	}
	text, _ = pageText(t, newGuidePage())
	if m := regexp.MustCompile(`\S+ [.,;:](\s|$)`).FindString(text); m != "" {
		t.Errorf("stray space before punctuation: %q", m)
	}
}

func TestSnippetMarksTheMatch(t *testing.T) {
	tests := []struct {
		hit  guide.Hit
		want string
	}{
		{guide.Hit{Snippet: "keep your promises", MatchStart: 10, MatchEnd: 18}, "keep your <mark>promises</mark>"},
		{guide.Hit{Snippet: "promises kept", MatchStart: 0, MatchEnd: 8}, "<mark>promises</mark> kept"},
		{guide.Hit{Snippet: "no match here"}, "no match here"},
		{guide.Hit{Snippet: "short", MatchStart: 2, MatchEnd: 40}, "short"},
		{guide.Hit{Snippet: "backwards", MatchStart: 5, MatchEnd: 2}, "backwards"},
	}
	for _, tt := range tests {
		// Search results are only ever rendered live, where go-app adds no
		// whitespace between nodes; the prerendering encoder does.
		h := app.HTMLString(app.Span().Body(snippet(tt.hit)...))
		got := strings.Join(strings.Fields(tagPattern.ReplaceAllStringFunc(h, keepMark)), " ")
		got = strings.NewReplacer(" <mark> ", " <mark>", " </mark>", "</mark>", "<mark> ", "<mark>").Replace(got)
		if got != tt.want {
			t.Errorf("snippet(%+v) = %q, want %q", tt.hit, got, tt.want)
		}
	}
}

func keepMark(tag string) string {
	if tag == "<mark>" || tag == "</mark>" {
		return tag
	}
	return ""
}

func TestSearchFindsStepsByTheirWords(t *testing.T) {
	hits := guide.Search("promis")
	if len(hits) == 0 {
		t.Fatal("no hits for a word in the guide")
	}
	if got := searchStatus("promis", len(hits)); !strings.Contains(got, "match") {
		t.Errorf("status %q does not give the count", got)
	}
	text, h := pageText(t, searchResult(hits[0]))
	if !strings.Contains(text, hits[0].Title) || !strings.Contains(h, `href="/guide/`+hits[0].Slug+`"`) {
		t.Errorf("result %q does not name and link its step", h)
	}
	for _, tt := range []struct {
		query string
		hits  int
		want  string
	}{
		{"", 0, ""},
		{"  ", 0, ""},
		{"zzz", 0, "No pages mention “zzz”. Try a shorter or different word."},
		{"listen", 1, "1 page matches."},
		{"trust", 9, "9 pages match."},
	} {
		if got := searchStatus(tt.query, tt.hits); got != tt.want {
			t.Errorf("searchStatus(%q, %d) = %q, want %q", tt.query, tt.hits, got, tt.want)
		}
	}
}

func TestJourneyCard(t *testing.T) {
	done := doneSteps(store.Document{GuideDone: []string{"own-it", "listen", "apologize", "nope"}})
	all := map[string]bool{}
	for _, s := range journey.Steps {
		all[s.Slug] = true
	}
	if text, _ := pageText(t, journeyCard(all)); !strings.Contains(text, "all 14 steps") {
		t.Errorf("journey card with all done says %q", text)
	}
	if text, _ := pageText(t, journeyCard(done)); !strings.Contains(text, "3 of 14 steps are marked done") || !strings.Contains(text, "Step 4: Answer honestly") {
		t.Errorf("journey card with three done says %q", text)
	}
}

// TestNoStoreWhenPrerendering: the prerendered pages have no device, so
// they read an empty document and never pretend to save.
func TestNoStoreWhenPrerendering(t *testing.T) {
	if doc := loadDoc(); len(doc.GuideDone) != 0 {
		t.Errorf("loadDoc() outside the browser = %+v, want empty", doc)
	}
	if storeProblem() != nil {
		t.Error("storeProblem() outside the browser is not nil")
	}
	err := updateDoc(app.Context{}, func(d *store.Document) { d.GuideDone = []string{"own-it"} })
	if err == nil || store.UserMessage(err) == "" {
		t.Errorf("updateDoc outside the browser = %v, want an error with a message", err)
	}
}

// TestSidePagesShowEveryWord renders each page beside the journey and
// checks every word of it is there, in the right frame: the guide's pages
// with the author's navigation, the reader's page without it.
func TestSidePagesShowEveryWord(t *testing.T) {
	for _, page := range guide.Pages {
		t.Run(page.Slug, func(t *testing.T) {
			text, h := pageText(t, newSidePage(page.Slug))
			want := []string{page.Title, page.Summary}
			for _, sec := range page.Sections {
				want = append(want, sec.Heading)
				for _, b := range sec.Blocks {
					want = append(want, plain(b.Text))
				}
				if !strings.Contains(h, `id="`+sec.ID+`"`) {
					t.Errorf("section %q has no anchor %q", sec.Heading, sec.ID)
				}
			}
			if page.Evidence != nil {
				for _, key := range page.Evidence.Keys {
					source, _ := guide.LookupSource(key)
					want = append(want, source.Short)
				}
			}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("page text lacks %q", w)
				}
			}
			if n := strings.Count(h, "<h1"); n != 1 {
				t.Errorf("page has %d h1 elements, want 1", n)
			}
			if author := strings.Contains(h, `class="tabbar"`); author == page.ForReader {
				t.Errorf("%s: author's navigation shown = %v, want %v", page.Path, author, !page.ForReader)
			}
		})
	}
}

// TestGuideHomeListsEveryGuidePageOnce: each page beside the journey under
// /guide/ is in exactly one of the guide home's groups, and linked there.
func TestGuideHomeListsEveryGuidePageOnce(t *testing.T) {
	_, h := pageText(t, newGuidePage())
	listed := map[string]int{}
	for _, g := range guideSideGroups {
		for _, slug := range g.slugs {
			listed[slug]++
		}
	}
	for _, page := range guide.Pages {
		want := 1
		if page.ForReader {
			want = 0
		}
		if listed[page.Slug] != want {
			t.Errorf("%s is in %d groups on the guide home, want %d", page.Slug, listed[page.Slug], want)
		}
		if linked := strings.Contains(h, `href="`+page.Path+`"`); linked != (want == 1) {
			t.Errorf("guide home links to %s: %v, want %v", page.Path, linked, want == 1)
		}
	}
	if len(listed) != len(guide.Pages)-1 {
		t.Errorf("the groups list %d pages; some name no page", len(listed))
	}
}

// TestSafetyIsLinkedWhereTheIssueSays: the home, step 1, the workshop and
// the partner's page lead to the safety page, and the partner's page to
// the page for them.
func TestSafetyIsLinkedWhereTheIssueSays(t *testing.T) {
	for name, ui := range map[string]app.UI{
		"home": newHomePage(), "step 1": newStepPage("own-it"), "workshop": newApologyPage(), "partner's page": newViewPage(),
	} {
		if _, h := pageText(t, ui); !strings.Contains(h, `href="/guide/safety"`) {
			t.Errorf("%s does not link to /guide/safety", name)
		}
	}
	text, h := pageText(t, newViewPage())
	if !strings.Contains(h, `href="/for-you"`) {
		t.Error("the partner's page does not link to /for-you")
	}
	for _, w := range []string{"You don’t owe a reply", "You set the pace", "anyone you trust"} {
		if !strings.Contains(text, w) {
			t.Errorf("the partner's page lacks %q", w)
		}
	}
}
