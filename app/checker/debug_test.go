package checker

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugDraft prints how the engine reads $CHECKER_DRAFT; it is skipped
// unless that variable is set. It is a tool for rule writers.
func TestDebugDraft(t *testing.T) {
	text, ok := os.LookupEnv("CHECKER_DRAFT")
	if !ok {
		t.Skip("set CHECKER_DRAFT to a draft to see how the checker reads it")
	}
	a := analyze(rules(), text)
	for si, s := range a.sents {
		fmt.Printf("sentence %d q=%v fin=%v item=%v header=%d:", si, s.question, s.finished, s.item, s.header)
		for _, tok := range a.toks[s.from:s.to] {
			fmt.Printf(" %s", tok.text)
			if tok.id == 0 && tok.kind == wordToken {
				fmt.Print("°")
			}
			if tok.flags&(flagQuoted|flagReported|flagSelfReport|flagHypothetical|flagClauseBreak) != 0 {
				fmt.Printf("[%x]", tok.flags)
			}
		}
		fmt.Println()
	}
	for ri, r := range rules().rules {
		if r.component {
			e := a.evidence[ri]
			if a.found[ri] {
				fmt.Printf("%s found %q\n", r.id, text[e.start:e.end])
			} else {
				fmt.Printf("%s MISSING\n", r.id)
			}
		}
	}
	for si := range a.sents {
		s := a.sents[si]
		toks := a.toks[s.from:s.to]
		in := a.infos(toks)
		for i := range toks {
			var why []string
			if actAt(in, toks, i+1) {
				why = append(why, "act")
			}
			if ownsAt(in, toks, i+1) {
				why = append(why, "owns")
			}
			if consequenceAt(in, toks, i+1) {
				why = append(why, "conseq")
			}
			if changeAt(in, toks, i+1) {
				why = append(why, "change")
			}
			if offerAt(in, toks, i+1) {
				why = append(why, "offer")
			}
			if len(why) > 0 {
				fmt.Printf("structure: sentence %d token %q: %v\n", si, toks[i].text, why)
			}
		}
	}
	for k, c := range Components {
		fmt.Printf("%s: best sentence %d, p=%.3f, bare %v\n", c, a.partSent[k], a.partProb[k], a.bare(k))
	}
	for _, h := range a.hits {
		fmt.Printf("hit %s %s %q\n", rules().rules[h.rule].id, h.severity, text[h.start:h.end])
	}
}
