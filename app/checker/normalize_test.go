package checker

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeFoldsTypography(t *testing.T) {
	cases := []struct{ in, want string }{
		{"I’m SORRY", "i'm sorry"},
		{"“just a joke”", `"just a joke"`},
		{"sorry—but", "sorry—but"},
		{"sorry – but", "sorry — but"},
		{"sorry\u00a0I", "sorry i"},
		{"sor\u00adry", "sorry"},
		{"ＳＯＲＲＹ", "sorry"},
		{"line\u2028two", "line\ntwo"},
		{"ÉTÉ", "été"},
	}
	for _, c := range cases {
		if got := normalize(c.in).text; got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// normalizeInto takes printable ASCII on a fast path of its own; every
// ASCII byte must come out as foldRune says.
func TestNormalizeFastPathAgreesWithFoldRune(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		want := ""
		if f, keep := foldRune(c); keep {
			want = string(f)
		}
		if got := normalize("a" + string(c) + "Z").text; got != "a"+want+"z" {
			t.Errorf("byte %#x: normalize gives %q, foldRune %q", c, got, "a"+want+"z")
		}
	}
}

func TestNormalizeMapsEveryByteBackToARuneStart(t *testing.T) {
	for _, in := range []string{"I’m “so” sorry 😅 — ÉTÉ\u00ad!", "plain", "", "bad\xffbyte", "ＳＯＲＲＹ\u00a0now"} {
		n := normalize(in)
		if len(n.orig) != len(n.text)+1 || int(n.orig[len(n.text)]) != len(in) {
			t.Fatalf("%q: offset map has %d entries for %d bytes", in, len(n.orig), len(n.text))
		}
		for i := range n.text {
			o := int(n.orig[i])
			if o < 0 || o > len(in) || (o < len(in) && !utf8.RuneStart(in[o]) && in[o] < utf8.RuneSelf) {
				t.Errorf("%q: byte %d maps to %d, not a rune start", in, i, o)
			}
			if i > 0 && n.orig[i] < n.orig[i-1] {
				t.Errorf("%q: offsets go backwards at %d", in, i)
			}
		}
	}
}

// words returns the matching forms of the word tokens of text.
func words(text string) string {
	toks, _ := tokenize(normalize(text), rules().lex, rules().vocab, nil, nil)
	var out []string
	for _, t := range toks {
		out = append(out, t.text)
	}
	return strings.Join(out, " ")
}

func TestTokenizeExpandsContractionsAndChatSpelling(t *testing.T) {
	cases := []struct{ in, want string }{
		{"I’m sorry, I won’t", "i am sorry , i will not"},
		{"im sry i didnt call", "i am sorry i did not call"},
		{"your so sensitive", "you are so sensitive"},
		{"I forgot your birthday", "i forgot your birthday"},
		{"ur overreacting", "you are overreacting"},
		{"I’d been drinking. I'd go", "i had been drinking i would go"},
		{"it’s been a week, it's fine", "it has been a week , it is fine"},
		{"SOOOO SORRYYY", "so sorry"},
		{"Let's move on", "let us move on"},
		{"can't, cant, cannot", "can not , can not , cannot"},
		{"out-of-line", "out of line"},
		{"my mom's car", "my mom car"},
		{"'cause I was tired", "because i was tired"},
	}
	for _, c := range cases {
		if got := words(c.in); got != c.want {
			t.Errorf("tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenSpansPointIntoTheOriginal(t *testing.T) {
	in := "I’M SORRY — “you’re” 😅 im sry"
	toks, _ := tokenize(normalize(in), rules().lex, rules().vocab, nil, nil)
	want := []string{"I", "’M", "SORRY", "—", "“", "you", "’re", "”", "😅", "im", "im", "sry"}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, tok := range toks {
		if got := in[tok.start:tok.end]; got != want[i] {
			t.Errorf("token %d (%q) covers %q, want %q", i, tok.text, got, want[i])
		}
	}
}

func TestSentencesQuestionsFinishingAndLists(t *testing.T) {
	text := "I'm sorry. Are we okay?\nWhat I'll do:\n- pay for it\n- call your mom\nI lied e.g. about Mr. Smith"
	_, sents := tokenize(normalize(text), rules().lex, rules().vocab, nil, nil)
	if len(sents) != 6 {
		t.Fatalf("got %d sentences, want 6: %+v", len(sents), sents)
	}
	want := []struct{ question, finished, item, colon bool }{
		{false, true, false, false},
		{true, true, false, false},
		{false, true, false, true},
		{false, true, true, false},
		{false, true, true, false},
		{false, false, false, false},
	}
	for i, w := range want {
		s := sents[i]
		if s.question != w.question || s.finished != w.finished || s.item != w.item || s.colon != w.colon {
			t.Errorf("sentence %d = %+v, want %+v", i, s, w)
		}
	}
	if sents[3].header != 2 || sents[4].header != 2 {
		t.Errorf("list items should belong to header 2, got %d and %d", sents[3].header, sents[4].header)
	}
}

func TestQuotesArePaired(t *testing.T) {
	text := `You said 'you're overreacting' and "fine" was all I said. My parents' house`
	toks, _ := tokenize(normalize(text), rules().lex, rules().vocab, nil, nil)
	var quoted []string
	for _, tok := range toks {
		if tok.flags&flagQuoted != 0 {
			quoted = append(quoted, tok.text)
		}
	}
	if got := strings.Join(quoted, " "); got != "you are overreacting fine" {
		t.Errorf("quoted words = %q", got)
	}
}
