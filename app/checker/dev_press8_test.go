package checker

import (
	_ "embed"
	"testing"
)

// dev-press8.jsonl is the dev set of the round that worked on pressure,
// over-promising, conditional and defensive drafts: "so are we good",
// deadlines on forgiveness, "I'll be perfect from now on", "if that's what
// you need to hear", "I'm not a monster", in texting, letters, parents,
// children, siblings, work email, teachers, customer service, public
// statements and second-language English. It was written and committed
// before any rule changed and is never edited; 47 of its 111 drafts are good
// apologies that use "if", "never again", "I hope you can forgive me", a
// reason or "I was trying to" innocently, and list every harm as absent.
//
//go:embed testdata/dev-press8.jsonl
var devPress8JSONL string

// TestDevPress8 reports the set's score per category and guards it: its
// good apologies must raise no harm at all.
func TestDevPress8(t *testing.T) {
	guardAlarmFree(t, "dev-press8", loadDrafts(t, "dev-press8", devPress8JSONL), 111, devPress8Floor)
}
