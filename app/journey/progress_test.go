package journey

import (
	"slices"
	"testing"
)

func TestMark(t *testing.T) {
	tests := []struct {
		name   string
		marked []string
		slug   string
		done   bool
		want   []string
	}{
		{"first", nil, "listen", true, []string{"listen"}},
		{"kept in journey order", []string{"listen"}, "own-it", true, []string{"own-it", "listen"}},
		{"no repeats", []string{"own-it"}, "own-it", true, []string{"own-it"}},
		{"undone", []string{"own-it", "listen"}, "own-it", false, []string{"listen"}},
		{"unknown slugs dropped", []string{"nope", "listen"}, "listen", true, []string{"listen"}},
		{"last undone", []string{"listen"}, "listen", false, nil},
	}
	for _, tt := range tests {
		if got := Mark(tt.marked, tt.slug, tt.done); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Mark(%q, %q, %v) = %q, want %q", tt.name, tt.marked, tt.slug, tt.done, got, tt.want)
		}
	}
}

func TestDoneAndNext(t *testing.T) {
	if next, ok := Next(nil); !ok || next.Slug != "own-it" {
		t.Errorf("with nothing done, next is %q, want own-it", next.Slug)
	}
	done := Done([]string{"own-it", "listen", "apologize", "nope"})
	if len(done) != 3 {
		t.Errorf("Done counted %d, want 3 (unknown slugs ignored)", len(done))
	}
	if next, ok := Next(done); !ok || next.Slug != "answer-honestly" {
		t.Errorf("next is %q, want answer-honestly", next.Slug)
	}
	all := map[string]bool{}
	for _, s := range Steps {
		all[s.Slug] = true
	}
	if _, ok := Next(all); ok {
		t.Error("with every step done there should be no next step")
	}
}
