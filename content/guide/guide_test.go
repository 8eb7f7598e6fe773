package guide

import (
	"iter"
	"regexp"
	"slices"
	"strings"
	"testing"

	"mend/app/journey"
)

func TestEveryJourneyStepHasOnePageWithEveryPart(t *testing.T) {
	if len(Steps) != len(journey.Steps) {
		t.Fatalf("the guide has %d pages for %d journey steps", len(Steps), len(journey.Steps))
	}
	for i, s := range Steps {
		if s.Step != journey.Steps[i] {
			t.Errorf("page %d is %+v, want journey step %+v", i+1, s.Step, journey.Steps[i])
		}
		parts := []struct {
			name string
			ps   []Paragraph
			min  int
		}{
			{"what it asks", s.Asks, 1},
			{"why it matters", s.Why, 1},
			{"do", s.Do, 3},
			{"don't", s.Dont, 3},
			{"exercise", s.Exercise, 1},
		}
		if s.Evidence != nil {
			parts = append(parts, struct {
				name string
				ps   []Paragraph
				min  int
			}{"evidence", s.Evidence.Text, 1})
		}
		for _, part := range parts {
			if len(part.ps) < part.min {
				t.Errorf("%s: %q has %d paragraphs or items, want at least %d", s.Slug, part.name, len(part.ps), part.min)
			}
			for _, p := range part.ps {
				checkParagraph(t, s.Slug+" "+part.name, p)
			}
		}
		if len(s.Pairs) < 2 || len(s.Pairs) > 4 {
			t.Errorf("%s has %d say-this-not-that pairs, want 2 to 4", s.Slug, len(s.Pairs))
		}
		for _, pair := range s.Pairs {
			checkParagraph(t, s.Slug+" say", pair.Say)
			checkParagraph(t, s.Slug+" not that", pair.NotThat)
		}
		if strings.TrimSpace(s.Summary) == "" || strings.Contains(s.Summary, "\n") {
			t.Errorf("%s: summary %q is not one line of text", s.Slug, s.Summary)
		}
		if s.Tool.Text == "" || s.Tool.Href == "" {
			t.Errorf("%s has no tool link: %+v", s.Slug, s.Tool)
		}
		if s.Evidence != nil && len(s.Evidence.Keys) == 0 {
			t.Errorf("%s has an evidence note that cites nothing", s.Slug)
		}
	}
	if len(Home.Intro) == 0 || len(Home.Reminders) < 3 {
		t.Errorf("the journey home has %d intro paragraphs and %d reminders", len(Home.Intro), len(Home.Reminders))
	}
}

func checkParagraph(t *testing.T, where string, p Paragraph) {
	t.Helper()
	if strings.TrimSpace(p.String()) == "" {
		t.Errorf("%s: empty paragraph", where)
	}
	for _, s := range p {
		if s.Text == "" {
			t.Errorf("%s: empty span in %q", where, p.String())
		}
	}
}

// routes are the app's routes a guide link may point to.
func routes() []string {
	r := []string{"/", "/guide", "/apology", "/plan", "/progress", "/share", "/settings"}
	for _, s := range journey.Steps {
		r = append(r, "/guide/"+s.Slug)
	}
	for _, p := range journey.Pages {
		r = append(r, p.Path)
	}
	return r
}

var anchor = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

func TestEveryLinkResolvesToARoute(t *testing.T) {
	known := routes()
	n := 0
	for where, href := range links() {
		n++
		route, fragment, hasFragment := strings.Cut(href, "#")
		if !slices.Contains(known, route) {
			t.Errorf("%s links to %q, which is not a route of the app", where, href)
		}
		if hasFragment && !anchor.MatchString(fragment) {
			t.Errorf("%s links to %q, whose anchor is not lower-case words joined by hyphens", where, href)
		}
	}
	if n < len(Steps) {
		t.Errorf("found %d links, fewer than the %d tool links alone", n, len(Steps))
	}
}

