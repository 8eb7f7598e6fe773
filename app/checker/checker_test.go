package checker

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"mend/app/journey"
)

// find returns the first finding of a category, or false.
func find(r Report, category string) (Finding, bool) {
	for _, f := range r.Findings {
		if f.Category == category {
			return f, true
		}
	}
	return Finding{}, false
}

// missing returns the finding that reports a part of the apology missing.
func missing(r Report, category string) (Finding, bool) {
	for _, f := range r.Findings {
		if f.Category == category && f.Start == f.End {
			return f, true
		}
	}
	return Finding{}, false
}

func TestComponentsAreAlwaysAllFiveInOrder(t *testing.T) {
	for _, text := range []string{"", "I'm sorr", "I'm sorry I yelled at you in the car.", "\xff\xfe"} {
		r := Check(text)
		var got []string
		for _, c := range r.Components {
			got = append(got, c.Category)
		}
		if !slices.Equal(got, []string{"ownership", "specificity", "impact", "remedy", "commitment"}) {
			t.Errorf("Check(%q) components = %v", text, got)
		}
		if r.Findings == nil {
			t.Errorf("Check(%q) Findings is nil; want an empty list for JSON", text)
		}
	}
}

func TestMissingPartsWaitForAFinishedSentence(t *testing.T) {
	for _, text := range []string{"I'm sorry I yelled at you", "I'm sorry I yelled at you\n", "sorry you feel"} {
		r := Check(text)
		for _, c := range r.Components {
			if c.Hint != "" {
				t.Errorf("%q: %s reported missing before any sentence was finished", text, c.Category)
			}
		}
		for _, f := range r.Findings {
			if isComponent(f.Category) {
				t.Errorf("%q: finding %s before any sentence was finished", text, f.Rule)
			}
		}
	}
	r := Check("I'm sorry I yelled at you.")
	remedy := r.Components[3]
	if remedy.Present || remedy.Hint == "" {
		t.Errorf("after a finished sentence, remedy should be reported missing with a hint: %+v", remedy)
	}
	f, ok := find(r, Remedy)
	if !ok || f.Start != len("I'm sorry I yelled at you.") || f.End != f.Start {
		t.Errorf("missing remedy should be an empty finding at the end of the draft, got %+v", f)
	}
}

func TestSeverityFollowsTheEvidence(t *testing.T) {
	cases := []struct {
		text, category, severity string
	}{
		{"I hope you had a nice day.", Ownership, SeverityError},
		{"I'm sorry if you were offended.", Conditional, SeverityError},
		{"I'm sorry you feel that way.", Blame, SeverityError},
		{"I'm sorry I broke your phone.", Remedy, SeverityWarning},
		{"I'm sorry I broke your phone.", Commitment, SeverityWarning},
		{"I'm sorry I was rude.", Vague, SeveritySuggestion},
		{"I'm sorry I was late. I'll try not to do it again.", Commitment, SeverityWarning},
		{"I'm sorry, but the whole team was swamped.", Excuse, SeverityWarning},
		{"I'm sorry, but you were yelling too.", Excuse, SeverityError},
	}
	for _, c := range cases {
		f, ok := find(Check(c.text), c.category)
		if isComponent(c.category) {
			f, ok = missing(Check(c.text), c.category)
		}
		if !ok {
			t.Errorf("%q: no %s finding", c.text, c.category)
			continue
		}
		if f.Severity != c.severity {
			t.Errorf("%q: %s severity = %s, want %s", c.text, c.category, f.Severity, c.severity)
		}
	}
	var hedge bool
	for _, f := range Check("I'm sorry I was late. I'll try not to do it again.").Findings {
		hedge = hedge || f.Rule == "COM-02" && f.Severity == SeveritySuggestion
	}
	if !hedge {
		t.Error("a hedged commitment should get a COM-02 suggestion on the hedge")
	}
}

