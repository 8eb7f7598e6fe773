package checker

import (
	_ "embed"
	"testing"
)

// dev-parts3.jsonl is the dev set of the third round on the five parts:
// good apologies whose parts are said in unusual wording, and drafts that
// lack one or two parts the way real drafts do. It was committed before
// any change it measures, is never edited, and is looked at only at a few
// checkpoints.
//
//go:embed testdata/dev-parts3.jsonl
var devParts3JSONL string

// TestDevParts3 reports the dev set's score per category and guards it; a
// good apology there must never be told a part is missing.
func TestDevParts3(t *testing.T) {
	guardSet(t, "dev-parts3", loadDrafts(t, "dev-parts3", devParts3JSONL), 150, devParts3Floor)
}
