package checker

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"mend/app/journey"
	checkerdata "mend/content/checker"
)

// FuzzCheck checks the promises every report keeps, whatever the text,
// in both readings (while typing and finished): no panic; spans in range
// and on rune boundaries; UTF-16 offsets that agree with the byte offsets;
// findings in text order and, within a category, never overlapping; five
// components in order. A finished draft with a word in it has every
// missing part reported, with its hint.
func FuzzCheck(f *testing.F) {
	for _, d := range loadCorpus(f) {
		f.Add(d.Text)
	}
	for _, s := range []string{
		"", " ", "\n\n\n", "'", `"`, `""`, "''", "—", "--", "...", "…", "?!", "- ", "1. ", ":\n- ",
		"\xff", "sorry\xff if", "I\xe2\x80", "😅😅😅", "👨‍👩‍👧 sorry if", "sor\u00adry if", "ＳＯＲＲＹ ＩＦ",
		"I'm sorry if\u200d you", "if if if if if sorry sorry sorry but but but",
		"Things I won't say:\n- calm down\n- \n-", "\"sorry if\" 'sorry if' sorry if",
		"I'm sorry you feel that way.\r\nCan we move on?", "e.g. i.e. Mr. Dr. 3.5 sorry.",
		"you cant keep blaming me when you did the same", "I didn't mean to yell but you kept pushing me. That's no excuse.",
		"I was tired. That doesn't make it okay. I'm sorry if I was unfair.", "im sorry ur acting like i killed someone",
	} {
		f.Add(s)
	}
	// Long sentences without punctuation once made some checks quadratic.
	for _, s := range []string{"sorry if if if i hurt you ", "sorry , , , , but if hurt ", "i will i am going to ", "- i will pay\n", "\"sorry if\" 'you' "} {
		f.Add(strings.Repeat(s, 300))
	}
	f.Add(strings.Repeat("x ", 2000) + ":\n" + strings.Repeat("- i will pay\n", 300))
	f.Fuzz(func(t *testing.T, text string) {
		checkReport(t, text, Check(text))
		done := CheckFinished(text)
		checkReport(t, text, done)
		if strings.IndexFunc(text, unicode.IsLetter) >= 0 {
			for _, c := range done.Components {
				if c.State != StatePresent && c.Hint == "" {
					t.Fatalf("finished draft %q: %s is %s with no hint", text, c.Category, c.State)
				}
			}
		}
	})
}

// checkReport checks one report's promises for FuzzCheck.
func checkReport(t *testing.T, text string, r Report) {
	t.Helper()
	boundary := map[int]bool{len(text): true}
	for i := range text {
		boundary[i] = true
	}
	units := func(end int) int {
		n := 0
		for _, c := range text[:end] {
			n++
			if c >= 0x10000 {
				n++
			}
		}
		return n
	}
	checkSpan := func(what string, start, end, s16, e16 int) {
		if start < 0 || start > end || end > len(text) {
			t.Fatalf("%s span [%d,%d) out of range for %d bytes", what, start, end, len(text))
		}
		if !boundary[start] || !boundary[end] {
			t.Fatalf("%s span [%d,%d) is not on rune boundaries in %q", what, start, end, text)
		}
		if s16 != units(start) || e16 != units(end) {
			t.Fatalf("%s UTF-16 span [%d,%d) disagrees with bytes [%d,%d) in %q", what, s16, e16, start, end, text)
		}
	}
	lastEnd := map[string]int{}
	for i, fd := range r.Findings {
		checkSpan(fd.Rule, fd.Start, fd.End, fd.StartUTF16, fd.EndUTF16)
		if i > 0 {
			p := r.Findings[i-1]
			if fd.Start < p.Start || fd.Start == p.Start && fd.End < p.End {
				t.Fatalf("findings out of order: %+v before %+v", p, fd)
			}
		}
		if e, seen := lastEnd[fd.Category]; seen && fd.Start < e {
			t.Fatalf("%s findings overlap at %d in %q", fd.Category, fd.Start, text)
		}
		lastEnd[fd.Category] = fd.End
		if !validCategory(fd.Category) || severityRank(fd.Severity) == 0 || !journey.Valid(fd.Step) {
			t.Fatalf("finding with bad fields: %+v", fd)
		}
	}
	if len(r.Components) != len(Components) {
		t.Fatalf("%d components", len(r.Components))
	}
	for i, c := range r.Components {
		if c.Category != Components[i] {
			t.Fatalf("component %d is %s", i, c.Category)
		}
		checkSpan(c.Category, c.Start, c.End, c.StartUTF16, c.EndUTF16)
		if c.Present && c.Hint != "" {
			t.Fatalf("%s is present but has a hint", c.Category)
		}
		if c.Present != (c.State == StatePresent) || c.State != StatePresent && c.State != StateUnsure && c.State != StateMissing {
			t.Fatalf("%s: present %v with state %q", c.Category, c.Present, c.State)
		}
		_, reported := missing(r, c.Category)
		if reported != (c.State == StateMissing && c.Hint != "") {
			t.Fatalf("%s: state %q, hint %q, but reported missing: %v", c.Category, c.State, c.Hint, reported)
		}
		if c.State == StateUnsure && c.Hint != "" && !strings.HasSuffix(c.Hint, "?") {
			t.Fatalf("%s: unsure, but the hint is not a question: %q", c.Category, c.Hint)
		}
	}
	if utf8.ValidString(text) {
		for _, fd := range r.Findings {
			if !utf8.ValidString(text[fd.Start:fd.End]) {
				t.Fatalf("span of %s cuts a character", fd.Rule)
			}
		}
	}
}

// FuzzPartModel feeds the model reader arbitrary bytes, starting from the
// real model: it must refuse what is broken without panicking, and any
// model it accepts must score every sentence with probabilities in [0, 1].
func FuzzPartModel(f *testing.F) {
	f.Add(checkerdata.PartModel)
	f.Add([]byte(modelMagic))
	f.Add(encodeModel(nil, nil, nil, [numParts]float64{}, DefaultTrainOptions))
	a := analyzeFor(rules(), "I'm sorry I forgot. You waited an hour. I'll pay for the tickets.", readFeats)
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseModel(b)
		if err != nil {
			return
		}
		for _, fs := range a.feats {
			for k, p := range m.score(fs) {
				if !(p >= 0 && p <= 1) {
					t.Fatalf("part %d probability %v", k, p)
				}
			}
		}
	})
}

// FuzzFeatures checks that a sentence's features do not depend on what
// was read before it, so the same words read the same in any draft.
func FuzzFeatures(f *testing.F) {
	for _, s := range []string{"I'm sorry I yelled at you.", "if u were upset, sry", "You said \"I will pay\".", "- I'll call\n- never again"} {
		f.Add("Hello there.", s)
	}
	f.Fuzz(func(t *testing.T, before, text string) {
		alone := analyzeFor(rules(), text, readFeats)
		both := analyzeFor(rules(), before+"\n\n"+text, readFeats)
		if len(alone.feats) == 0 || len(both.feats) < len(alone.feats) {
			return
		}
		last, lastBoth := alone.feats[len(alone.feats)-1], both.feats[len(both.feats)-1]
		if len(alone.sents) == 0 || alone.sents[len(alone.sents)-1].header >= 0 || both.sents[len(both.sents)-1].header >= 0 {
			return // a list item reads its header, which may differ
		}
		if !slices.Equal(last, lastBoth) && len(alone.sents) == 1 && len(both.sents) == len(analyzeFor(rules(), before, readFeats).sents)+1 {
			t.Fatalf("the last sentence of %q reads differently after %q", text, before)
		}
	})
}
