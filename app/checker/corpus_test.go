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
}

func loadCorpus(t testing.TB) []draft {
	t.Helper()
	var out []draft
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(corpusJSONL))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var d draft
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("corpus line %d: %v", n, err)
		}
		if d.ID == "" || seen[d.ID] {
			t.Fatalf("corpus line %d: missing or repeated id %q", n, d.ID)
		}
		seen[d.ID] = true
		for _, c := range append(append([]string{}, d.ExpectPresent...), d.ExpectAbsent...) {
			if !validCategory(c) {
				t.Fatalf("corpus %s: unknown category %q", d.ID, c)
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

// minimumAccuracy is the share of drafts that must be fully correct.
const minimumAccuracy = 0.97

// TestCorpus runs the checker over the labelled corpus and gates on it.
// Run with -v to see the per-category table.
func TestCorpus(t *testing.T) {
	drafts := loadCorpus(t)
	if len(drafts) < 220 {
		t.Errorf("corpus has %d drafts, want at least 220", len(drafts))
	}
	type tally struct{ found, missed, falseAlarms int }
	per := map[string]*tally{}
	for _, c := range Categories {
		per[c] = &tally{}
	}
	correct, goodFalseAlarms := 0, 0
	var failures []string
	for _, d := range drafts {
		got := fired(Check(d.Text))
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
		for _, c := range d.ExpectAbsent {
			if got[c] {
				per[c].falseAlarms++
				ok = false
				why = append(why, "false alarm "+c)
				if strings.HasPrefix(d.ID, "good-") {
					goodFalseAlarms++
				}
			}
		}
		if ok {
			correct++
		} else {
			failures = append(failures, fmt.Sprintf("%s: %s\n\t%q", d.ID, strings.Join(why, ", "), d.Text))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s %6s %6s %13s\n", "category", "found", "missed", "false alarms")
	for _, c := range Categories {
		p := per[c]
		fmt.Fprintf(&b, "%-14s %6d %6d %13d\n", c, p.found, p.missed, p.falseAlarms)
	}
	acc := float64(correct) / float64(len(drafts))
	fmt.Fprintf(&b, "accuracy: %d/%d drafts fully correct (%.1f%%); false alarms on good apologies: %d", correct, len(drafts), 100*acc, goodFalseAlarms)
	t.Log("\n" + b.String())
	sort.Strings(failures)
	for _, f := range failures {
		t.Log(f)
	}
	if acc < minimumAccuracy {
		t.Errorf("accuracy %.1f%% is below %.0f%%", 100*acc, 100*minimumAccuracy)
	}
	if goodFalseAlarms > 0 {
		t.Errorf("%d false alarms on good apologies, want none", goodFalseAlarms)
	}
}
