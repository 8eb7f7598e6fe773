package checker

import (
	_ "embed"
	"slices"
	"strings"
	"testing"
)

// dev-unsure.jsonl is a dev set written before the round that narrowed
// "not sure": bare apologies, apologies with one or more parts plainly
// left out, and good apologies in many registers (texting, parents and
// children, teachers, coworkers, customer service, second-language
// English). It was committed before the change it measures and is never
// edited.
//
//go:embed testdata/dev-unsure.jsonl
var devUnsureJSONL string

// TestDevUnsure reports the dev set's score per category and guards it.
func TestDevUnsure(t *testing.T) {
	guardSet(t, "dev-unsure", loadDrafts(t, "dev-unsure", devUnsureJSONL), 120, devUnsureFloor)
}

// partStates counts, over labelled drafts read as finished, how the
// parts the labels call absent are reported, and how often any part is
// "unsure".
type partStates struct {
	absent, absentMissing, absentUnsure int
	parts, unsure                       int
	unsureIDs                           []string
}

func countPartStates(sets map[string][]draft) partStates {
	var c partStates
	for _, drafts := range sets {
		for _, d := range drafts {
			if d.Typing || strings.TrimSpace(d.Text) == "" {
				continue
			}
			for _, comp := range CheckFinished(d.Text).Components {
				c.parts++
				if comp.State == StateUnsure {
					c.unsure++
				}
				if !slices.Contains(d.ExpectPresent, comp.Category) {
					continue
				}
				c.absent++
				switch comp.State {
				case StateMissing:
					c.absentMissing++
				case StateUnsure:
					c.absentUnsure++
					c.unsureIDs = append(c.unsureIDs, d.ID+" "+comp.Category)
				}
			}
		}
	}
	return c
}

// The floors below are what the checker reaches on the corpus, tuning
// and dev sets (see TestPlainlyAbsentIsMissing's log).
const (
	// absentMissingFloor: share of parts the labels call absent that are
	// reported missing (the rest are read as present by a rule or a sure
	// classifier, or left unsure).
	absentMissingFloor = 0.97
	// maxAbsentUnsure: parts the labels call absent that may be left
	// "unsure" (a sentence that plausibly carries the part).
	maxAbsentUnsure = 3
	// maxUnsureRate: share of all parts of all drafts left "unsure". It is
	// shown as a question, so it must stay uncommon: about one draft in
	// five may ask one.
	maxUnsureRate = 0.05
)

// TestPlainlyAbsentIsMissing guards the rule that "not sure" is
// no escape hatch: a part the labels call absent is reported missing, and
// "unsure" stays uncommon.
func TestPlainlyAbsentIsMissing(t *testing.T) {
	c := countPartStates(map[string][]draft{
		"corpus":     loadCorpus(t),
		"tuning":     loadDrafts(t, "tuning", tuningJSONL),
		"dev-parts":  loadDrafts(t, "dev-parts", devPartsJSONL),
		"dev-unsure": loadDrafts(t, "dev-unsure", devUnsureJSONL),
	})
	share := float64(c.absentMissing) / float64(c.absent)
	rate := float64(c.unsure) / float64(c.parts)
	t.Logf("labelled absent: %d, missing %d (%.1f%%), unsure %d %v; unsure overall %d of %d parts (%.1f%%)",
		c.absent, c.absentMissing, 100*share, c.absentUnsure, c.unsureIDs, c.unsure, c.parts, 100*rate)
	if share < absentMissingFloor {
		t.Errorf("%.1f%% of absent parts reported missing, want at least %.0f%%", 100*share, 100*absentMissingFloor)
	}
	if c.absentUnsure > maxAbsentUnsure {
		t.Errorf("%d absent parts left unsure, want at most %d", c.absentUnsure, maxAbsentUnsure)
	}
	if rate > maxUnsureRate {
		t.Errorf("%.1f%% of parts unsure, want at most %.0f%%", 100*rate, 100*maxUnsureRate)
	}
}

