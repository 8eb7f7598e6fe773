package checker

import (
	_ "embed"
	"testing"
)

// fresh10.jsonl was written as a blind check for one round: 258 drafts (76
// good apologies, 75 with parts missing or only gestured at, 107 with
// harmful language over all ten harms) in many registers, by a writer who
// read the labelling scheme and the research catalogue but no rule, no
// checker code and no other set. It was scored without its texts while
// that round's branches were judged, and read only afterwards; from then
// on it is a dev set like the others. It is never edited.
//
//go:embed testdata/fresh10.jsonl
var fresh10JSONL string

// TestFresh10 reports the set's score per category and guards it, and the
// false alarms its good apologies raise, which may only fall.
func TestFresh10(t *testing.T) {
	guardAlarms(t, "fresh10", loadDrafts(t, "fresh10", fresh10JSONL), 258, fresh10Floor, fresh10GoodAlarms)
}
