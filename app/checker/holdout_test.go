package checker

import (
	_ "embed"
	"testing"
)

// holdout.jsonl is a second labelled set, written separately and never
// tuned on: the checker's rules and model are changed by looking at the
// corpus and the training sentences only. Its texts stay out of the log.
//
//go:embed testdata/holdout.jsonl
var holdoutJSONL string

// TestHoldout reports the held-out score per category and guards it.
// Run with -v to see the table.
func TestHoldout(t *testing.T) {
	drafts := loadDrafts(t, "holdout", holdoutJSONL)
	if len(drafts) < 300 {
		t.Errorf("held-out set has %d drafts, want at least 300", len(drafts))
	}
	sc := score(t, "held-out", drafts, false)
	if sc.accuracy < holdoutFloor {
		t.Errorf("held-out accuracy %.1f%% is below the floor of %.1f%%", 100*sc.accuracy, 100*holdoutFloor)
	}
}
