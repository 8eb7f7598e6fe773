package route

import (
	"slices"
	"testing"

	"mend/app/journey"
)

func TestEveryPageHasOnePathAndEveryStepAPage(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range Pages() {
		if p.Path == "" || p.Path[0] != '/' {
			t.Errorf("page path %q does not start with /", p.Path)
		}
		if seen[p.Path] {
			t.Errorf("page %s listed twice", p.Path)
		}
		seen[p.Path] = true
		if (p.Place == Unlisted) != (p.Label == "") {
			t.Errorf("page %s: a page is in the navigation exactly when it has a label", p.Path)
		}
		if (p.Card == "") != (p.CardText == "") {
			t.Errorf("page %s: a home card needs a title and its text", p.Path)
		}
	}
	for _, s := range journey.Steps {
		if !seen[Step(s.Slug)] {
			t.Errorf("step %q has no page", s.Slug)
		}
	}
}

func TestLinkableAndStepSlug(t *testing.T) {
	for _, path := range []string{Home, Guide, Plan, Step("own-it"), Settings} {
		if !Linkable(path) {
			t.Errorf("Linkable(%q) = false", path)
		}
	}
	for _, path := range []string{View, "/guide/not-a-step", "/nowhere", "", "/plan/"} {
		if Linkable(path) {
			t.Errorf("Linkable(%q) = true", path)
		}
	}
	if slug, ok := StepSlug("/guide/listen"); !ok || slug != "listen" {
		t.Errorf("StepSlug(/guide/listen) = %q, %v", slug, ok)
	}
	if _, ok := StepSlug("/plan"); ok {
		t.Error("StepSlug(/plan) found a step")
	}
}

func TestNavigationAndCards(t *testing.T) {
	var tabs []string
	for _, p := range In(Tab) {
		tabs = append(tabs, p.Path)
	}
	if !slices.Equal(tabs, []string{Home, Guide, Apology, Plan, Progress}) {
		t.Errorf("tabs = %v", tabs)
	}
	if len(In(Unlisted)) != 0 {
		t.Error("In(Unlisted) offers pages to the navigation")
	}
	for _, p := range Cards() {
		if p.FromLink || p.Path == Home {
			t.Errorf("the home page introduces %s", p.Path)
		}
	}
}

func TestCurrent(t *testing.T) {
	for _, tt := range []struct {
		item, page string
		want       bool
	}{
		{Home, Home, true},
		{Home, Plan, false},
		{Guide, Step("listen"), true},
		{Guide, Guide, true},
		{Plan, "/planning", false},
		{Plan, Progress, false},
	} {
		if got := Current(tt.item, tt.page); got != tt.want {
			t.Errorf("Current(%q, %q) = %v, want %v", tt.item, tt.page, got, tt.want)
		}
	}
}

func TestSidePagesAreLinkablePagesOfTheirOwn(t *testing.T) {
	for _, p := range journey.Pages {
		if Side(p.Slug) != p.Path {
			t.Errorf("Side(%q) = %q, want %q", p.Slug, Side(p.Slug), p.Path)
		}
		if slug, ok := SidePage(p.Path); !ok || slug != p.Slug || !Linkable(p.Path) {
			t.Errorf("SidePage(%q) = %q, %v; Linkable = %v", p.Path, slug, ok, Linkable(p.Path))
		}
	}
	if Side("nowhere") != "" {
		t.Error("Side found a page that does not exist")
	}
}
