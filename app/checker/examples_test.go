package checker

import (
	"strings"
	"testing"

	checkerexamples "mend/content/checker/examples"
)

// ruleExamples are a rule's fire and pass drafts.
type ruleExamples struct{ fire, pass []string }

// loadExamples gathers every rule's examples: those written inline in the
// rule data and those in the examples files, which are kept out of the
// app's binary. An examples file naming an unknown rule, or holding
// anything but rule, fire and pass lines, fails the test.
func loadExamples(t *testing.T, rs *ruleSet) map[string]*ruleExamples {
	t.Helper()
	out := map[string]*ruleExamples{}
	for _, r := range rs.rules {
		out[r.id] = &ruleExamples{fire: append([]string(nil), r.fire...), pass: append([]string(nil), r.pass...)}
	}
	lines, err := readLines(checkerexamples.Files)
	if err != nil {
		t.Fatal(err)
	}
	var cur *ruleExamples
	for _, l := range lines {
		key, value, _ := strings.Cut(l.text, ":")
		value = strings.TrimSpace(value)
		switch {
		case strings.HasPrefix(l.text, "rule "):
			id := strings.TrimSpace(strings.TrimPrefix(l.text, "rule "))
			if cur = out[id]; cur == nil {
				t.Fatalf("%s:%d: examples for unknown rule %q", l.file, l.num, id)
			}
		case cur == nil:
			t.Fatalf("%s:%d: expected a rule line first, got %q", l.file, l.num, l.text)
		case key == "fire" && value != "":
			cur.fire = append(cur.fire, value)
		case key == "pass" && value != "":
			cur.pass = append(cur.pass, value)
		default:
			t.Fatalf("%s:%d: expected fire: or pass:, got %q", l.file, l.num, l.text)
		}
	}
	return out
}
