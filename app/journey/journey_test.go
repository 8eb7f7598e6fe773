package journey

import (
	"regexp"
	"testing"
)

func TestStepsAreNumberedInOrderWithUniqueURLSafeSlugs(t *testing.T) {
	if len(Steps) != 14 {
		t.Fatalf("the journey has %d steps, want 14", len(Steps))
	}
	slugPattern := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for i, s := range Steps {
		if s.Number != i+1 {
			t.Errorf("step %q has number %d at position %d", s.Slug, s.Number, i+1)
		}
		if !slugPattern.MatchString(s.Slug) {
			t.Errorf("slug %q is not lower-case words joined by hyphens", s.Slug)
		}
		if seen[s.Slug] {
			t.Errorf("slug %q appears twice", s.Slug)
		}
		seen[s.Slug] = true
		if s.Title == "" {
			t.Errorf("step %q has no title", s.Slug)
		}
	}
}

func TestLookup(t *testing.T) {
	if s, ok := Lookup("be-patient"); !ok || s.Number != 11 {
		t.Errorf("Lookup(be-patient) = %+v, %v; want step 11", s, ok)
	}
	if Valid("forgive-and-forget") {
		t.Error("Valid accepted a slug that is not in the journey")
	}
}

func TestPagesHaveUniqueSlugsAndPathsApartFromTheSteps(t *testing.T) {
	slugPattern := regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	seen := map[string]bool{}
	for _, s := range Steps {
		seen[s.Slug] = true
		seen["/guide/"+s.Slug] = true
	}
	for _, p := range Pages {
		if !slugPattern.MatchString(p.Slug) {
			t.Errorf("page slug %q is not lower-case words joined by hyphens", p.Slug)
		}
		if want := "/guide/" + p.Slug; p.ForReader {
			if p.Path != "/"+p.Slug {
				t.Errorf("reader's page %q has path %q; want /%s", p.Slug, p.Path, p.Slug)
			}
		} else if p.Path != want {
			t.Errorf("guide page %q has path %q; want %s", p.Slug, p.Path, want)
		}
		if seen[p.Slug] || seen[p.Path] {
			t.Errorf("page %q reuses a slug or path already taken", p.Slug)
		}
		seen[p.Slug], seen[p.Path] = true, true
		if p.Title == "" {
			t.Errorf("page %q has no title", p.Slug)
		}
		if got, ok := LookupPage(p.Slug); !ok || got != p {
			t.Errorf("LookupPage(%q) = %+v, %v", p.Slug, got, ok)
		}
	}
	if _, ok := LookupPage("own-it"); ok {
		t.Error("LookupPage found a journey step")
	}
}
