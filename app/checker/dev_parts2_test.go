package checker

import (
	_ "embed"
	"testing"
)

// dev-parts2.jsonl was written by the second round on the five parts
// (branch parts2, never merged) as its dev set, before that round changed
// the checker; its text is copied here unchanged. This round tunes on it:
// its good apologies widen the threshold sweep's view of how plainly a
// good apology may say a part. Some of its good apologies have no "sorry"
// at all, which OWN-01 reports (see checker-common's note on the two
// conventions), so it is guarded by accuracy only.
//
//go:embed testdata/dev-parts2.jsonl
var devParts2JSONL string

// TestDevParts2 reports the set's score per category and guards it.
func TestDevParts2(t *testing.T) {
	guardSet(t, "dev-parts2", loadDrafts(t, "dev-parts2", devParts2JSONL), 150, devParts2Floor)
}
