package checker

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

//go:embed testdata/corpus.jsonl
var corpusJSONL string

// draft is one labelled draft of the evaluation corpus. A category listed in
// ExpectPresent must fire (for a component: be reported missing); one in
// ExpectAbsent must not; the rest are left to judgement.
type draft struct {
	ID            string   `json:"id"`
	Text          string   `json:"text"`
	ExpectPresent []string `json:"expect_present"`
	ExpectAbsent  []string `json:"expect_absent"`
	Source        string   `json:"source,omitempty"`
	// Typing marks a draft caught while it is being typed, read as the
	// workshop reads each keystroke (Check); every other draft is a
	// finished one, read as cmd/check reads a file (CheckFinished).
	Typing bool `json:"typing,omitempty"`
}

func loadCorpus(t testing.TB) []draft { return loadDrafts(t, "corpus", corpusJSONL) }

// loadDrafts parses a JSONL file of labelled drafts.
func loadDrafts(t testing.TB, name, jsonl string) []draft {
	t.Helper()
	var out []draft
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(jsonl))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d draft
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("%s line %d: %v", name, n, err)
		}
		if d.ID == "" || seen[d.ID] {
			t.Fatalf("%s line %d: missing or repeated id %q", name, n, d.ID)
		}
		seen[d.ID] = true
		for _, c := range append(append([]string{}, d.ExpectPresent...), d.ExpectAbsent...) {
			if !validCategory(c) {
				t.Fatalf("%s %s: unknown category %q", name, d.ID, c)
			}
		}
		out = append(out, d)
	}
	return out
}

// fired returns the categories a report raises: any finding's category
// (a missing component is a finding too).
func fired(r Report) map[string]bool {
	m := map[string]bool{}
	for _, f := range r.Findings {
		m[f.Category] = true
	}
	return m
}

// raisedCase is a draft and whether a category should be raised on it.
type raisedCase struct {
	text string
	want bool
}

// checkRaised reads each case as a finished draft and fails where category
// is raised against its want.
func checkRaised(t *testing.T, category string, cases []raisedCase) {
	t.Helper()
	for _, c := range cases {
		if got := fired(CheckFinished(c.text))[category]; got != c.want {
			t.Errorf("%q: %s raised %v, want %v", c.text, category, got, c.want)
		}
	}
}

// TestCorpus runs the checker over the labelled corpus and gates on it.
// Run with -v to see the per-category table.
func TestCorpus(t *testing.T) {
	guardAlarmFree(t, "corpus", loadCorpus(t), 220, corpusFloor)
}

// guardAlarmFree is guardSet for a set whose good apologies must raise
// nothing at all.
func guardAlarmFree(t *testing.T, name string, drafts []draft, min int, floor float64) {
	t.Helper()
	guardAlarms(t, name, drafts, min, floor, 0)
}

// guardAlarms is guardSet for a set whose good apologies may raise at most
// most false alarms (a count that may only fall).
func guardAlarms(t *testing.T, name string, drafts []draft, min int, floor float64, most int) {
	t.Helper()
	if sc := guardSet(t, name, drafts, min, floor); sc.goodFalseAlarms > most {
		t.Errorf("%s: %d false alarms on good apologies, want at most %d", name, sc.goodFalseAlarms, most)
	}
}

// guardSet scores a labelled set that may be read and tuned on (its
// failures are logged with their texts) and fails when it holds fewer than
// min drafts or reads worse than floor.
func guardSet(t *testing.T, name string, drafts []draft, min int, floor float64) scored {
	t.Helper()
	if len(drafts) < min {
		t.Errorf("%s has %d drafts, want at least %d", name, len(drafts), min)
	}
	sc := score(t, name, drafts, true)
	if sc.accuracy < floor {
		t.Errorf("%s accuracy %.1f%% is below the floor of %.1f%%", name, 100*sc.accuracy, 100*floor)
	}
	return sc
}

// scored is how the checker did on a set of labelled drafts.
type scored struct {
	accuracy        float64 // share of drafts fully correct
	goodFalseAlarms int     // categories raised on good- drafts that must not be
}

// score checks every draft and logs a per-category table (found, missed,
// false alarms, and parts left "unsure"), the accuracy, and the good
// apologies that raised an alarm. With showFailures it also logs every
// failing draft and its text; a held-out set keeps its texts out of the
// log, so that no one tunes on them.
func score(t *testing.T, name string, drafts []draft, showFailures bool) scored {
	t.Helper()
	type tally struct{ found, missed, falseAlarms, unsure int }
	per := map[string]*tally{}
	for _, c := range Categories {
		per[c] = &tally{}
	}
	correct, goodFalseAlarms := 0, 0
	var failures, goodAlarms []string
	for _, d := range drafts {
		r := CheckFinished(d.Text)
		if d.Typing {
			r = Check(d.Text)
		}
		got := fired(r)
		for _, c := range r.Components {
			if c.State == StateUnsure {
				per[c.Category].unsure++
			}
		}
		ok := true
		var why []string
		for _, c := range d.ExpectPresent {
			if got[c] {
				per[c].found++
			} else {
				per[c].missed++
				ok = false
				why = append(why, "missed "+c)
			}
		}
		var alarms []string
		for _, c := range d.ExpectAbsent {
			if got[c] {
				per[c].falseAlarms++
				ok = false
				why = append(why, "false alarm "+c)
				alarms = append(alarms, c)
			}
		}
		if strings.HasPrefix(d.ID, "good-") && len(alarms) > 0 {
			goodFalseAlarms += len(alarms)
			goodAlarms = append(goodAlarms, fmt.Sprintf("%s: %s", d.ID, strings.Join(alarms, ", ")))
		}
		if ok {
			correct++
		} else if showFailures {
			failures = append(failures, fmt.Sprintf("%s: %s\n\t%q", d.ID, strings.Join(why, ", "), d.Text))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-14s %6s %6s %13s %7s\n", name, "category", "found", "missed", "false alarms", "unsure")
	for _, c := range Categories {
		p := per[c]
		fmt.Fprintf(&b, "%-14s %6d %6d %13d %7d\n", c, p.found, p.missed, p.falseAlarms, p.unsure)
	}
	acc := float64(correct) / float64(len(drafts))
	fmt.Fprintf(&b, "accuracy: %d/%d drafts fully correct (%.1f%%); false alarms on good apologies: %d", correct, len(drafts), 100*acc, goodFalseAlarms)
	sort.Strings(goodAlarms)
	for _, g := range goodAlarms {
		fmt.Fprintf(&b, "\ngood apology with an alarm: %s", g)
	}
	t.Log("\n" + b.String())
	sort.Strings(failures)
	for _, f := range failures {
		t.Log(f)
	}
	return scored{accuracy: acc, goodFalseAlarms: goodFalseAlarms}
}
