package checker

import (
	"slices"
	"strings"
	"testing"
)

// leadTries compiles one pattern into two tries: as written, and split by
// splitLead. It reports false when the pattern does not compile.
func leadTries(pat string) (c *compiler, whole, split *trie, n int, ok bool) {
	c = &compiler{lex: &lexicon{spell: map[string][]spelling{}}, vocab: map[string]int32{},
		defines: map[string]string{"WHO": "you | she | they | your (little|big)? (mom|dad) | my (mom|dad)", "FEW": "a | b"},
		macros:  map[string][][]node{}, active: map[string]bool{}}
	p, err := c.compile(pat)
	if err != nil {
		return nil, nil, nil, 0, false
	}
	whole, split = &trie{}, &trie{}
	if whole.add(p, 0) != nil {
		return nil, nil, nil, 0, false
	}
	parts := c.splitLead(p)
	for _, q := range parts {
		if split.add(q, 0) != nil {
			return nil, nil, nil, 0, false
		}
	}
	whole.finish(len(c.words)+1, false)
	split.finish(len(c.words)+1, false)
	return c, whole, split, len(parts), true
}

// ends lists, for each start, where the trie's matches end.
func ends(t *trie, c *compiler, text string) [][]int {
	toks, _ := tokenize(normalize(text), c.lex, c.vocab, nil, nil)
	var out [][]int
	for i := range toks {
		var e []int
		for _, m := range t.matchAt(toks, i, 0, nil) {
			e = append(e, m.end)
		}
		slices.Sort(e)
		out = append(out, slices.Compact(e))
	}
	return out
}

func TestSplitLeadMatchesTheSame(t *testing.T) {
	c, whole, split, n, ok := leadTries("{WHO} (kept|keep) (on)? yelling")
	if !ok || n != 2 {
		t.Fatalf("want the pattern split in two, got ok=%v n=%d", ok, n)
	}
	for _, text := range []string{
		"you kept yelling", "she keep on yelling", "your little mom kept yelling", "my dad kept on yelling",
		"my mom yelling", "they kept", "your mom kept yelling and you kept on yelling",
	} {
		if a, b := ends(whole, c, text), ends(split, c, text); !slices.EqualFunc(a, b, slices.Equal) || !sameReading(a, b) {
			t.Errorf("%q: whole %v, split %v", text, a, b)
		}
	}
	if got := ends(split, c, "you kept yelling"); len(got) == 0 || !slices.Equal(got[0], []int{3}) {
		t.Errorf("split trie reads %v, want a match from 0 to 3", got)
	}
	// A group of only long alternatives, or an optional one, stays whole.
	for _, pat := range []string{"(your mom|my dad) kept", "{WHO}? kept", "kept {WHO}"} {
		if _, _, _, n, ok := leadTries(pat); !ok || n != 1 {
			t.Errorf("%q: split into %d, want it kept whole", pat, n)
		}
	}
}

// sameReading reports whether two readings find a match at the same starts,
// the split one ending at least wherever the whole one does. (A trie reports
// one end per pattern and start; split in two, a pattern whose word and
// longer alternative begin alike, "(a|a b)", may report both.)
func sameReading(whole, split [][]int) bool {
	if len(whole) != len(split) {
		return false
	}
	for i := range whole {
		if (len(whole[i]) == 0) != (len(split[i]) == 0) {
			return false
		}
		for _, e := range whole[i] {
			if !slices.Contains(split[i], e) {
				return false
			}
		}
	}
	return true
}

// FuzzSplitLead checks that splitting a pattern's leading group never
// changes where it matches.
func FuzzSplitLead(f *testing.F) {
	for _, s := range [][2]string{
		{"{WHO} kept yelling", "you kept yelling at my mom"},
		{"(a|b|c d) e", "a e c d e b e"},
		{"(x|y|z w)? v", "z w v x v"},
		{"({FEW}|q r) ...2 s", "a q r s b t s"},
		{"(m|n|o p) _ $", "o p q"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pat, text string) {
		if len(pat) > 80 || len(text) > 200 || strings.ContainsAny(pat, "\n\r") {
			return
		}
		c, whole, split, _, ok := leadTries(pat)
		if !ok {
			return
		}
		if a, b := ends(whole, c, text), ends(split, c, text); !sameReading(a, b) {
			t.Errorf("pattern %q on %q: whole %v, split %v", pat, text, a, b)
		}
	})
}
