package checker

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratch(t *testing.T) {
	in, ok := os.LookupEnv("SCRATCH")
	if !ok {
		t.Skip()
	}
	for _, text := range strings.Split(in, "\n") {
		if text == "" {
			continue
		}
		r := Check(text)
		var cats []string
		for _, f := range r.Findings {
			cats = append(cats, f.Rule)
		}
		var st []string
		for _, c := range r.Components {
			st = append(st, c.Category[:3]+"="+c.State)
		}
		fmt.Printf("%q\n   %v\n   %v %.2f\n", text, cats, st, analyze(rules(), text).partProb)
	}
}
