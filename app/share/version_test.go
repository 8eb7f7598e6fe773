package share

import (
	"reflect"
	"testing"
	"time"

	"mend/app/plan"
)

func TestNextReadsBackAsTheLinkDoes(t *testing.T) {
	p := plan.Plan{Impact: "It hurt.", Remedy: "I will fix it.", Closeness: []plan.Item{{ID: "abcdefghij", Text: "A walk"}}}
	sections := []plan.Section{plan.SectionImpact, plan.SectionCloseness}
	now := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	next, err := Next(p, sections, now, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	frag, err := Encode(p, sections, Options{SharedAt: now, Version: next.Version})
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := Decode(frag, "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(next, decoded) {
		t.Errorf("Next = %+v\nthe link decodes to %+v", next, decoded)
	}
	if next.Version != 1 || next.Plan.Remedy != "" {
		t.Errorf("first share: version %d, remedy %q; want 1 and the unshared remedy left out", next.Version, next.Plan.Remedy)
	}
}

func TestNextKeepsTheVersionWhenNothingChanged(t *testing.T) {
	p := plan.Plan{Impact: "It hurt."}
	sections := []plan.Section{plan.SectionImpact}
	first := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	last, err := Next(p, sections, first, 3, nil)
	if err != nil || last.Version != 4 {
		t.Fatalf("Next after version 3 = version %d, %v; want 4", last.Version, err)
	}
	later := first.Add(48 * time.Hour)
	if again, _ := Next(p, sections, later, 4, &last); again.Version != 4 {
		t.Errorf("the same words shared again got version %d, want 4", again.Version)
	}
	p.Impact = "It hurt, and it still does."
	if changed, _ := Next(p, sections, later, 4, &last); changed.Version != 5 {
		t.Errorf("new words got version %d, want 5", changed.Version)
	}
	if unread, _ := Next(plan.Plan{Impact: "It hurt."}, sections, later, 4, nil); unread.Version != 5 {
		t.Errorf("with the last link unreadable the version is %d, want 5", unread.Version)
	}
}

func TestNextRefusesWhatEncodeRefuses(t *testing.T) {
	if _, err := Next(plan.Plan{}, []plan.Section{"diary"}, time.Now(), 0, nil); err == nil {
		t.Error("Next accepted an unknown section")
	}
	bad := plan.Plan{Commitments: []plan.Commitment{{ID: "a", Text: "x", Cadence: "hourly"}}}
	if _, err := Next(bad, []plan.Section{plan.SectionCommitments}, time.Now(), 0, nil); err == nil {
		t.Error("Next accepted a cadence a link cannot carry")
	}
}

func TestSuggestedLeavesOutEmptyAndPrivateSections(t *testing.T) {
	p := plan.Plan{Impact: "It hurt.", WhyAndChange: "I was scared."}
	for _, s := range plan.Sections {
		if want := s.ID == plan.SectionImpact; Suggested(p, s) != want {
			t.Errorf("Suggested(%s) = %v, want %v", s.ID, !want, want)
		}
	}
}

func TestLinkFit(t *testing.T) {
	for n, want := range map[int]Fit{0: Fine, LongLinkLen: Fine, LongLinkLen + 1: Long, MaxLinkLen: Long, MaxLinkLen + 1: TooLong} {
		if got := LinkFit(n); got != want {
			t.Errorf("LinkFit(%d) = %v, want %v", n, got, want)
		}
	}
}
