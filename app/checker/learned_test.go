package checker

import (
	"math"
	"slices"
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
// rules' unless lines, in a sentence beside the apology (harmBars, one
// per harm) and in one further from it (lateHarmBar, one for all).
func TestHarmBarsAreTheLowestQuietOnes(t *testing.T) {
	near := surestOnGood(t, harmBarSets, 0, 2)
	late := surestOnGood(t, lateBarSets, 2, 0)
	for k, bar := range harmBars {
		if math.Abs(bar-near[k]) > 1e-9 {
			t.Errorf("harmBars[%s] = %.2f, want %.2f", harmSlots[k], bar, near[k])
		}
	}
	if want := slices.Max(late[:]); math.Abs(lateHarmBar-want) > 1e-9 {
		t.Errorf("lateHarmBar = %.2f, want %.2f", lateHarmBar, want)
	}
}

// lowestHarmBar is as low as a bar goes: below it, a bar chosen on the
// hundred or so good apologies of its sets would fit them, not the harm
// (the surest pressure reading on fresh25 and fresh26 was 0.08 once).
const lowestHarmBar = 0.8

// surestOnGood returns per harm the lowest bar, in steps of 0.05, above
// every reading of it the harm classifier raises on a good apology of
// sets, but no lower than lowestHarmBar, with bar near for a sentence
// beside the apology and late for one further from it (2 keeps such
// sentences quiet).
func surestOnGood(t *testing.T, sets []string, near, late float64) (bars [numParts]float64) {
	t.Helper()
	rs := *rules()
	m := *rs.harms
	m.present = [numParts]float64{near, near, near, near, near}
	rs.harms, rs.lateBar = &m, late
	var surest [numParts]float64
	var where [numParts]string
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
				if !raised && p > surest[k] {
					surest[k], where[k] = p, d.ID
				}
			}
			a.recycle()
		}
	}
	for k, p := range surest {
		bars[k] = max((math.Floor(p*20)+1)/20, lowestHarmBar)
		t.Logf("%s: surest reading on a good apology (bars %.0f/%.0f) %.3f, %s; bar %.2f", harmSlots[k], near, late, p, where[k], bars[k])
	}
	return bars
}
