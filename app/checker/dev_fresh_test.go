package checker

import (
	"embed"
	"testing"
)

// The fresh sets were each written as a blind check for one round, by a
// writer who read the labelling scheme and the research catalogue but no
// rule, no checker code and no other set, in many registers (texts in chat
// spelling, letters, work, family, partners, service, public statements,
// second-language English). Each was scored without its texts while that
// round's branches were judged, and read only afterwards; from then on it
// is a dev set like the others. None is ever edited. What each holds:
//
//	fresh7   241: 80 good, 70 with parts missing, 91 harmful
//	fresh8   250: 75 good, 62 with parts missing or gestured at, 113 harmful (weighted toward blame)
//	fresh9   254: 75 good, 75 parts, 104 harmful over all ten harms
//	fresh10  258: 76 good, 75 parts, 107 harmful
//	fresh11  250: 75 good, 75 parts, 100 harmful (less obvious situations, harm in later sentences)
//	fresh12  250: 75 good, 75 parts, 100 harmful (a third of them two to five sentences long)
//	fresh13  260: 76 good, 74 parts, 110 harmful
//	fresh14  250: 76 good, 74 parts, 100 harmful
//	fresh15  257: 76 good, 75 parts, 106 harmful (everyday life, chat spelling, harm in many grammatical shapes)
//	fresh16  251: 76 good, 75 parts, 100 harmful (less common relationships, old hurts, formal and public registers)
//	fresh17  267: 76 good, 78 parts, 113 harmful (everyday life and public statements)
//	fresh18  277: 76 good, 82 parts, 119 harmful (the harm often in the last sentence or sign-off)
//
// The blind scores and the floors are in floors_test.go.
//
//go:embed testdata/fresh*.jsonl
var freshFiles embed.FS

// TestFreshSets reports each fresh set's score per category and guards it,
// and the false alarms its good apologies raise, which may only fall.
func TestFreshSets(t *testing.T) {
	for _, s := range []struct {
		name     string
		min      int // drafts the set must hold
		floor    float64
		mostGood int // most false alarms on good apologies
	}{
		{"fresh7", 240, fresh7Floor, fresh7GoodAlarms},
		{"fresh8", 250, fresh8Floor, fresh8GoodAlarms},
		{"fresh9", 254, fresh9Floor, fresh9GoodAlarms},
		{"fresh10", 258, fresh10Floor, fresh10GoodAlarms},
		{"fresh11", 250, fresh11Floor, fresh11GoodAlarms},
		{"fresh12", 250, fresh12Floor, fresh12GoodAlarms},
		{"fresh13", 260, fresh13Floor, fresh13GoodAlarms},
		{"fresh14", 250, fresh14Floor, fresh14GoodAlarms},
		{"fresh15", 257, fresh15Floor, fresh15GoodAlarms},
		{"fresh16", 251, fresh16Floor, fresh16GoodAlarms},
		{"fresh17", 267, fresh17Floor, fresh17GoodAlarms},
		{"fresh18", 277, fresh18Floor, fresh18GoodAlarms},
	} {
		t.Run(s.name, func(t *testing.T) {
			b, err := freshFiles.ReadFile("testdata/" + s.name + ".jsonl")
			if err != nil {
				t.Fatal(err)
			}
			guardAlarms(t, s.name, loadDrafts(t, s.name, string(b)), s.min, s.floor, s.mostGood)
		})
	}
}
