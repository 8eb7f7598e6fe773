package plan

import (
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestEntriesStartWithTheirID(t *testing.T) {
	// EntryIDs reads each entry's first field as its ID.
	for _, e := range []any{Item{}, Commitment{}, Boundary{}, Question{}} {
		if f := reflect.TypeOf(e).Field(0); f.Name != "ID" || f.Type.Kind() != reflect.String {
			t.Errorf("%T starts with %s %s, want ID string", e, f.Name, f.Type)
		}
	}
}

func TestMove(t *testing.T) {
	s := section(SectionCloseness)
	list := []Item{{"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}}
	tests := []struct {
		id    string
		delta int
		want  []string
	}{
		{"a", 1, []string{"b", "a", "c", "d"}},
		{"a", -1, []string{"a", "b", "c", "d"}},
		{"d", -1, []string{"a", "b", "d", "c"}},
		{"d", 1, []string{"a", "b", "c", "d"}},
		{"b", 2, []string{"a", "c", "d", "b"}},
		{"c", -2, []string{"c", "a", "b", "d"}},
		{"b", 100, []string{"a", "c", "d", "b"}},
		{"c", -100, []string{"c", "a", "b", "d"}},
		{"b", 0, []string{"a", "b", "c", "d"}},
		{"zz", 1, []string{"a", "b", "c", "d"}},
	}
	for _, tt := range tests {
		p := Plan{Closeness: list}
		s.Move(tt.id, tt.delta)(&p)
		if got := s.EntryIDs(&p); !slices.Equal(got, tt.want) {
			t.Errorf("Move(%q, %d) = %v, want %v", tt.id, tt.delta, got, tt.want)
		}
	}
	if got := s.EntryIDs(&Plan{Closeness: list}); !slices.Equal(got, []string{"a", "b", "c", "d"}) {
		t.Errorf("Move changed the list it was given: %v", got)
	}
}

func TestAppendEditRemove(t *testing.T) {
	s := section(SectionQuestions)
	list := make([]Question, 2, 10) // spare capacity: Append must still not write into it
	list[0], list[1] = Question{ID: "a"}, Question{ID: "b"}
	p := Plan{Questions: list}
	s.Append(Question{ID: "c"})(&p)
	s.Append(Question{ID: "x"})(&Plan{Questions: list})
	if got := s.EntryIDs(&p); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("Append = %v", got)
	}
	added := p.Questions

	s.Edit("b", func(e any) { e.(*Question).Answer = "yes" })(&p)
	if p.Questions[1].Answer != "yes" || added[1].Answer != "" {
		t.Errorf("Edit = %+v; the list it was given now %+v", p.Questions, added)
	}
	s.Edit("nope", func(any) { t.Error("Edit of a missing ID called set") })(&p)

	edited := p.Questions
	s.Remove("a")(&p)
	if got := s.EntryIDs(&p); !slices.Equal(got, []string{"b", "c"}) || len(edited) != 3 || edited[0].ID != "a" {
		t.Errorf("Remove = %v, the list it was given now %+v", got, edited)
	}
	s.Remove("nope")(&p)
	if got := s.EntryIDs(&p); !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("Remove of a missing ID = %v", got)
	}
}

func TestEntryIDsOfEverySection(t *testing.T) {
	p := Plan{
		WhatIDid: "x", GivingUp: []Item{{ID: "g"}}, Commitments: []Commitment{{ID: "c"}},
		Boundaries: []Boundary{{ID: "b"}}, Questions: []Question{{ID: "q"}}, Closeness: []Item{{ID: "k"}},
	}
	var got []string
	for _, s := range Sections {
		got = append(got, s.EntryIDs(&p)...)
	}
	if want := []string{"g", "c", "b", "q", "k"}; !slices.Equal(got, want) {
		t.Errorf("EntryIDs over every section = %v, want %v", got, want)
	}
}

func TestNewEntriesAreValidAndUnique(t *testing.T) {
	today := time.Date(2026, 3, 4, 23, 30, 0, 0, time.FixedZone("UTC+10", 10*3600))
	p := Plan{}
	for range 50 {
		section(SectionGivingUp).Append(p.NewItem())(&p)
		c := p.NewCommitment(today)
		c.Text = "x"
		section(SectionCommitments).Append(c)(&p)
		section(SectionBoundaries).Append(p.NewBoundary(today))(&p)
		section(SectionQuestions).Append(p.NewQuestion())(&p)
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("plan built from New* entries is invalid: %v", err)
	}
	c := p.Commitments[0]
	if c.Since != "2026-03-04" || c.Cadence != Daily || c.Weekday != int(time.Wednesday) {
		t.Errorf("NewCommitment = %+v, want daily since the local day 2026-03-04 (a Wednesday)", c)
	}
	if p.Boundaries[0].Agreed != "2026-03-04" {
		t.Errorf("NewBoundary agreed %q", p.Boundaries[0].Agreed)
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id := NewID()
		if len(id) != 10 || !validID(id) {
			t.Fatalf("NewID() = %q, want 10 URL-safe characters", id)
		}
		if seen[id] {
			t.Fatalf("NewID repeated %q", id)
		}
		seen[id] = true
	}
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"abc": true, "A-_9": true, "": false, "a b": false, "é": false, "a/b": false, "a#b": false,
		"0123456789012345678901234567890123456789012345678901234567890123":  true,
		"01234567890123456789012345678901234567890123456789012345678901234": false,
	} {
		if got := validID(id); got != want {
			t.Errorf("validID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestNewAddsAnEmptyEntryToEveryList(t *testing.T) {
	today := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	p := Plan{GivingUp: []Item{{ID: "a", Text: "x"}}}
	for _, s := range Sections {
		if s.Kind == KindText {
			continue
		}
		before := s.EntryIDs(&p)
		id, add := s.New(p, today)
		add(&p)
		got := s.EntryIDs(&p)
		if len(got) != len(before)+1 || got[len(got)-1] != id || slices.Contains(before, id) {
			t.Errorf("%s: New gave %q; IDs went from %v to %v", s.ID, id, before, got)
		}
	}
	if p.Commitments[0].Since != "2026-03-04" || p.Boundaries[0].Agreed != "2026-03-04" {
		t.Errorf("new commitment %+v, boundary %+v: want both from 2026-03-04", p.Commitments[0], p.Boundaries[0])
	}
}
