package checker

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

// The pattern language, written in the rule data (see package
// mend/content/checker for the writer's guide):
//
//	word        a word, spelled as a person would type it ("i'm" is "i am")
//	a|b|c       one of these single words
//	(a b|c)     one of these phrases
//	{NAME}      one of the phrases defined as NAME
//	!{NAME}     any one word that is not in NAME (also !a|b)
//	=a|b        a word typed exactly so, before the chat lexicon ("=soz")
//	_           any one word
//	...  ...N   up to 5 (or N) tokens of anything
//	^  $        the start or the end of the sentence
//	x?  x*      optional; zero to three times (after a word, set or macro)
//	, : " — 😅  that punctuation mark or symbol
//
// Patterns are parsed once and merged into tries (see trie.go), where
// alternatives that span several words become branches.

type elemKind uint8

const (
	elemWord    elemKind = iota // one of a set of words
	elemNotWord                 // a word outside a set
	elemAny                     // any word
	elemRaw                     // a word whose typed form is in a list
	elemText                    // punctuation or a symbol
	elemGap                     // a gap of 0..max tokens
)

type wordSet struct{ bits []uint64 }

func (s *wordSet) add(id int32) {
	for int(id>>6) >= len(s.bits) {
		s.bits = append(s.bits, 0)
	}
	s.bits[id>>6] |= 1 << (id & 63)
}

func (s *wordSet) has(id int32) bool {
	return id > 0 && int(id>>6) < len(s.bits) && s.bits[id>>6]&(1<<(id&63)) != 0
}

func (s *wordSet) each(f func(int32)) {
	for i, w := range s.bits {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			f(int32(i*64 + b))
			w &^= 1 << b
		}
	}
}

type elem struct {
	kind     elemKind
	id       int32    // a single word, when set is nil
	set      *wordSet // several words
	texts    []string // elemRaw and elemText
	min, max uint8
}

func (e *elem) match(t *token) bool {
	switch e.kind {
	case elemWord:
		if t.kind != wordToken {
			return false
		}
		if e.set == nil {
			return t.id == e.id && t.id != 0
		}
		return e.set.has(t.id)
	case elemNotWord:
		return t.kind == wordToken && (e.set == nil && t.id != e.id || e.set != nil && !e.set.has(t.id))
	case elemAny:
		return t.kind == wordToken
	case elemRaw:
		return t.kind == wordToken && containsString(e.texts, t.raw)
	case elemText:
		return t.kind != wordToken && containsString(e.texts, t.text)
	}
	return false
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pattern is what a trie keeps for each written pattern: its anchors and
// its source, for error messages.
type pattern struct {
	atStart, atEnd bool
	src            string
}

// parsed is a written pattern after parsing, before it is put in a trie.
type parsed struct {
	nodes []node
	pattern
}

// node is a parsed pattern piece: an element or a group
// of alternative sequences.
type node struct {
	e    elem
	alts [][]node
	opt  bool
}

// compiler turns pattern text into flat patterns, sharing one vocabulary.
type compiler struct {
	lex     *lexicon
	vocab   map[string]int32
	words   []string
	defines map[string]string
	macros  map[string][][]node
	active  map[string]bool
	phrases map[string][]token // memo of phrase, as the same words recur in many patterns
}

func (c *compiler) wordID(w string) int32 {
	if id, ok := c.vocab[w]; ok {
		return id
	}
	if len(c.words) == 0 {
		c.words = append(c.words, "")
	}
	id := int32(len(c.words))
	c.words = append(c.words, w)
	c.vocab[w] = id
	return id
}

// compile parses one written pattern.
func (c *compiler) compile(src string) (*parsed, error) {
	fields, err := splitFields(strings.Join(strings.Fields(src), " "))
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	p := &parsed{pattern: pattern{src: src}}
	if len(fields) > 0 && fields[0] == "^" {
		p.atStart, fields = true, fields[1:]
	}
	if len(fields) > 0 && fields[len(fields)-1] == "$" {
		p.atEnd, fields = true, fields[:len(fields)-1]
	}
	if len(fields) == 0 {
		return nil, fmt.Errorf("pattern %q is empty", src)
	}
	if p.nodes, err = c.parse(fields); err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	return p, nil
}

// splitLead splits a pattern whose first piece is a group mixing single
// words with longer alternatives ("{OTHER} kept …": you | she | … | your
// {KIN}) into two patterns: one led by the single words as one word set,
// one led by the rest. The trie joins a leading group's alternatives again
// at a node of the pattern's own, which every word of the group would then
// visit; a word set instead shares its path with every pattern led by the
// same set.
func (c *compiler) splitLead(p *parsed) []*parsed {
	if len(p.nodes) == 0 || p.nodes[0].alts == nil || p.nodes[0].opt {
		return []*parsed{p}
	}
	var words, rest [][]node
	for _, a := range p.nodes[0].alts {
		if len(a) == 1 && a[0].alts == nil && a[0].e.kind == elemWord && a[0].e.min == 1 && a[0].e.max == 1 {
			words = append(words, a)
		} else {
			rest = append(rest, a)
		}
	}
	set, ok := c.asSet(words)
	if len(words) < 2 || len(rest) == 0 || !ok {
		return []*parsed{p}
	}
	tail := p.nodes[1:]
	lead := &parsed{pattern: p.pattern, nodes: append([]node{{e: elem{kind: elemWord, set: set, min: 1, max: 1}}}, tail...)}
	others := &parsed{pattern: p.pattern, nodes: append([]node{{alts: rest}}, tail...)}
	return []*parsed{lead, others}
}

func (c *compiler) parse(fields []string) ([]node, error) {
	var out []node
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if isPlainWord(f) { // a run of plain words is read together, so context spellings apply
			j := i
			for j < len(fields) && isPlainWord(fields[j]) {
				j++
			}
			for _, w := range c.phrase(strings.Join(fields[i:j], " ")) {
				out = append(out, c.literal(w))
			}
			i = j - 1
			continue
		}
		n, err := c.piece(f)
		if err != nil {
			return nil, err
		}
		out = append(out, n...)
	}
	return out, nil
}