// links yields every link in the guide with a description of where it is.
func links() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for where, p := range paragraphs() {
			for _, s := range p {
				if s.Href != "" && !yield(where, s.Href) {
					return
				}
			}
		}
		for _, s := range Steps {
			if !yield(s.Slug+" tool", s.Tool.Href) {
				return
			}
		}
	}
}

// paragraphs yields every paragraph of the guide with where it is.
func paragraphs() iter.Seq2[string, Paragraph] {
	return func(yield func(string, Paragraph) bool) {
		var all []struct {
			where string
			p     Paragraph
		}
		add := func(where string, ps ...Paragraph) {
			for _, p := range ps {
				all = append(all, struct {
					where string
					p     Paragraph
				}{where, p})
			}
		}
		for _, s := range Steps {
			add(s.Slug, Paragraph{{Text: s.Summary}}, Paragraph{{Text: s.Tool.Text}})
			add(s.Slug, s.Asks...)
			add(s.Slug, s.Why...)
			if s.Evidence != nil {
				add(s.Slug, s.Evidence.Text...)
			}
			add(s.Slug, s.Do...)
			add(s.Slug, s.Dont...)
			for _, pair := range s.Pairs {
				add(s.Slug, pair.Say, pair.NotThat)
			}
			add(s.Slug, s.Exercise...)
			add(s.Slug, s.Others...)
		}
		for _, pg := range Pages {
			add(pg.Slug, Paragraph{{Text: pg.Summary}})
			for _, sec := range pg.Sections {
				add(pg.Slug, Paragraph{{Text: sec.Heading}})
				for _, b := range sec.Blocks {
					add(pg.Slug, b.Text)
				}
			}
			if pg.Evidence != nil {
				add(pg.Slug, pg.Evidence.Text...)
			}
		}
		add("journey home", Home.Intro...)
		add("journey home", Home.Reminders...)
		for _, src := range Sources {
			add("source "+src.Key, Paragraph{{Text: src.Short}}, src.Citation, src.Finding)
		}
		for _, x := range all {
			if !yield(x.where, x.p) {
				return
			}
		}
	}
}

func TestEveryEvidenceKeyIsASourceAndEverySourceIsCited(t *testing.T) {
	cited := map[string]bool{}
	for slug, e := range evidenceNotes() {
		for _, k := range e.Keys {
			cited[k] = true
			if _, ok := LookupSource(k); !ok {
				t.Errorf("%s cites %q, which is not in Sources", slug, k)
			}
		}
	}
	for _, src := range Sources {
		if !cited[src.Key] {
			t.Errorf("source %q is listed but never cited", src.Key)
		}
		if src.Short == "" || len(src.Citation) == 0 || len(src.Finding) == 0 {
			t.Errorf("source %q is incomplete: %+v", src.Key, src)
		}
	}
	for _, key := range []string{"lewicki2016", "fehr2010", "robbennolt2003", "scher1997"} {
		if !cited[key] {
			t.Errorf("the brief's source %q is not cited", key)
		}
	}
}

// evidenceNotes yields the evidence note of every step and page that has one.
func evidenceNotes() iter.Seq2[string, *Evidence] {
	return func(yield func(string, *Evidence) bool) {
		for _, s := range Steps {
			if s.Evidence != nil && !yield(s.Slug, s.Evidence) {
				return
			}
		}
		for _, p := range Pages {
			if p.Evidence != nil && !yield(p.Slug, p.Evidence) {
				return
			}
		}
	}
}

