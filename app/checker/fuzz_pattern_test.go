package checker

import (
	"strings"
	"testing"
	"testing/fstest"

	checkerdata "mend/content/checker"
)

// FuzzCompilePattern feeds the rule loader any pattern text, with the real
// word lists: it must answer (load or refuse with an error) and never
// panic or recurse without end. A group glued to a word once did.
func FuzzCompilePattern(f *testing.F) {
	lexicon, err := checkerdata.Files.ReadFile("lexicon.rules")
	if err != nil {
		f.Fatal(err)
	}
	words, err := checkerdata.Files.ReadFile("words.rules")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"i('ve| have)?", "{SORRYWORD}{ACT}", "!i(a|b)", "((a|b))", "(a (b|c))?", "x|(y z)*", "{HEDGE}? you",
		"sorry ...3 but", "^ (it|this) $", "=soz|sry", "(a|{INTENS})", "((", "))", "{", "}{", "|", "a||b", "(|)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, pat string) {
		pat = strings.NewReplacer("\n", " ", "\r", " ").Replace(pat)
		if len(pat) > 200 {
			return
		}
		body := "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: " + pat +
			"\nfire: x\npass: y\n"
		fsys := fstest.MapFS{
			"lexicon.rules": {Data: lexicon},
			"words.rules":   {Data: words},
			"test.rules":    {Data: []byte(body)},
		}
		_, _ = loadRules(fsys)
	})
}