func isPlainWord(f string) bool {
	for _, r := range f {
		if !isWordRune(r) && r != '\'' && r != '’' {
			return false
		}
	}
	return f != "" && f[0] != '\''
}

// phrase normalises written words exactly as a draft would be.
func (c *compiler) phrase(s string) []token {
	if toks, ok := c.phrases[s]; ok {
		return toks
	}
	toks, _ := tokenize(normalize(s), c.lex, nil, nil, nil)
	if c.phrases == nil {
		c.phrases = map[string][]token{}
	}
	c.phrases[s] = toks
	return toks
}

func (c *compiler) literal(t token) node {
	if t.kind != wordToken {
		return node{e: elem{kind: elemText, texts: []string{t.text}, min: 1, max: 1}}
	}
	return node{e: elem{kind: elemWord, id: c.wordID(t.text), min: 1, max: 1}}
}

func (c *compiler) piece(f string) ([]node, error) {
	switch {
	case f == "^" || f == "$":
		return nil, fmt.Errorf("%s is allowed only at the very start or end", f)
	case f == "...":
		return []node{{e: elem{kind: elemGap, max: 5}}}, nil
	case strings.HasPrefix(f, "..."):
		n, err := strconv.Atoi(f[3:])
		if err != nil || n < 1 || n > 12 {
			return nil, fmt.Errorf("gap %q must be ... or ...N with N from 1 to 12", f)
		}
		return []node{{e: elem{kind: elemGap, max: uint8(n)}}}, nil
	}
	min, max := uint8(1), uint8(1)
	if len(f) > 1 {
		switch f[len(f)-1] {
		case '?':
			min, f = 0, f[:len(f)-1]
		case '*':
			min, max, f = 0, 3, f[:len(f)-1]
		}
	}
	var n node
	switch {
	case f == "_":
		n = node{e: elem{kind: elemAny}}
	case strings.HasPrefix(f, "!"):
		alts, err := c.alternatives(f[1:])
		if err != nil {
			return nil, err
		}
		set, ok := c.asSet(alts)
		if !ok {
			return nil, fmt.Errorf("%q: only single words can be excluded", f)
		}
		n = node{e: elem{kind: elemNotWord, set: set}}
	case strings.HasPrefix(f, "="):
		var raws []string
		for _, w := range strings.Split(f[1:], "|") {
			if w == "" {
				return nil, fmt.Errorf("%q has an empty alternative", f)
			}
			raws = append(raws, normalize(w).text)
		}
		n = node{e: elem{kind: elemRaw, texts: raws}}
	case isGroup(f), strings.Contains(f, "|"), strings.HasPrefix(f, "{") && strings.HasSuffix(f, "}"):
		alts, err := c.alternatives(f)
		if err != nil {
			return nil, err
		}
		if set, ok := c.asSet(alts); ok {
			n = node{e: elem{kind: elemWord, set: set}}
		} else if texts, ok := asTexts(alts); ok {
			n = node{e: elem{kind: elemText, texts: texts}}
		} else {
			if max > 1 {
				return nil, fmt.Errorf("%q: * needs single-word alternatives", f)
			}
			if len(alts) == 1 && min == 1 {
				return alts[0], nil
			}
			return []node{{alts: alts, opt: min == 0}}, nil
		}
	case isPlainWord(f):
		var seq []node
		for _, w := range c.phrase(f) {
			seq = append(seq, c.literal(w))
		}
		if len(seq) == 1 {
			n = seq[0]
			break
		}
		if max > 1 {
			return nil, fmt.Errorf("%q: * needs a single word", f)
		}
		if min == 1 {
			return seq, nil
		}
		return []node{{alts: [][]node{seq}, opt: true}}, nil
	case strings.ContainsAny(f, "{}()"):
		return nil, fmt.Errorf("cannot read %q", f)
	default:
		n = node{e: elem{kind: elemText, texts: []string{normalize(f).text}}}
	}
	n.e.min, n.e.max = min, max
	return []node{n}, nil
}

