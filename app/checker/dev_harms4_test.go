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
	guardAlarmFree(t, "dev-harms4", loadDrafts(t, "dev-harms4", devHarms4JSONL), 150, devHarms4Floor)
}

// harms4-probes.jsonl holds the drafts written during that round to shape
// and test its rules: 504 in nine batches, 241 of them good apologies built
// to look like the new rules' targets ("to be fair to you, you asked me
// twice", "we both lost Grandpa", "you shouldn't have had to", "I can't
// sleep thinking about how I spoke to you, but that's mine to carry").
// The third to ninth batches were scored once before any rule was tuned
// on them (the last five, blind, read 28 of 45, 23 of 32, 11 of 30, 12 of
// 28 and 9 of 21, with two alarms on good apologies, since cleared); all are
// training data now, kept as a guard that no harm fires on their good
// apologies.
//
//go:embed testdata/harms4-probes.jsonl
var harms4ProbesJSONL string

// TestHarms4Probes guards the probes: no harm on a good apology, and the
// harmful drafts still read.
func TestHarms4Probes(t *testing.T) {
	guardAlarmFree(t, "harms4-probes", loadDrafts(t, "harms4-probes", harms4ProbesJSONL), 300, harms4ProbesFloor)
}
