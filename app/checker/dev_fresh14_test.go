package checker

import (
	_ "embed"
	"testing"
)

// fresh14.jsonl was written as a blind check for one round: 250 drafts (76
// good apologies, 74 with parts missing or only gestured at, 100 with
// harmful language over all ten harms) in many registers, by a writer who
// read the labelling scheme and the research catalogue but no rule, no
// checker code and no other set. It was scored without its texts while
// that round's branches were judged, and read only afterwards; from then
// on it is a dev set like the others. It is never edited.
//
//go:embed testdata/fresh14.jsonl
var fresh14JSONL string

// TestFresh14 reports the set's score per category and guards it, and the
// false alarms its good apologies raise, which may only fall.
func TestFresh14(t *testing.T) {
	guardAlarms(t, "fresh14", loadDrafts(t, "fresh14", fresh14JSONL), 250, fresh14Floor, fresh14GoodAlarms)
}
