package checker

import (
	"math"
	"strings"
	"testing"
)

// harmBarSets are the labelled sets the harm bars are chosen on. The harm
// classifier is not trained on them (cmd/train's harmHeldBack).
var harmBarSets = []string{"fresh25", "fresh26"}

// lateBarSets are the sets lateHarmBar is chosen on: harmBarSets and
// fresh29, written for it: long good apologies whose later lines tell
// context, what the writer has understood and what they will do, and
// harmful ones whose harm comes late. (Its sentences beside the apology
// do not choose harmBars: one of them, "No one poured those drinks but
// me", reads as blame at 0.96, a false alarm raised before fresh29 was
// read, and would take the bar to 1.)
var lateBarSets = append(harmBarSets[:len(harmBarSets):len(harmBarSets)], "fresh29")

// TestHarmBarsAreTheLowestQuietOnes checks that harmBars and lateHarmBar
// are the lowest bars, in steps of 0.05, at which the harm classifier
// raises no harm on any good apology of their sets: above the surest
// reading it would raise on one of them, after the part gate and its
// rules' unless lines, in a sentence beside the apology (harmBars) and in
// one further from it (lateHarmBar).
func TestHarmBarsAreTheLowestQuietOnes(t *testing.T) {
	near := surestOnGood(t, harmBarSets, 0, 2)
	late := surestOnGood(t, lateBarSets, 2, 0)
	for k, bar := range harmBars {
		if math.Abs(bar-near) > 1e-9 {
			t.Errorf("harmBars[%s] = %.2f, want %.2f", harmSlots[k], bar, near)
		}
	}
	if math.Abs(lateHarmBar-late) > 1e-9 {
		t.Errorf("lateHarmBar = %.2f, want %.2f", lateHarmBar, late)
	}
}

// surestOnGood returns the lowest bar, in steps of 0.05, above every harm
// reading the harm classifier raises on a good apology of sets, with bar
// near for a sentence beside the apology and late for one further from it
// (2 keeps such sentences quiet).
func surestOnGood(t *testing.T, sets []string, near, late float64) float64 {
	t.Helper()
	rs := *rules()
	m := *rs.harms
	m.present = [numParts]float64{near, near, near, near, near}
	rs.harms, rs.lateBar = &m, late
	surest, where := 0.0, ""
	for _, set := range sets {
		b, err := freshFiles.ReadFile("testdata/" + set + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range loadDrafts(t, set, string(b)) {
			if !strings.HasPrefix(d.ID, "good-") {
				continue
			}
			a := analyzeFor(&rs, d.Text, readSettled)
			for k, p := range a.harmProb {
				raised := false
				for _, h := range a.hits {
					raised = raised || a.rs.rules[h.rule].category == harmSlots[k] && !a.rs.rules[h.rule].learned
				}
				if !raised && p > surest {
					surest, where = p, d.ID+" ("+harmSlots[k]+")"
				}
			}
			a.recycle()
		}
	}
	bar := (math.Floor(surest*20) + 1) / 20
	t.Logf("surest harm reading on a good apology (bars %.0f/%.0f): %.3f, %s; bar %.2f", near, late, surest, where, bar)
	return bar
}
