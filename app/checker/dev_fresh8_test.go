package checker

import (
	_ "embed"
	"testing"
)

// fresh8.jsonl was written as a blind check for one round: 250 drafts (75
// good apologies, 62 with parts missing or only gestured at, 113 with
// harmful language, weighted toward blame) in sixteen registers, by a
// writer who read the labelling scheme and the research catalogue but no
// rule, no checker code and no other set. It was scored without its texts
// while that round's branches were judged, and read only afterwards; from
// then on it is a dev set like the others. It is never edited.
//
//go:embed testdata/fresh8.jsonl
var fresh8JSONL string

// TestFresh8 reports the set's score per category and guards it, and the
// false alarms its good apologies raise, which may only fall.
func TestFresh8(t *testing.T) {
	guardAlarms(t, "fresh8", loadDrafts(t, "fresh8", fresh8JSONL), 250, fresh8Floor, fresh8GoodAlarms)
}
