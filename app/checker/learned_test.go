package checker

import (
	"math"
	"strings"
	"testing"
)

// harmBarSets are the labelled sets the harm bars are chosen on. The harm
// classifier is not trained on them (cmd/train's harmHeldBack).
var harmBarSets = []string{"fresh25", "fresh26"}

// TestHarmBarsAreTheLowestQuietOnes checks that harmBars is the lowest bar,
// in steps of 0.05, at which the harm classifier raises no harm on any
// good apology of harmBarSets: above the surest reading it would raise on
// one of them, after the part gate and its rules' unless lines.
func TestHarmBarsAreTheLowestQuietOnes(t *testing.T) {
	rs := *rules()
	m := *rs.harms
	m.present = [numParts]float64{}
	rs.harms = &m
	surest, where := 0.0, ""
	for _, set := range harmBarSets {
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
	want := (math.Floor(surest*20) + 1) / 20
	t.Logf("surest harm reading on a good apology: %.3f, %s; bar %.2f", surest, where, want)
	for k, bar := range harmBars {
		if math.Abs(bar-want) > 1e-9 {
			t.Errorf("harmBars[%s] = %.2f, want %.2f", harmSlots[k], bar, want)
		}
	}
}