// TestFalseAlarmTraps are the cases from the issue that must stay quiet.
func TestFalseAlarmTraps(t *testing.T) {
	cases := []struct{ text, mustNot string }{
		{"I won't make excuses. I shouted at you.", Excuse},
		{"There is no but here. I'm sorry I lied.", Excuse},
		{"I'm not going to say you overreacted.", Minimizing},
		{"If you want to talk, I'm here. I'm sorry I forgot.", Conditional},
		{"I'm sorry I forgot, but more importantly I'll make it right.", Excuse},
		{"I'm sorry I made you feel that way.", Blame},
		{`You said 'you're overreacting' is my line, and you were right.`, Minimizing},
		{`I called it "just a joke," and that was wrong.`, Minimizing},
		{"Was it just a joke? No, it was cruel.", Minimizing},
		{"Things I won't say again:\n- you're overreacting\n- calm down", Minimizing},
		{"I'm sorry I missed your recital ❤️", Minimizing},
	}
	for _, c := range cases {
		if f, ok := find(Check(c.text), c.mustNot); ok {
			t.Errorf("%q: unexpected %s finding %s on %q", c.text, c.mustNot, f.Rule, c.text[f.Start:f.End])
		}
	}
	if _, ok := find(Check("I'm sorry you feel that way."), Blame); !ok {
		t.Error(`"I'm sorry you feel that way" must be flagged as blame`)
	}
}

func TestSpansPointAtTheOriginalText(t *testing.T) {
	text := "😔 “Honestly”, I’M SORRY IF YOU WERE OFFENDED — it was JUST A JOKE."
	r := Check(text)
	want := map[string]string{Conditional: "SORRY IF YOU WERE OFFENDED", Minimizing: "it was JUST A JOKE"}
	for cat, sub := range want {
		f, ok := find(r, cat)
		if !ok {
			t.Fatalf("no %s finding in %q", cat, text)
		}
		if got := text[f.Start:f.End]; got != sub {
			t.Errorf("%s covers %q, want %q", cat, got, sub)
		}
		units := utf16.Encode([]rune(text))
		if got := string(utf16.Decode(units[f.StartUTF16:f.EndUTF16])); got != sub {
			t.Errorf("%s UTF-16 span covers %q, want %q", cat, got, sub)
		}
	}
}

func TestEveryFindingExplainsItselfAndLinksToAStep(t *testing.T) {
	texts := []string{"Mistakes were made. Can we just move on?", "I'm sorry if you were offended, but you started it lol."}
	for _, text := range texts {
		for _, f := range Check(text).Findings {
			if f.Message == "" || f.Suggestion == "" || f.Rule == "" {
				t.Errorf("%s: finding without words: %+v", text, f)
			}
			if !journey.Valid(f.Step) {
				t.Errorf("%s: step %q is not a journey slug", f.Rule, f.Step)
			}
		}
	}
}

func TestReportJSONUsesSnakeCaseNames(t *testing.T) {
	b, err := json.Marshal(Check("I'm sorry if you were upset."))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{`"findings"`, `"components"`, `"rule"`, `"category"`, `"severity"`, `"start"`, `"end"`,
		`"start_utf16"`, `"end_utf16"`, `"message"`, `"suggestion"`, `"step"`, `"present"`, `"hint"`} {
		if !strings.Contains(string(b), name) {
			t.Errorf("JSON has no %s field: %s", name, b)
		}
	}
}

func TestChatSpellingIsUnderstood(t *testing.T) {
	r := Check("im sry i yelled at u. ur not overreacting.")
	if !r.Components[0].Present {
		t.Error(`"im sry i yelled" should count as owning it`)
	}
	if _, ok := find(r, Minimizing); ok {
		t.Error(`"ur not overreacting" is not minimising`)
	}
	if _, ok := find(Check("your overreacting."), Minimizing); !ok {
		t.Error(`"your overreacting" should read as "you're overreacting"`)
	}
}
