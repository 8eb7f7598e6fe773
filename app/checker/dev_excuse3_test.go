package checker

import (
	_ "embed"
	"testing"
)

// dev-excuse3.jsonl is a dev set for the excuse, minimizing, defensive and
// over-promise rules, written before the round that changed them and never
// edited after: 85 harmful drafts in wordings no rule listed and 70 good
// apologies (45%) that name a cause, an intent, a size or a vow in honest
// ways. Good apologies list every harm category as absent; their parts are
// left to the part dev sets. It is looked at only at a few checkpoints.
//
//go:embed testdata/dev-excuse3.jsonl
var devExcuse3JSONL string

// TestDevExcuse3 reports the dev set's score per category and guards it:
// its good apologies must raise no harm at all.
func TestDevExcuse3(t *testing.T) {
	sc := guardSet(t, "dev-excuse3", loadDrafts(t, "dev-excuse3", devExcuse3JSONL), 150, devExcuse3Floor)
	if sc.goodFalseAlarms > 0 {
		t.Errorf("%d false alarms on good apologies, want none", sc.goodFalseAlarms)
	}
}
