package checker

import (
	_ "embed"
	"testing"
)

// dev-blame8.jsonl is the dev set of the round that read blame by its
// shape: a sentence beside the apology whose agent is someone or something
// other than the writer, doing an act that works against the writer or
// caused what the writer did ("accounts kept sending the figures back",
// "nobody sent me the invite"). 52 of its 112 drafts are good apologies that
// name the other person's acts, requests and warnings, a third party or a
// reason innocently, and list every harm category as absent. It was written
// and committed before any rule changed and is never edited.
//
//go:embed testdata/dev-blame8.jsonl
var devBlame8JSONL string

// TestDevBlame8 reports the set's score per category and guards it: its
// good apologies may raise no more alarms than before the round.
func TestDevBlame8(t *testing.T) {
	guardAlarms(t, "dev-blame8", loadDrafts(t, "dev-blame8", devBlame8JSONL), 110, devBlame8Floor, devBlame8GoodAlarms)
}
