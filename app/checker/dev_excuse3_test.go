package checker

import (
	_ "embed"
	"strings"
	"testing"
)

// dev-excuse3.jsonl is a dev set for the excuse, minimizing, defensive and
// over-promise rules, written before the round that changed them and never
// edited after: 85 harmful drafts in wordings no rule listed and 70 good
// apologies (45%) that name a cause, an intent, a size or a vow in honest
// ways. Good apologies list every harm category as absent; their parts are
// left to the part dev sets. It is looked at only at a few checkpoints.
//
//go:embed testdata/dev-excuse3.jsonl
var devExcuse3JSONL string

// TestDevExcuse3 reports the dev set's score per category and guards it:
// none of its good apologies may raise a category this set was written
// for. (A good apology that raises another category shows in the log.)
func TestDevExcuse3(t *testing.T) {
	drafts := loadDrafts(t, "dev-excuse3", devExcuse3JSONL)
	guardSet(t, "dev-excuse3", drafts, 150, devExcuse3Floor)
	for _, d := range drafts {
		if !strings.HasPrefix(d.ID, "good-") {
			continue
		}
		got := fired(CheckFinished(d.Text))
		for _, c := range []string{Excuse, Minimizing, Defensive, OverPromise, RegretOnly} {
			if got[c] {
				t.Errorf("%s: good apology raises %s", d.ID, c)
			}
		}
	}
}