func TestEveryPageBesideTheJourneyHasItsWords(t *testing.T) {
	if len(Pages) != len(journey.Pages) {
		t.Fatalf("the guide has words for %d pages; journey.Pages lists %d", len(Pages), len(journey.Pages))
	}
	for i, p := range Pages {
		if p.Page != journey.Pages[i] {
			t.Errorf("page %d is %+v, want %+v", i, p.Page, journey.Pages[i])
		}
		if strings.TrimSpace(p.Summary) == "" || len(p.Sections) < 2 {
			t.Errorf("%s has summary %q and %d sections; want a summary and at least two", p.Slug, p.Summary, len(p.Sections))
		}
		ids := map[string]bool{}
		for _, sec := range p.Sections {
			if !anchor.MatchString(sec.ID) || ids[sec.ID] {
				t.Errorf("%s: section %q has id %q, not unique lower-case words joined by hyphens", p.Slug, sec.Heading, sec.ID)
			}
			ids[sec.ID] = true
			for _, b := range sec.Blocks {
				checkParagraph(t, p.Slug+" "+sec.ID, b.Text)
			}
		}
		if got, ok := LookupPage(p.Slug); !ok || got.Path != p.Path {
			t.Errorf("LookupPage(%q) = %+v, %v", p.Slug, got.Page, ok)
		}
	}
	for _, s := range Steps {
		if len(s.Others) == 0 {
			t.Errorf("%s says nothing about friends, family or colleagues", s.Slug)
		}
	}
}

// phoneNumber matches a phone number as the guide writes one: groups of
// digits joined by spaces or hyphens, like 116 123.
var phoneNumber = regexp.MustCompile(`[0-9]{2,}(?:[ -][0-9]{2,})+`)

// TestEveryPhoneNumberIsCheckedAgainstItsSource: a number may appear on a
// page only if a source that page cites, checked against the service's own
// website, gives that same number.
func TestEveryPhoneNumberIsCheckedAgainstItsSource(t *testing.T) {
	found := 0
	for _, p := range Pages {
		var checked []string
		if p.Evidence != nil {
			for _, k := range p.Evidence.Keys {
				src, _ := LookupSource(k)
				checked = append(checked, src.Finding.String())
			}
		}
		for _, sec := range p.Sections {
			for _, b := range sec.Blocks {
				for _, number := range phoneNumber.FindAllString(b.Text.String(), -1) {
					found++
					if !slices.ContainsFunc(checked, func(f string) bool { return strings.Contains(f, number) }) {
						t.Errorf("%s gives %q, which no source it cites was checked for", p.Slug, number)
					}
				}
			}
		}
	}
	for where, para := range paragraphs() {
		if _, isPage := LookupPage(where); isPage || strings.HasPrefix(where, "source ") {
			continue
		}
		if number := phoneNumber.FindString(para.String()); number != "" {
			t.Errorf("%s gives %q: phone numbers belong on the pages that cite where they were checked", where, number)
		}
	}
	if found == 0 {
		t.Error("found no phone numbers at all; the pattern no longer matches how the pages write them")
	}
}

func TestNoPlaceholderText(t *testing.T) {
	placeholder := regexp.MustCompile(`(?i)lorem|todo|tbd|fixme|xxx`)
	for where, p := range paragraphs() {
		if m := placeholder.FindString(p.String()); m != "" {
			t.Errorf("%s: placeholder %q in %q", where, m, p.String())
		}
	}
}

func TestTextHasNoLeftoverMarkup(t *testing.T) {
	for where, p := range paragraphs() {
		if text := p.String(); strings.ContainsAny(text, "*[]<>`\\'\"") {
			t.Errorf("%s: markup or a straight quote left in %q", where, text)
		}
	}
}

func TestLookup(t *testing.T) {
	s, ok := Lookup("listen")
	if !ok || s.Number != 2 || s.Title != "Listen" {
		t.Errorf("Lookup(listen) = %d %q, %v; want step 2", s.Number, s.Title, ok)
	}
	if _, ok := Lookup("forgive-and-forget"); ok {
		t.Error("Lookup found a step that is not in the journey")
	}
	if _, ok := LookupSource("robbennolt2003"); !ok {
		t.Error("LookupSource(robbennolt2003) found nothing")
	}
}
