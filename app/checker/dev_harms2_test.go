package checker

import (
	_ "embed"
	"testing"
)

// dev-harms2.jsonl is a dev set for the harmful-language rules, written
// before the round that changed them and never edited after. Over 40% of
// it is good apologies, in many registers, that name the other person, a
// cause or the future in innocent ways; they list every harm category as
// absent (their parts are left to the part dev sets). It is looked at only
// at a few checkpoints, so it stays a check on generalisation.
//
//go:embed testdata/dev-harms2.jsonl
var devHarms2JSONL string

// TestDevHarms2 reports the harm dev set's score per category and guards
// it: its good apologies must raise no harm at all.
func TestDevHarms2(t *testing.T) {
	guardAlarmFree(t, "dev-harms2", loadDrafts(t, "dev-harms2", devHarms2JSONL), 120, devHarms2Floor)
}

// harms2-probes.jsonl holds the fresh drafts written during that round to
// probe the new rules on wordings they were not written from: 205 good
// apologies built to look like harm (another person as subject, a cause,
// "only", "anyway", a vow) and 179 harmful drafts. Each probe was scored
// once before any rule was tuned on it, so they are training data now; the
// test keeps them as a guard that no harm fires on their good apologies.
//
//go:embed testdata/harms2-probes.jsonl
var harms2ProbesJSONL string

// TestHarms2Probes guards the probes: no harm on a good apology, and the
// harmful drafts still read.
func TestHarms2Probes(t *testing.T) {
	guardAlarmFree(t, "harms2-probes", loadDrafts(t, "harms2-probes", harms2ProbesJSONL), 300, harms2ProbesFloor)
}
