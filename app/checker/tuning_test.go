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
	sc := guardSet(t, "tuning", loadDrafts(t, "tuning", tuningJSONL), 140, tuningFloor)
	if sc.goodFalseAlarms > 0 {
		t.Logf("%d false alarms on good apologies", sc.goodFalseAlarms)
	}
}
