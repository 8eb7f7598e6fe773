package checker

import (
	"encoding/json"
	"maps"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"

	"mend/app/journey"
	checkerdata "mend/content/checker"
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
		`"start_utf16"`, `"end_utf16"`, `"message"`, `"suggestion"`, `"step"`, `"present"`, `"state"`, `"hint"`} {
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

// withFlatModel returns the rule set with a model that gives every
// sentence probability p for every part, so the states follow from p alone.
func withFlatModel(t *testing.T, p float64) *ruleSet {
	t.Helper()
	opt := DefaultTrainOptions
	var bias [numParts]float64
	for k := range bias {
		bias[k] = math.Log(p/(1-p)) * opt.Temperature // the model divides by it
	}
	m, err := parseModel(encodeModel(nil, nil, nil, bias, opt))
	if err != nil {
		t.Fatal(err)
	}
	rs := *rules()
	rs.model = m
	return &rs
}

// TestPartsHaveThreeStates checks the three states a part can be in, and
// that each points at the sentence that carried it.
func TestPartsHaveThreeStates(t *testing.T) {
	text := "I'm sorry I forgot. I'll ring your mum tonight."
	k := slices.Index(Components, Remedy) // each part has its own thresholds
	unsure := withFlatModel(t, (DefaultTrainOptions.Unsure[k]+DefaultTrainOptions.Present[k])/2)
	r := unsure.report(analyze(unsure, text))
	rem := r.Components[k]
	if rem.State != StateUnsure || rem.Present {
		t.Fatalf("%q: remedy is %q (present %v), want unsure", text, rem.State, rem.Present)
	}
	if rem.Hint != "Did you offer something to put it right?" {
		t.Errorf("an unsure part should ask its question, got hint %q", rem.Hint)
	}
	if got := text[rem.Start:rem.End]; got != "I'm sorry I forgot" {
		t.Errorf("the unsure part should point at its sentence, got %q", got)
	}
	if _, ok := missing(r, Remedy); ok {
		t.Error("an unsure part must not also be reported missing")
	}
	if own := r.Components[0]; own.State != StatePresent || text[own.Start:own.End] != "I forgot" {
		t.Errorf("a part the rules found stays present, at its evidence: %+v", own)
	}
	for _, c := range unsure.report(analyze(unsure, "I'm sorry I forgot")).Components {
		if c.Hint != "" {
			t.Errorf("%s: no hint or question before a sentence is finished, got %q", c.Category, c.Hint)
		}
	}
	// "I'm sorry" itself is a rule the classifier does not stand in for.
	if own := unsure.report(analyze(unsure, "I forgot it.")).Components[0]; own.State != StateMissing {
		t.Errorf("without an apology, ownership is %q, want missing", own.State)
	}

	sure := withFlatModel(t, 0.99)
	r = sure.report(analyze(sure, text))
	if rem := r.Components[3]; rem.State != StatePresent || !rem.Present {
		t.Errorf("a sentence the classifier is sure of makes the part present: %+v", rem)
	}

	none := withFlatModel(t, 0.01)
	r = none.report(analyze(none, text))
	if rem := r.Components[3]; rem.State != StateMissing || rem.Present || rem.Hint == "" {
		t.Errorf("a part plainly absent should be missing with a hint: %+v", rem)
	}
	if _, ok := missing(r, Remedy); !ok {
		t.Error("a missing part should be reported as a finding")
	}
}

// TestThePartClassifierObeysItsRules checks that the classifier cannot
// credit a part where the part's own rule refuses the words.
func TestThePartClassifierObeysItsRules(t *testing.T) {
	cases := []struct{ text, part string }{
		{"I'm sorry I was late. I'll try not to do it again.", Commitment},
		{"I'm sorry I was late. I'll never hurt you again, I swear.", Commitment},
		{"If I hurt you, I apologize.", Ownership},
	}
	for _, c := range cases {
		for _, comp := range Check(c.text).Components {
			if comp.Category == c.part && comp.State == StatePresent {
				t.Errorf("%q: %s should not be present", c.text, c.part)
			}
		}
	}
}

// TestNegationStopsAtAnUnpunctuatedClause: in chat, "never" in one clause
// must not cancel what the next clause says, with or without a comma; but
// "not … that I" still reaches on.
func TestNegationStopsAtAnUnpunctuatedClause(t *testing.T) {
	if _, ok := find(Check("ill never do it again i swear on my life"), OverPromise); !ok {
		t.Error(`"… again i swear on my life" should be an over-promise`)
	}
	if _, ok := find(Check("I'm not going to tell you I didn't mean it. I did, and I'm sorry."), Defensive); ok {
		t.Error(`"not going to tell you I didn't mean it" is not defensive`)
	}
}

// The writer's own reported words ("i said ur cooking tasted like school
// dinners") stop where a run with no punctuation starts a clause of the
// writer's now ("i didnt mean to hurt u"), but not where the report
// itself goes on ("I told you I would come").
func TestSelfReportStopsAtAnUnpunctuatedClause(t *testing.T) {
	if _, ok := find(CheckFinished("im sorry i said ur cooking tasted like school dinners i didnt mean to hurt u"), Defensive); !ok {
		t.Error(`"… school dinners i didnt mean to hurt u" should be defensive`)
	}
	a := analyze(rules(), "I'm sorry I told you I would come to the match.")
	for _, tok := range a.toks {
		if tok.text == "would" && tok.flags&flagSelfReport == 0 {
			t.Error(`"I told you I would come": "would come" is still the reported words`)
		}
	}
}

// A draft the writer has finished is read to its end: an unpunctuated last
// sentence is judged, and rules that wait for the words after a phrase
// decide there. While typing, the same text is left alone.
func TestFinishedDraftHasNoSentenceStillBeingTyped(t *testing.T) {
	text := "im sorry i forgot ur birthday"
	live, done := Check(text), CheckFinished(text)
	for _, c := range live.Components {
		if c.Hint != "" {
			t.Errorf("while typing, %s should not be judged yet: %+v", c.Category, c)
		}
	}
	for _, f := range live.Findings {
		t.Errorf("while typing, nothing should be reported: %+v", f)
	}
	var remedy Component
	for _, c := range done.Components {
		if c.Category == Remedy {
			remedy = c
		}
	}
	if remedy.State != StateMissing || remedy.Hint == "" {
		t.Errorf("a finished one-line draft should report remedy missing with a hint: %+v", remedy)
	}
	// "sorry" as the last word: while typing, "sorry to hear …" may follow,
	// so it is not yet an apology; in a finished draft it is one.
	text = "hey i missed ur call and im sorry"
	if c := CheckFinished(text).Components[0]; c.State != StatePresent {
		t.Errorf("a finished draft ending in sorry has its apology: %+v", c)
	}
	if c := Check(text).Components[0]; c.State == StatePresent {
		t.Errorf("while typing, the last word sorry should wait for what follows: %+v", c)
	}
	// "sorry if" at the very end may still become "sorry if I woke you".
	if fired(Check("im sorry if"))[Conditional] || !fired(CheckFinished("im sorry if"))[Conditional] {
		t.Error(`"im sorry if" should wait while typing and be marked once finished`)
	}
	// An empty draft has nothing to judge in either reading.
	for _, c := range CheckFinished("  \n").Components {
		if c.Hint != "" || c.State != StateMissing {
			t.Errorf("an empty draft: %+v", c)
		}
	}
}

// The rule data compiles to the same word ids every time, whatever order
// Go's maps are walked in, so the tries and the features' word table are
// the same on every run.
func TestWordIDsAreTheSameOnEveryLoad(t *testing.T) {
	first, err := loadRules(checkerdata.Files)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, err := loadRules(checkerdata.Files)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(first.vocab, again.vocab) || !slices.Equal(first.wordInfo, again.wordInfo) {
			t.Fatal("loading the rule data twice gave different word ids")
		}
	}
	// The lexicon's word lists reach the features: "will" looks ahead,
	// "you" is the reader, and "not" negates.
	for w, want := range map[string]wordInfo{"will": infoFuture, "not": infoNeg, "you": 4 << roleShift, "my": 2 << roleShift} {
		if got := first.wordInfo[first.vocab[w]]; got&want != want {
			t.Errorf("%q has info %#x, want bits %#x", w, got, want)
		}
	}
}

