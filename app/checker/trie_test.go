package checker

import (
	"slices"
	"strings"
	"testing"
)

// The trie merges patterns and skips edges that cannot start at a token,
// so it is checked against the plainest reading of a pattern: try every
// way its pieces can take tokens, one piece after another.

// refEnds returns every position where nodes, read from p, can end.
func refEnds(nodes []node, toks []token, p int) []int {
	if len(nodes) == 0 {
		return []int{p}
	}
	nd, rest := nodes[0], nodes[1:]
	var out []int
	add := func(q int) {
		for _, e := range refEnds(rest, toks, q) {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
	}
	switch {
	case nd.alts != nil:
		for _, alt := range nd.alts {
			for _, q := range refEnds(alt, toks, p) {
				add(q)
			}
		}
		if nd.opt {
			add(p)
		}
	case nd.e.kind == elemGap:
		for k := 0; k <= int(nd.e.max) && p+k <= len(toks); k++ {
			add(p + k)
		}
	default:
		c := 0
		for c < int(nd.e.max) && p+c < len(toks) && nd.e.match(&toks[p+c]) {
			c++
		}
		for n := int(nd.e.min); n <= c; n++ {
			add(p + n)
		}
	}
	return out
}

// fuzzPieces are what generated patterns are made of: words, optional and
// repeated words, word sets, "not" sets, typed forms, marks, groups of
// longer alternatives (which the trie copies or joins), and gaps.
var fuzzPieces = []string{
	"a", "b", "c", "b?", "c*", "(a|b)", "!a", "!(a|c)", "_", "=a|d", "=b?", ",", "(,|😅)", ",?",
	"(a b|c)", "(a b|c)?", "(b|c d|a ,)", "(a|b|c|d|a b|b c|c d)", "(a|b|c|d|a b|b c|c d)?", "...2", "_?",
}

// fuzzTokens are the tokens a generated draft is made of: the pattern
// words, a word no pattern names, and two marks.
var fuzzTokens = []string{"a", "b", "c", "d", "z", ",", "😅"}

func FuzzTrieMatchesEveryWay(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3}, []byte{0, 1, 2, 5, 3}, uint8(0))
	f.Add([]byte{200, 14, 7, 19}, []byte{5, 0, 6, 1, 0, 1}, uint8(3))
	f.Add([]byte{100, 15, 19, 2, 255, 6, 11, 18}, []byte{0, 5, 2, 3, 6, 0}, uint8(1))
	f.Fuzz(func(t *testing.T, pats, text []byte, opts uint8) {
		c := &compiler{lex: &lexicon{spell: map[string][]spelling{}}, vocab: map[string]int32{},
			defines: map[string]string{}, macros: map[string][][]node{}, active: map[string]bool{}}
		var tr trie
		var srcs []string
		var nodes [][]node
		var anchors []pattern
		// Each pattern is a length byte (and its anchors) and that many pieces.
		for len(pats) > 0 && len(srcs) < 8 {
			head := pats[0]
			n := 1 + int(head%5)
			pats = pats[1:]
			var fields []string
			if head&0x40 != 0 {
				fields = append(fields, "^")
			}
			for ; n > 0 && len(pats) > 0; n-- {
				fields = append(fields, fuzzPieces[int(pats[0])%len(fuzzPieces)])
				pats = pats[1:]
			}
			if head&0x80 != 0 {
				fields = append(fields, "$")
			}
			src := strings.Join(fields, " ")
			p, err := c.compile(src)
			if err != nil {
				continue
			}
			k := int32(len(srcs))
			added := true
			for _, q := range c.splitLead(p) {
				if tr.add(q, k) != nil {
					added = false
				}
			}
			if !added {
				continue
			}
			srcs, nodes, anchors = append(srcs, src), append(nodes, p.nodes), append(anchors, p.pattern)
		}
		tr.finish(len(c.words)+1, opts&1 != 0)
		var toks []token
		for _, b := range text {
			if len(toks) == 12 {
				break
			}
			w := fuzzTokens[int(b)%len(fuzzTokens)]
			tok := token{text: w, raw: w, kind: wordToken, id: c.vocab[w]}
			switch w {
			case ",":
				tok.kind, tok.id = punctToken, 0
			case "😅":
				tok.kind, tok.id = symbolToken, 0
			}
			toks = append(toks, tok)
		}
		first := int(opts>>1) % (len(toks) + 1)
		for i := 0; i <= len(toks); i++ {
			got := tr.matchAt(toks, i, first, nil)
			for k := range srcs {
				var want []int
				if !anchors[k].atStart || i == first {
					for _, e := range refEnds(nodes[k], toks, i) {
						if !anchors[k].atEnd || onlyPunctAfter(toks, e) {
							want = append(want, e)
						}
					}
				}
				end := -1
				for _, m := range got {
					if tr.owner[m.pat] == int32(k) && end < 0 {
						end = m.end
					}
				}
				switch {
				case len(want) == 0 && end >= 0:
					t.Fatalf("%q matched from token %d (to %d) of %q, first %d; it cannot", srcs[k], i, end, text, first)
				case len(want) > 0 && end < 0:
					t.Fatalf("%q did not match from token %d of %q, first %d; it can end at %v", srcs[k], i, text, first, want)
				case end >= 0 && !slices.Contains(want, end):
					t.Fatalf("%q matched from token %d to %d of %q; it can end only at %v", srcs[k], i, end, text, want)
				}
			}
		}
	})
}
