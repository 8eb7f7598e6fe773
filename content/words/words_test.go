package words

import (
	"strings"
	"testing"
)

func TestEveryFileBecameData(t *testing.T) {
	if tiers := Patience(); len(tiers) < 2 || !tiers[len(tiers)-1].Last {
		t.Errorf("patience.txt: %d messages, the last not \"after\"", len(tiers))
	}
	good := 0
	for _, e := range Examples() {
		if e.Good {
			good++
		}
		if strings.Contains(e.Text, "  ") {
			t.Errorf("example %q has a double space where lines were joined", e.Name)
		}
	}
	if good != 1 {
		t.Errorf("examples.txt: %d examples, %d good, want one", len(Examples()), good)
	}
	if l, ok := LabelOf("ownership"); !ok || l != "You own it" {
		t.Errorf(`LabelOf("ownership") = %q, %v`, l, ok)
	}
	if l, ok := LabelOf("no such category"); ok {
		t.Errorf(`LabelOf of an unknown category = %q, true`, l)
	}
}
