package checker

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"mend/app/journey"
	checkerdata "mend/content/checker"
)

// fires reports whether one rule fires on text: a match rule fired, or an
// evidence rule found nothing, or the harm classifier read a sentence for
// a learned rule (whether or not a pattern rule had already raised its
// category, which would keep the learned one quiet).
func fires(rs *ruleSet, id, text string) bool {
	a := analyze(rs, text)
	ri := rs.byID[id]
	if rs.rules[ri].component {
		return !a.found[ri]
	}
	if rs.rules[ri].learned {
		return a.harmProb[slices.Index(rs.harmRule[:], ri)] > 0
	}
	for _, h := range a.hits {
		if h.rule == ri {
			return true
		}
	}
	return false
}

// TestEveryRuleRunsItsExamples is the contract for rule writers: each rule
// carries drafts it must fire on and drafts it must not, and they hold.
// The drafts are inline in the rule data or in content/checker/examples.
func TestEveryRuleRunsItsExamples(t *testing.T) {
	examples := loadExamples(t, rules())
	for _, r := range rules().rules {
		t.Run(r.id, func(t *testing.T) {
			ex := examples[r.id]
			if len(ex.fire) == 0 || len(ex.pass) == 0 {
				t.Fatalf("rule %s (%s) needs at least one fire: and one pass: example", r.id, r.file)
			}
			for _, ex := range ex.fire {
				if !fires(rules(), r.id, ex) {
					t.Errorf("should fire on %q", ex)
				}
			}
			for _, ex := range ex.pass {
				if fires(rules(), r.id, ex) {
					t.Errorf("should not fire on %q", ex)
				}
			}
		})
	}
}

func TestRuleIDsAndCategoriesAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules().rules {
		if !validCategory(r.category) {
			t.Errorf("%s: category %q", r.id, r.category)
		}
		if !journey.Valid(StepFor(r.category)) {
			t.Errorf("%s: category %q has no guide step", r.id, r.category)
		}
		seen[r.category] = true
	}
	for _, c := range Categories {
		if !seen[c] {
			t.Errorf("no rule covers category %q", c)
		}
	}
}

func TestEveryCategoryMapsToAJourneyStep(t *testing.T) {
	if len(categoryStep) != len(Categories) {
		t.Errorf("step table has %d entries for %d categories", len(categoryStep), len(Categories))
	}
	for _, c := range Categories {
		if !journey.Valid(StepFor(c)) {
			t.Errorf("category %q maps to %q, which is not a journey step", c, StepFor(c))
		}
	}
	if StepFor("nonsense") != "" {
		t.Error("an unknown category should have no step")
	}
}

func TestLoaderRejectsBrokenRules(t *testing.T) {
	lexicon, err := checkerdata.Files.ReadFile("lexicon.rules")
	if err != nil {
		t.Fatal(err)
	}
	base := "define SORRYWORD = sorry\ndefine ACT = yelled\n"
	cases := map[string]string{
		"unknown key":        "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: sorry\ncolour: red\n",
		"bad severity":       "rule X-1\ncategory: excuse\nseverity: fatal\nmessage: m\nsuggestion: s\nmatch: sorry\n",
		"bad category":       "rule X-1\ncategory: rudeness\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: sorry\n",
		"no patterns":        "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\n",
		"undefined macro":    "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: {NOPE}\n",
		"duplicate id":       "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: sorry\nrule X-1\n",
		"gap at start":       "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: ... sorry\n",
		"unbalanced":         "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: (sorry|sad\n",
		"self reference":     "define LOOP = a | {LOOP}\nrule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: {LOOP}\n",
		"unknown reference":  "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: sorry\nunless-found: NOPE-1\n",
		"evidence outside":   "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nevidence: sorry\n",
		"unknown option":     "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: sorry\noptions: loud\n",
		"glued group":        "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: i('ve| have)? sorry\n",
		"glued macros":       "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: {SORRYWORD}{ACT}\n",
		"glued negation":     "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: !i(a|b) sorry\n",
		"late other-agent":   "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\nmatch: sorry\noptions: other-agent\n",
		"learned with match": "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\noptions: learned\nmatch: sorry\n",
		"learned vague":      "rule X-1\ncategory: vague\nseverity: warning\nmessage: m\nsuggestion: s\noptions: learned\n",
		"learned twice":      "rule X-1\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\noptions: learned\nrule X-2\ncategory: excuse\nseverity: warning\nmessage: m\nsuggestion: s\noptions: learned\n",
	}
	for name, body := range cases {
		fsys := fstest.MapFS{
			"lexicon.rules": {Data: lexicon},
			"test.rules":    {Data: []byte(base + body)},
		}
		if _, err := loadRules(fsys); err == nil {
			t.Errorf("%s: loaded without error", name)
		} else if !strings.Contains(err.Error(), "test.rules") && !strings.Contains(err.Error(), "X-1") && name != "self reference" && name != "undefined macro" {
			t.Errorf("%s: error %q does not say where", name, err)
		}
	}
	// The tokenizer's word lists compare words as typed, so each must be there
	// and hold only plain lower-case words.
	lists := map[string]struct{ list, from, to string }{
		"list missing":      {"TITLE", "define TITLE =", "define TITLES ="},
		"apostrophe":        {"ELISION", "define ELISION = cause", "define ELISION = 'cause"},
		"upper case":        {"HAD_NEXT", "define HAD_NEXT = been", "define HAD_NEXT = Been"},
		"two words":         {"PRONOUN_IS", "define PRONOUN_IS = it", "define PRONOUN_IS = it is"},
		"empty alternative": {"HAS_NEXT", "define HAS_NEXT = been", "define HAS_NEXT = | been"},
	}
	for name, c := range lists {
		if !strings.Contains(string(lexicon), c.from) {
			t.Fatalf("%s: lexicon.rules has no %q", name, c.from)
		}
		fsys := fstest.MapFS{
			"lexicon.rules": {Data: []byte(strings.Replace(string(lexicon), c.from, c.to, 1))},
			"test.rules":    {Data: []byte(base)},
		}
		if _, err := loadRules(fsys); err == nil {
			t.Errorf("%s: loaded without error", name)
		} else if !strings.Contains(err.Error(), c.list) {
			t.Errorf("%s: error %q does not name %s", name, err, c.list)
		}
	}
}
