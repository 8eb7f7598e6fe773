package checker

import (
	_ "embed"
	"testing"
)

// dev-parts5.jsonl is the dev set of the fifth round on the five parts:
// good apologies in texting, work email, parent and child, customer
// service, public and second-language registers, and drafts where a part
// is absent but something near it is there: a vague offer ("let me know if
// there's anything", "I'll make it up to u somehow"), a hedged promise
// ("I'll try to be better", "hopefully it won't happen again"), a "sorry"
// that owns nothing ("sorry you feel that way", "sorry it happened",
// "sorry if"), or the writer's own feelings in place of what it did to
// them. It was committed before any change it measures, is never edited,
// and is looked at only at a few checkpoints.
//
//go:embed testdata/dev-parts5.jsonl
var devParts5JSONL string

// TestDevParts5 reports the dev set's score per category and guards it,
// and the false alarms its good apologies raise, which may only fall.
func TestDevParts5(t *testing.T) {
	guardAlarms(t, "dev-parts5", loadDrafts(t, "dev-parts5", devParts5JSONL), 100, devParts5Floor, devParts5GoodAlarms)
}