func isGroup(f string) bool {
	return len(f) >= 2 && f[0] == '(' && f[len(f)-1] == ')'
}

// alternatives parses "a|b c|{M}" (optionally in parentheses) into
// alternative sequences.
func (c *compiler) alternatives(src string) ([][]node, error) {
	f := src
	if isGroup(f) {
		f = f[1 : len(f)-1]
	}
	return c.split(src, f, "|")
}

// split parses f, cut at sep, as alternatives; src is what f was read from.
func (c *compiler) split(src, f, sep string) ([][]node, error) {
	var alts [][]node
	for _, a := range splitTop(f, sep) {
		a = strings.TrimSpace(a)
		switch {
		case a == "":
			return nil, fmt.Errorf("%q has an empty alternative", f)
		case strings.HasPrefix(a, "{") && strings.HasSuffix(a, "}") && !strings.ContainsAny(a[1:], "{ "):
			m, err := c.macro(a[1 : len(a)-1])
			if err != nil {
				return nil, err
			}
			alts = append(alts, m...)
		default:
			fields, err := splitFields(a)
			if err != nil {
				return nil, err
			}
			if len(fields) == 1 && fields[0] == src && !isPlainWord(src) {
				// Nothing was split off, so parsing it again would only
				// come back here: a group glued to a word ("i('ve|have)?")
				// or two macros glued together ("{A}{B}").
				return nil, fmt.Errorf("cannot read %q: put a space between a word and a group", src)
			}
			seq, err := c.parse(fields)
			if err != nil {
				return nil, err
			}
			alts = append(alts, seq)
		}
	}
	return alts, nil
}

// splitTop splits s at sep outside parentheses and braces.
func splitTop(s, sep string) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '{':
			depth++
		case ')', '}':
			depth--
		}
		if depth == 0 && strings.HasPrefix(s[i:], sep) {
			out = append(out, s[last:i])
			last = i + len(sep)
			i += len(sep) - 1
		}
	}
	return append(out, s[last:])
}

// splitFields splits a pattern at spaces outside parentheses.
func splitFields(s string) ([]string, error) {
	var out []string
	depth, start := 0, -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth < 0 {
				return nil, fmt.Errorf("%q has an unmatched )", s)
			}
		}
		if c == ' ' && depth == 0 {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if depth != 0 {
		return nil, fmt.Errorf("%q has an unmatched (", s)
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out, nil
}

// macro returns the parsed alternatives of a define, parsing it on first use.
func (c *compiler) macro(name string) ([][]node, error) {
	if m, ok := c.macros[name]; ok {
		return m, nil
	}
	body, ok := c.defines[name]
	if !ok {
		return nil, fmt.Errorf("{%s} is not defined", name)
	}
	if c.active[name] {
		return nil, fmt.Errorf("{%s} refers to itself", name)
	}
	c.active[name] = true
	defer delete(c.active, name)
	// A define's body is read as a rule line is: " | " with spaces
	// separates whole phrases, and "a|b" inside one is a choice of words.
	alts, err := c.split(body, body, " | ")
	if err != nil {
		return nil, fmt.Errorf("{%s}: %w", name, err)
	}
	c.macros[name] = alts
	return alts, nil
}

// asSet merges alternatives that are each one required word into a set.
func (c *compiler) asSet(alts [][]node) (*wordSet, bool) {
	set := &wordSet{}
	for _, a := range alts {
		if len(a) != 1 || a[0].alts != nil || a[0].e.kind != elemWord || a[0].e.min != 1 || a[0].e.max != 1 {
			return nil, false
		}
		if a[0].e.set != nil {
			a[0].e.set.each(set.add)
		} else {
			set.add(a[0].e.id)
		}
	}
	return set, true
}

func asTexts(alts [][]node) ([]string, bool) {
	var texts []string
	for _, a := range alts {
		if len(a) != 1 || a[0].alts != nil || a[0].e.kind != elemText || a[0].e.min != 1 {
			return nil, false
		}
		texts = append(texts, a[0].e.texts...)
	}
	return texts, true
}
