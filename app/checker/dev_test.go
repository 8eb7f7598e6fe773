package checker

import (
	_ "embed"
	"testing"
)

// dev-parts.jsonl is a dev set written before the part classifier's second
// round, in registers the other sets under-serve (texting, long letters,
// parents and children, siblings, roommates, work email, teachers,
// customer service, public statements, second-language English). It was
// committed before any change it measures and is never edited; it is
// looked at only at a few checkpoints, so it stays a check on
// generalisation rather than a set to tune on.
//
//go:embed testdata/dev-parts.jsonl
var devPartsJSONL string

// TestDevParts reports the dev set's score per category and guards it.
func TestDevParts(t *testing.T) {
	guardSet(t, "dev-parts", loadDrafts(t, "dev-parts", devPartsJSONL), 120, devPartsFloor)
}