// The model keeps the top bits of each feature's hash: two features that
// share them share a weight, one that does not gets none, and the weights
// come back as they were trained, to the quantisation step.
func TestModelReadsWeightsByBucket(t *testing.T) {
	opt := DefaultTrainOptions
	opt.MinCount, opt.MinWeight, opt.HashBits = 1, 0, 12
	const a, b, c = 0xABC00001, 0xABC00FFF, 0x12300000 // a and b share their top 12 bits
	remedy := slices.Index(Components, Remedy)
	w := make([]float64, 2*numParts)
	w[0*numParts+remedy], w[1*numParts+remedy] = 2, -1
	m, err := parseModel(encodeModel([]uint32{a, c}, []int{1, 1}, w, [numParts]float64{}, opt))
	if err != nil {
		t.Fatal(err)
	}
	if m.find(a) < 0 || m.find(a) != m.find(b) || m.find(c) < 0 || m.find(c) == m.find(a) || m.find(0x55500000) >= 0 {
		t.Fatalf("buckets: a %d, b %d, c %d, other %d", m.find(a), m.find(b), m.find(c), m.find(0x55500000))
	}
	t0 := opt.Temperature
	for _, tc := range []struct {
		h    uint32
		want float64
	}{{a, 2}, {b, 2}, {c, -1}} {
		p := m.score([]uint32{tc.h})[remedy]
		if got := math.Log(p/(1-p)) * t0; math.Abs(got-tc.want) > 0.02 {
			t.Errorf("hash %#x: weight %.3f, want %.1f", tc.h, got, tc.want)
		}
	}
}

