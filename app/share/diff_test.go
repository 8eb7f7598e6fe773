package share

import (
	"slices"
	"testing"
	"time"

	"mend/app/plan"
)

// roundTrip shares sections of p through a real link, as the partner's
// browser would receive it.
func roundTrip(t *testing.T, p plan.Plan, sections ...plan.Section) Shared {
	t.Helper()
	frag, err := Encode(p, sections, Options{SharedAt: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), Version: 1})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Decode(frag, "")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCompare(t *testing.T) {
	base := plan.Plan{
		WhatIDid: "I lied about where I was.",
		Remedy:   "I will pay for the counselling.",
		Commitments: []plan.Commitment{
			{ID: "c1", Text: "Call when I am late", Cadence: plan.Daily, Since: "2026-01-01"},
			{ID: "c2", Text: "Share my calendar", Cadence: plan.Daily, Since: "2026-01-01"},
			{ID: "c3", Text: "No more poker nights", Cadence: plan.Daily, Since: "2026-01-01"},
		},
	}
	all := []plan.Section{plan.SectionWhatIDid, plan.SectionRemedy, plan.SectionCommitments}
	before := roundTrip(t, base, all...)

	t.Run("nothing changed", func(t *testing.T) {
		if c := Compare(before, roundTrip(t, base, all...)); !c.None() {
			t.Errorf("Compare of the same plan = %+v, want no changes", c)
		}
	})

	t.Run("commitments added, removed and reworded", func(t *testing.T) {
		p := base
		p.Commitments = []plan.Commitment{
			{ID: "c1", Text: "Call when I am late", Cadence: plan.Daily, Since: "2026-01-01"},
			{ID: "c3", Text: "No more poker nights, ever", Cadence: plan.Daily, Since: "2026-01-01"},
			{ID: "c4", Text: "Weekly walk together", Cadence: plan.Weekly, Weekday: 6, Since: "2026-02-01"},
		}
		c := Compare(before, roundTrip(t, p, all...))
		if len(c.Added) != 1 || c.Added[0].Text != "Weekly walk together" {
			t.Errorf("Added = %+v", c.Added)
		}
		if len(c.Removed) != 1 || c.Removed[0].Text != "Share my calendar" {
			t.Errorf("Removed = %+v", c.Removed)
		}
		if len(c.Changed) != 1 || c.Changed[0].Before.Text != "No more poker nights" || c.Changed[0].After.Text != "No more poker nights, ever" {
			t.Errorf("Changed = %+v", c.Changed)
		}
		if len(c.Reworded)+len(c.NowShared)+len(c.NoLongerShared) != 0 {
			t.Errorf("sections reported as changed: %+v", c)
		}
	})

	t.Run("sections reworded, newly shared, no longer shared", func(t *testing.T) {
		p := base
		p.WhatIDid = "I lied about where I was, for months."
		p.Impact = "You felt foolish."
		c := Compare(before, roundTrip(t, p, plan.SectionWhatIDid, plan.SectionImpact, plan.SectionCommitments))
		if !slices.Equal(c.Reworded, []plan.Section{plan.SectionWhatIDid}) {
			t.Errorf("Reworded = %v", c.Reworded)
		}
		if !slices.Equal(c.NowShared, []plan.Section{plan.SectionImpact}) {
			t.Errorf("NowShared = %v", c.NowShared)
		}
		if !slices.Equal(c.NoLongerShared, []plan.Section{plan.SectionRemedy}) {
			t.Errorf("NoLongerShared = %v", c.NoLongerShared)
		}
		if len(c.Added)+len(c.Removed)+len(c.Changed) != 0 {
			t.Errorf("commitments reported as changed: %+v", c)
		}
	})

	t.Run("commitments not shared in both are not compared one by one", func(t *testing.T) {
		c := Compare(before, roundTrip(t, base, plan.SectionWhatIDid, plan.SectionRemedy))
		if len(c.Removed) != 0 || !slices.Equal(c.NoLongerShared, []plan.Section{plan.SectionCommitments}) {
			t.Errorf("Compare = %+v", c)
		}
	})
}

func TestSameAndBefore(t *testing.T) {
	p := plan.Plan{WhatIDid: "I lied about where I was."}
	at := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	link := Shared{Plan: p, Sections: []plan.Section{plan.SectionWhatIDid}, SharedAt: at, Version: 2}
	reworded := link
	reworded.Plan.WhatIDid = "I lied to you about where I was."
	later, nextVersion, earlier := link, link, link
	later.SharedAt = at.Add(time.Minute)
	nextVersion.Version = 3
	earlier.SharedAt = at.Add(-time.Minute)
	tests := []struct {
		name         string
		a, b         Shared
		same, before bool
	}{
		{"the same link", link, link, true, false},
		{"same version and minute, other words", link, reworded, false, false},
		{"a minute later", link, later, false, true},
		{"the next version", link, nextVersion, false, true},
		{"a minute earlier", link, earlier, false, false},
		{"a later version made earlier", nextVersion, earlier, false, false},
	}
	for _, tt := range tests {
		if got := Same(tt.a, tt.b); got != tt.same {
			t.Errorf("%s: Same = %v", tt.name, got)
		}
		if got := tt.a.Before(tt.b); got != tt.before {
			t.Errorf("%s: Before = %v", tt.name, got)
		}
	}
}
