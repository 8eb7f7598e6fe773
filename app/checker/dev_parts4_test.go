package checker

import (
	_ "embed"
	"testing"
)

// dev-parts4.jsonl is the dev set of the fourth round on the five parts:
// good apologies in many registers whose parts are said in unusual
// wording, and drafts that plainly lack one or two parts ("sorry for
// everything", "I know I messed up", an act named with no word of what it
// did to them). It was committed before any change it measures, is never
// edited, and is looked at only at a few checkpoints.
//
//go:embed testdata/dev-parts4.jsonl
var devParts4JSONL string

// TestDevParts4 reports the dev set's score per category and guards it,
// and the false alarms its good apologies raise, which may only fall.
func TestDevParts4(t *testing.T) {
	guardAlarms(t, "dev-parts4", loadDrafts(t, "dev-parts4", devParts4JSONL), 150, devParts4Floor, devParts4GoodAlarms)
}
