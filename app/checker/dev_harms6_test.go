package checker

import (
	_ "embed"
	"testing"
)

// dev-harms6.jsonl is the dev set of the round that worked on the harm
// rules from the catalogue's own definitions: fault denial and outside
// causes, "sorry you feel that way" in every spelling, "you misunderstood",
// "I already apologized", grudging and character defences, "it was only…",
// "if" anywhere, "never again, I swear". It was written and committed
// before any rule changed and never edited after; 57 of its 134 drafts are
// good apologies that name the other person's acts and feelings, a reason,
// "if", "but", "because", "we", "never", a question or the future
// innocently, and list every harm category as absent.
//
//go:embed testdata/dev-harms6.jsonl
var devHarms6JSONL string

// TestDevHarms6 reports the set's score per category and guards it: its
// good apologies must raise no harm at all.
func TestDevHarms6(t *testing.T) {
	guardAlarmFree(t, "dev-harms6", loadDrafts(t, "dev-harms6", devHarms6JSONL), 130, devHarms6Floor)
}
