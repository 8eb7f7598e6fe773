package checker

import (
	_ "embed"
	"testing"
)

// fresh13.jsonl was written as a blind check for one round: 260 drafts (76
// good apologies, 75 with parts missing or only gestured at, 110 with
// harmful language over all ten harms) in many registers, by a writer who
// read the labelling scheme and the research catalogue but no rule, no
// checker code and no other set. It was scored without its texts while
// that round's branches were judged, and read only afterwards; from then
// on it is a dev set like the others. It is never edited.
//
//go:embed testdata/fresh13.jsonl
var fresh13JSONL string

// TestFresh13 reports the set's score per category and guards it, and the
// false alarms its good apologies raise, which may only fall.
func TestFresh13(t *testing.T) {
	guardAlarms(t, "fresh13", loadDrafts(t, "fresh13", fresh13JSONL), 260, fresh13Floor, fresh13GoodAlarms)
}