// TestBareApologyIsMissingEveryPart: a finished draft that only says
// sorry has no sentence that may carry a part, so every part is missing
// (the words "I'm sorry" themselves are heard: OWN-01 does not fire).
func TestBareApologyIsMissingEveryPart(t *testing.T) {
	for _, text := range []string{"I'm sorry.", "im so sorry", "My apologies.", "We are truly sorry.", "Sorry!"} {
		r := CheckFinished(text)
		for _, c := range r.Components {
			if c.State != StateMissing {
				t.Errorf("%q: %s is %s, want missing", text, c.Category, c.State)
			}
		}
		for _, f := range r.Findings {
			if f.Rule == "OWN-01" {
				t.Errorf("%q: OWN-01 fired, but the apology is there", text)
			}
		}
	}
}

// TestUnsurePointsAtASentence: "unsure" needs a sentence that may carry
// the part; the component points at it and asks the part's question,
// while a missing part points nowhere.
func TestUnsurePointsAtASentence(t *testing.T) {
	seen := 0
	for _, d := range append(loadCorpus(t), loadDrafts(t, "tuning", tuningJSONL)...) {
		if d.Typing {
			continue
		}
		r := CheckFinished(d.Text)
		for _, c := range r.Components {
			switch c.State {
			case StateUnsure:
				seen++
				if c.End <= c.Start || c.Hint == "" || !strings.HasSuffix(c.Hint, "?") {
					t.Errorf("%s %s: unsure with span %d-%d and hint %q", d.ID, c.Category, c.Start, c.End, c.Hint)
				}
			case StateMissing:
				if c.Start != 0 || c.End != 0 {
					t.Errorf("%s %s: missing part points at %d-%d", d.ID, c.Category, c.Start, c.End)
				}
			}
		}
	}
	if seen == 0 {
		t.Error("no part was unsure on corpus or tuning; this test checks nothing")
	}
}

// TestPartStateNeedsEvidence: below the unsure threshold there is no
// candidate sentence, so the part is missing; a rule that the classifier
// cannot stand in for decides on its own.
func TestPartStateNeedsEvidence(t *testing.T) {
	cases := []struct {
		found, lacks bool
		p            float64
		want         string
	}{
		{true, false, 0, StatePresent},
		{false, true, 0.99, StateMissing},
		{false, false, 0.6, StatePresent},
		{false, false, 0.3, StateUnsure},
		{false, false, 0.1, StateMissing},
		{false, false, 0, StateMissing},
	}
	for _, c := range cases {
		if got := partState(partImpact, c.found, c.lacks, c.p, 0.2, 0.5); got != c.want {
			t.Errorf("partState(%v, %v, %.2f) = %s, want %s", c.found, c.lacks, c.p, got, c.want)
		}
	}
}

// TestCommitmentVeto: a step for now that the commitment rule takes for a
// change ("I'll send you …") is overruled by the classifier, which reads
// no sentence of the draft as a commitment; a change for the future that
// the rule finds stays present.
func TestCommitmentVeto(t *testing.T) {
	rs := rules()
	ri := rs.mainRule[partCommitment]
	cases := []struct {
		text string
		want string
	}{
		{"I'm sorry I forgot to bring your drill back before your weekend job. You had to buy another one on Saturday morning. I'll send you the money for it today.", StateMissing},
		{"I'm sorry I forgot to bring your drill back before your weekend job. You had to buy another one on Saturday morning. From now on I'll return anything I borrow within the week.", StatePresent},
	}
	for _, c := range cases {
		a := analyzeFor(rs, c.text, readSettled)
		if !a.found[ri] {
			t.Errorf("%q: the commitment rule found nothing, so there is nothing to overrule", c.text)
		}
		if got := rs.report(a).Components[partCommitment].State; got != c.want {
			t.Errorf("%q: commitment %s (classifier %.2f), want %s", c.text, got, a.partProb[partCommitment], c.want)
		}
		a.recycle()
	}
}
