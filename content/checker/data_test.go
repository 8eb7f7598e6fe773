package checkerdata

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	checkerexamples "mend/content/checker/examples"
)

// TestRuleFilesAreTidy checks what a writer is most likely to get wrong
// while editing: every rule block has its required keys and examples, and
// the words people will read are short, finished sentences.
func TestRuleFilesAreTidy(t *testing.T) {
	names, err := fs.Glob(Files, "*.rules")
	if err != nil || len(names) == 0 {
		t.Fatalf("no rule files embedded: %v", err)
	}
	// Examples may also sit in the examples folder, kept out of the app.
	elsewhere := map[string]map[string]int{}
	exNames, _ := fs.Glob(checkerexamples.Files, "*.rules")
	for _, name := range exNames {
		b, err := fs.ReadFile(checkerexamples.Files, name)
		if err != nil {
			t.Fatal(err)
		}
		var id string
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "rule ") {
				id = strings.TrimPrefix(line, "rule ")
				elsewhere[id] = map[string]int{}
			} else if key, _, ok := strings.Cut(line, ": "); ok && id != "" {
				elsewhere[id][key]++
			}
		}
	}
	for _, name := range names {
		b, err := fs.ReadFile(Files, name)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			t.Errorf("%s is not valid UTF-8", name)
		}
		var id string
		keys := map[string]int{}
		learned := false // read by the harm classifier: no patterns
		check := func() {
			if id == "" {
				return
			}
			for _, k := range []string{"category", "severity", "message", "suggestion", "fire", "pass"} {
				if keys[k]+elsewhere[id][k] == 0 {
					t.Errorf("%s: rule %s has no %s line", name, id, k)
				}
			}
			if keys["match"]+keys["evidence"] == 0 && !learned {
				t.Errorf("%s: rule %s has no match or evidence line", name, id)
			}
		}
		for n, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "rule ") {
				check()
				id, keys, learned = strings.TrimPrefix(line, "rule "), map[string]int{}, false
				continue
			}
			key, value, ok := strings.Cut(line, ": ")
			if !ok || id == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "define") {
				continue
			}
			keys[key]++
			learned = learned || key == "options" && slices.Contains(strings.Fields(value), "learned")
			if key == "message" || key == "suggestion" {
				if len(value) > 220 {
					t.Errorf("%s:%d: %s of %s is %d characters; keep it short for a phone screen", name, n+1, key, id, len(value))
				}
				if !strings.HasSuffix(value, ".") && !strings.HasSuffix(value, ".\"") && !strings.HasSuffix(value, "?\"") && !strings.HasSuffix(value, ".”") {
					t.Errorf("%s:%d: %s of %s should end as a finished sentence", name, n+1, key, id)
				}
				if strings.Contains(value, "  ") {
					t.Errorf("%s:%d: double space in %s of %s", name, n+1, key, id)
				}
			}
		}
		check()
	}
}
