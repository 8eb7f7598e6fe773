package checker

import (
	"embed"
	"io/fs"
	"strings"
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
//	fresh19  260: 77 good, 75 parts, 108 harmful (everyday life)
//	fresh20  259: 77 good, 75 parts, 107 harmful (public and semi-public statements)
//	fresh21  259: 75 good, 76 parts, 108 harmful (everyday life)
//	fresh22  266: 85 good, 76 parts, 105 harmful (public and semi-public statements)
//	fresh23  261: 80 good, 75 parts, 106 harmful (everyday life)
//	fresh24  255: 77 good, 75 parts, 103 harmful (public and semi-public statements)
//	fresh25  270: 74 good, 73 parts, 123 harmful (everyday life)
//	fresh26  267: 75 good, 75 parts, 117 harmful (public and private, half each)
//	fresh27  273: 75 good, 75 parts, 123 harmful (private life: betrayals, parents and children, in-laws, housemates)
//	fresh28  289: 75 good, 76 parts, 138 harmful (work and community life)
//
// The blind scores and the floors are in floors_test.go.
//
//go:embed testdata/fresh*.jsonl
var freshFiles embed.FS

// TestFreshSets reports each fresh set's score per category and guards it
// with its floor in freshFloors, and the false alarms its good apologies
// raise, which may only fall. A set with no floor, or a floor with no set,
// fails.
func TestFreshSets(t *testing.T) {
	names, err := fs.Glob(freshFiles, "testdata/fresh*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, path := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(path, "testdata/"), ".jsonl")
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			f, ok := freshFloors[name]
			if !ok {
				t.Fatalf("%s has no floor in freshFloors", path)
			}
			b, err := freshFiles.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			guardAlarms(t, name, loadDrafts(t, name, string(b)), f.drafts, f.floor, f.goodAlarms)
		})
	}
	for name := range freshFloors {
		if !seen[name] {
			t.Errorf("freshFloors has a floor for %s, which has no testdata file", name)
		}
	}
}
