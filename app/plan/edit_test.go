package plan

import (
	"slices"
	"testing"
	"time"
)

func ids[T Entry](list []T) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.EntryID())
	}
	return out
}

func TestMove(t *testing.T) {
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
		got := Move(list, tt.id, tt.delta)
		if !slices.Equal(ids(got), tt.want) {
			t.Errorf("Move(%q, %d) = %v, want %v", tt.id, tt.delta, ids(got), tt.want)
		}
	}
	if !slices.Equal(ids(list), []string{"a", "b", "c", "d"}) {
		t.Errorf("Move changed its input: %v", ids(list))
	}
}

func TestAddUpdateRemove(t *testing.T) {
	list := make([]Question, 2, 10) // spare capacity: Add must still not write into it
	list[0], list[1] = Question{ID: "a"}, Question{ID: "b"}
	added := Add(list, Question{ID: "c"})
	_ = Add(list, Question{ID: "x"})
	if !slices.Equal(ids(added), []string{"a", "b", "c"}) {
		t.Errorf("Add = %v", ids(added))
	}

	updated, ok := Update(added, Question{ID: "b", Answer: "yes"})
	if !ok || updated[1].Answer != "yes" || added[1].Answer != "" {
		t.Errorf("Update = %+v, %v; input now %+v", updated, ok, added)
	}
	if same, ok := Update(added, Question{ID: "nope"}); ok || !slices.Equal(ids(same), ids(added)) {
		t.Errorf("Update of a missing ID = %v, %v", ids(same), ok)
	}

	removed := Remove(updated, "a")
	if !slices.Equal(ids(removed), []string{"b", "c"}) || !slices.Equal(ids(updated), []string{"a", "b", "c"}) {
		t.Errorf("Remove = %v, input now %v", ids(removed), ids(updated))
	}
	if got := Remove(removed, "nope"); !slices.Equal(ids(got), []string{"b", "c"}) {
		t.Errorf("Remove of a missing ID = %v", ids(got))
	}
	if Find(removed, "c") != 1 || Find(removed, "a") != -1 {
		t.Errorf("Find gave wrong positions")
	}
}

func TestNewEntriesAreValidAndUnique(t *testing.T) {
	today := time.Date(2026, 3, 4, 23, 30, 0, 0, time.FixedZone("UTC+10", 10*3600))
	p := Plan{}
	for range 50 {
		p.GivingUp = Add(p.GivingUp, p.NewItem())
		c := p.NewCommitment(today)
		c.Text = "x"
		p.Commitments = Add(p.Commitments, c)
		p.Boundaries = Add(p.Boundaries, p.NewBoundary(today))
		p.Questions = Add(p.Questions, p.NewQuestion())
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