// A long text message with no punctuation is read clause by clause as
// well as whole: a new subject after a few words starts a clause, but not
// right after "sorry" or another pronoun; a sentence with punctuation
// inside is split only at a comma that opens a new clause.
func TestRunOnSentenceIsReadByClause(t *testing.T) {
	clauses := func(text string) []string {
		a := analyze(rules(), text)
		s := a.sents[0]
		var out []string
		for from, to := s.from, s.from; to < s.to; from = to {
			to = a.nextChunk(from, s.to)
			out = append(out, text[a.toks[from].start:a.toks[to-1].end])
		}
		return out
	}
	got := clauses("so sorry i forgot ur bday last night u waited for me for hours ill take u out on sat i promise")
	want := []string{"so sorry i forgot ur bday last night", "u waited for me for hours", "ill take u out on sat", "i promise"}
	if !slices.Equal(got, want) {
		t.Errorf("clauses %q, want %q", got, want)
	}
	got = clauses("I'm sorry I forgot, and you waited for me for hours and then I left")
	want = []string{"I'm sorry I forgot,", "and you waited for me for hours and then", "I left"}
	if !slices.Equal(got, want) {
		t.Errorf("a comma before a new clause should split it: clauses %q, want %q", got, want)
	}
	if got := clauses("Dear Mr. Nowak, I'm sorry I forgot the keys that you lent me for the weekend"); len(got) != 1 {
		t.Errorf("a comma before a short opening, or with no new clause after it, should keep the sentence whole, got %q", got)
	}
}

// A draft with nothing in it is answered without compiling the rules; the
// answer must be exactly what reading it with the rules gives.
func TestBlankDraftsAreAnsweredAsTheRulesWould(t *testing.T) {
	rs := rules()
	for _, text := range []string{"", " ", "\n\t ", "\u00a0\u2003"} {
		for _, mode := range []readMode{0, readSettled} {
			want := rs.report(analyzeFor(rs, text, mode))
			got := Check(text)
			if mode == readSettled {
				got = CheckFinished(text)
			}
			if !blank(text) {
				t.Fatalf("%q should count as blank", text)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q (mode %d): blank report %+v, rules give %+v", text, mode, got, want)
			}
		}
	}
	if blank("a") || blank(" .") {
		t.Error("text with a character to read is not blank")
	}
}

// TestReadingsDoNotShareBuffers checks that readings running at once, each
// on buffers a finished one handed on (see spare), report exactly what
// one reading at a time does, for the keystroke and the settled reading.
func TestReadingsDoNotShareBuffers(t *testing.T) {
	drafts := loadCorpus(t)
	want := make([][2]Report, len(drafts))
	for i, d := range drafts {
		want[i] = [2]Report{Check(d.Text), CheckFinished(d.Text)}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			for k := range drafts {
				i := (k*7 + g*31) % len(drafts) // each goroutine in its own order
				got := [2]Report{Check(drafts[i].Text), CheckFinished(drafts[i].Text)}
				if !reflect.DeepEqual(got, want[i]) {
					errs <- drafts[i].ID
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: a reading running beside others reports something else than one alone", id)
	}
}

// TestHabitIsNoRemedy checks that a sentence looking ahead only to a
// change of habit is read as a commitment and offers no remedy, while an
// offer or a repair beside it still does (see habitOnly).
func TestHabitIsNoRemedy(t *testing.T) {
	k := slices.Index(Components, Remedy)
	for _, c := range []struct {
		text   string
		remedy string
	}{
		{"I'm sorry I laughed at your poem. I'll listen properly from now on.", StateMissing},
		{"I'm sorry I missed your call. Next time you ring, I'll pick up straight away.", StateMissing},
		{"sorry i didnt save u a seat ill get there early next time and hold two", StateMissing},
		{"I'm sorry I broke your mug. I'll buy you a new one, and from now on I'll be careful.", StatePresent},
		{"I'm sorry I was rude about the lamb. I would like to help you cook next time.", StatePresent},
		{"I'm sorry about the report. I've sent the corrected figures, and from now on I'll check them twice.", StatePresent},
		{"Sorry I was so late. Next time, dinner is on me.", StatePresent},
	} {
		if got := CheckFinished(c.text).Components[k].State; got != c.remedy {
			t.Errorf("%q: remedy is %s, want %s", c.text, got, c.remedy)
		}
	}
}

// TestTagQuestionReadsAsStatement checks that a statement with a question
// tag ("…, remember?") is read as the statement it is, while a real
// question still is not, by the rules (the harm classifier reads the
// question's words, as a person would hear its edge).
func TestTagQuestionReadsAsStatement(t *testing.T) {
	has := func(text string) bool {
		a := analyzeFor(rulesAlone(), text, readSettled)
		defer a.recycle()
		for _, h := range a.hits {
			if a.rs.rules[h.rule].category == Blame {
				return true
			}
		}
		return false
	}
	if !has("I'm sorry I kissed Ben. You were the one who wanted the break, remember?") {
		t.Error("blame after a tag question was not read")
	}
	if has("I'm sorry I kissed Ben. Were you the one who wanted the break?") {
		t.Error("a real question was read as blame")
	}
}
