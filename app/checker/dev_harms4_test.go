package checker

import (
	_ "embed"
	"testing"
)

// dev-harms4.jsonl is the dev set of the round that worked on the harm
// rules after harms2 and excuse3: blame and pressure first, in registers
// the other sets under-serve (texts with no punctuation, "u"/"ur",
// parents and children, coworkers, customer service, public statements,
// second-language English). It was written and committed before any rule
// changed and never edited after; 72 of its 168 drafts are good apologies
// that name the other person, their feelings, a cause, "if", "but" or the
// future innocently, and list every harm category as absent.
//
//go:embed testdata/dev-harms4.jsonl
var devHarms4JSONL string

// TestDevHarms4 reports the set's score per category and guards it: its
// good apologies must raise no harm at all.
func TestDevHarms4(t *testing.T) {
	sc := guardSet(t, "dev-harms4", loadDrafts(t, "dev-harms4", devHarms4JSONL), 150, devHarms4Floor)
	if sc.goodFalseAlarms > 0 {
		t.Errorf("%d false alarms on good apologies, want none", sc.goodFalseAlarms)
	}
}
