package checker

import (
	_ "embed"
	"testing"
)

// tuning.jsonl is a third labelled set, written to tune the harmful-language
// rules on how people really write blame, pressure, minimising, excuses,
// defensiveness and over-promises, and to hunt false part alarms on good
// apologies in unusual phrasings. Unlike the held-out set it may be read and
// tuned on; its failures are logged with their texts.
//
//go:embed testdata/tuning.jsonl
var tuningJSONL string

// TestTuning reports the tuning-set score per category and guards it.
func TestTuning(t *testing.T) {
	drafts := loadDrafts(t, "tuning", tuningJSONL)
	if len(drafts) < 140 {
		t.Errorf("tuning set has %d drafts, want at least 140", len(drafts))
	}
	sc := score(t, "tuning", drafts, true)
	if sc.accuracy < tuningFloor {
		t.Errorf("tuning accuracy %.1f%% is below the floor of %.1f%%", 100*sc.accuracy, 100*tuningFloor)
	}
	if sc.goodFalseAlarms > 0 {
		t.Logf("%d false alarms on good apologies", sc.goodFalseAlarms)
	}
}
