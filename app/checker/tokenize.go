package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind tells words from punctuation and symbols.
type tokenKind uint8

const (
	wordToken   tokenKind = iota
	punctToken            // , ; : — ( ) " ' and an inner ellipsis
	symbolToken           // emoji and other pictographs, one per cluster
)

// tokenFlags are facts about a token's context, set by the tokenizer and by
// the engine's scope passes.
type tokenFlags uint16

const (
	flagLineStart    tokenFlags = 1 << iota // first token on its line
	flagOpenQuote                           // a ' that could open a quotation
	flagCloseQuote                          // a ' that could close a quotation
	flagQuoted                              // inside a pair of quotation marks
	flagClauseBreak                         // ends a clause: punctuation or a conjunction such as "but"
	flagReported                            // reported speech of someone else ("you said …")
	flagSelfReport                          // the writer reporting their own words ("I told you …")
	flagHypothetical                        // inside an if-clause or another hypothetical frame
	flagVirtual                             // copied from a list header to give an item its subject
)

// token is one unit the rules match: a word after contractions and the chat
// lexicon are expanded ("I'm" → "i" "am"), a punctuation mark, or a symbol.
type token struct {
	text       string // the form patterns match
	raw        string // the normalised word as typed, before the lexicon
	start, end int32  // byte offsets into the original text
	id         int32  // vocabulary id; 0 for words no rule mentions
	kind       tokenKind
	flags      tokenFlags
}

// sentence is a run of tokens ended by . ! ? … or a line break.
type sentence struct {
	from, to int  // token index range [from, to)
	question bool // ended with a question mark
	tagged   bool // a question only by its tag ("…, right?"): the rules read a statement
	finished bool // ended with . ! ? …, or by a line break followed by more text
	item     bool // a list item: bulleted, numbered, or a line under a header
	bullet   bool // began with a bullet or a number
	colon    bool // ends with ":" at the end of a line, so the lines below are its items
	header   int  // index of the list header this item belongs to, or -1
	newline  bool // ended by a line break rather than punctuation
	blank    bool // a blank line came before it
}

// spelling is one lexicon entry: the words a typed form stands for.
type spelling struct {
	words    []string        // one or two replacement words
	whenNext map[string]bool // if set, applies only when the next word is one of these
}

// lexicon holds the chat and typo spellings and the small word lists that
// read contractions and dots, all from the rule data (lexicon.rules). The
// lists hold words as typed, before the spellings.
type lexicon struct {
	spell     map[string][]spelling // first entry whose context fits wins
	pronounIs map[string]bool       // words whose "'s" means "is" rather than a possessive
	hasNext   map[string]bool       // words after which such an "'s" means "has"
	hadNext   map[string]bool       // words after which "'d" means "had" rather than "would"
	elisions  map[string]bool       // words that may begin with an apostrophe ("'cause")
	titles    map[string]bool       // words whose dot does not end a sentence ("Dr.")
	tags      map[string]bool       // words that after a comma only tag a statement ("…, right?")
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	if r >= 0xFE00 && r <= 0xFE0F { // variation selectors belong to emoji
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSymbolRune(r rune) bool {
	return r >= 0x1F000 || unicode.Is(unicode.So, r) || (r >= 0x2600 && r <= 0x27BF)
}

// isJoiner reports whether r continues the symbol before it (skin tones,
// variation selectors, the zero-width joiner, keycaps).
func isJoiner(r rune) bool {
	return r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0x1F3FB && r <= 0x1F3FF) || r == 0x20E3
}

// tokenizer turns normalised text into tokens grouped in sentences.
type tokenizer struct {
	lex    *lexicon
	vocab  map[string]int32
	n      normalized
	toks   []token
	sents  []sentence
	cur    sentence
	pend   bool // the next sentence starts on a new line
	blank  bool // ... after a blank line
	bullet bool // ... after a bullet
}

func isSpace(b byte) bool { return b == ' ' }

// tokenize splits the normalised text. vocab gives the ids of words the
// rules mention; lex expands chat spellings and reads contractions.
func tokenize(n normalized, lex *lexicon, vocab map[string]int32, toks []token, sents []sentence) ([]token, []sentence) {
	t := tokenizer{lex: lex, vocab: vocab, n: n, toks: toks[:0], sents: sents[:0]}
	t.cur.header = -1
	t.pend = true
	s := n.text
	newlines := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			newlines++
			t.endSentence(false, false, true)
			t.pend = true
			if newlines >= 2 {
				t.blank = true
			}
			i++
			continue
		case isSpace(c):
			i++
			continue
		}
		newlines = 0
		atLineStart := t.pend && t.cur.from == len(t.toks)
		if atLineStart {
			if n := bulletLen(s[i:]); n > 0 {
				t.bullet = true
				i += n
				continue
			}
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			i = t.word(i)
		case c == '\'' && i+1 < len(s) && (i == 0 || !isWordByteBefore(s, i)):
			if w := wordAt(s, i+1); t.lex.elisions[w] {
				i = t.word(i)
				break
			}
			t.punct(i, i+1, "'", flagOpenQuote)
			i++
		case c == '\'':
			var f tokenFlags
			if isWordByteBefore(s, i) && (i+1 == len(s) || !isWordByteAt(s, i+1)) {
				f = flagCloseQuote
			}
			t.punct(i, i+1, "'", f)
			i++
		case c == '-' && i > 0 && isWordByteBefore(s, i) && i+1 < len(s) && isWordByteAt(s, i+1):
			i++ // a hyphen inside a word joins like a space: "out-of-line" reads "out of line"
		case c == '.' || c == '!' || c == '?' || r == '…':
			i = t.terminator(i)
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			t.punct(i, i+2, "—", flagClauseBreak)
			i += 2
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || r == longDash || c == '-' || c == '[' || c == ']':
			text := s[i : i+size]
			var f tokenFlags
			switch c {
			case '"', '-':
			default:
				f = flagClauseBreak
			}
			if c == '-' {
				text = "—"
				f = flagClauseBreak
			}
			if c == '[' {
				text = "("
			} else if c == ']' {
				text = ")"
			}
			t.punct(i, i+size, text, f)
			i += size
		case isSymbolRune(r):
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if !isJoiner(r2) {
					break
				}
				j += s2
				if r2 == 0x200D && j < len(s) { // a joined sequence such as a family emoji
					if r3, s3 := utf8.DecodeRuneInString(s[j:]); isSymbolRune(r3) {
						j += s3
					}
				}
			}
			// Rules name the base symbol; skin tones and gender signs do not change it.
			t.add(token{text: s[i : i+size], raw: s[i:j], kind: symbolToken}, i, j)
			i = j
		default:
			i += size
		}
	}
	t.endSentence(false, false, false)
	t.linkHeaders()
	t.pairQuotes()
	return t.toks, t.sents
}

func isWordByteBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

func isWordByteAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// wordAt returns the run of word runes starting at i.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return s[i:j]
}

// bulletLen returns the length of a list marker ("- ", "• ", "2. ", "3) ")
// at the start of s, or 0.
func bulletLen(s string) int {
	for _, b := range []string{"- ", "* ", "• ", "· ", "‣ ", "◦ ", "▪ ", "— ", "+ "} {
		if strings.HasPrefix(s, b) {
			return len(b)
		}
	}
	j := 0
	for j < len(s) && j < 3 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j > 0 && j+1 < len(s) && (s[j] == '.' || s[j] == ')') && s[j+1] == ' ' {
		return j + 2
	}
	return 0
}

// add appends a token spanning normalised bytes [i, j).
func (t *tokenizer) add(tok token, i, j int) {
	tok.start, tok.end = t.n.orig[i], t.n.orig[j]
	if tok.kind == wordToken {
		tok.id = t.vocab[tok.text]
	}
	if t.pend {
		tok.flags |= flagLineStart
		t.pend = false
	}
	if len(t.toks) == t.cur.from {
		t.cur.blank, t.cur.bullet = t.blank, t.bullet
		t.blank, t.bullet = false, false
	}
	t.toks = append(t.toks, tok)
}

func (t *tokenizer) punct(i, j int, text string, f tokenFlags) {
	t.add(token{text: text, raw: text, kind: punctToken, flags: f}, i, j)
}

// terminator handles a run of . ! ? … starting at i.
func (t *tokenizer) terminator(i int) int {
	s := t.n.text
	if s[i] == '.' {
		// A dot inside a number, an initialism ("e.g.") or after a title is not an end.
		prev := ""
		if k := len(t.toks) - 1; k >= t.cur.from && t.toks[k].end == t.n.orig[i] {
			prev = t.toks[k].raw
		}
		next := i+1 < len(s) && isWordByteAt(s, i+1)
		if next && len(prev) > 0 && (len(prev) == 1 || isDigits(prev)) {
			return i + 1
		}
		if len(prev) == 1 && i >= 3 && s[i-2] == '.' { // the last dot of "e.g." or "i.e."
			return i + 1
		}
		if t.lex.titles[prev] {
			return i + 1
		}
	}
	j, question, dots := i, false, 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch r {
		case '?':
			question = true
		case '.', '…':
			dots++
		case '!':
		default:
			goto done
		}
		j += size
	}
done:
	onlyDots := !question && dots == j-i || (dots == 1 && s[i:j] == "…")
	if onlyDots && (dots > 1 || s[i:j] == "…") {
		// A trailing-off ellipsis joins thoughts inside a sentence, unless the line ends.
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k < len(s) && s[k] != '\n' {
			t.punct(i, j, "…", flagClauseBreak)
			return j
		}
	}
	// Closing quotes and brackets right after the mark belong to this sentence.
	for j < len(s) && (s[j] == '"' || s[j] == ')' || (s[j] == '\'' && (j+1 == len(s) || !isWordByteAt(s, j+1)))) {
		f := tokenFlags(0)
		if s[j] == '\'' {
			f = flagCloseQuote
		}
		t.punct(j, j+1, s[j:j+1], f)
		j++
	}
	t.endSentence(true, question, false)
	return j
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func (t *tokenizer) endSentence(terminated, question, newline bool) {
	if len(t.toks) == t.cur.from {
		return
	}
	t.cur.to = len(t.toks)
	t.cur.finished = terminated
	t.cur.question = question
	t.cur.tagged = question && t.tagged()
	t.cur.newline = newline
	if newline && t.toks[t.cur.to-1].text == ":" {
		t.cur.colon = true
	}
	t.sents = append(t.sents, t.cur)
	t.cur = sentence{from: len(t.toks), header: -1}
}

// tagged reports whether the sentence being ended is a statement with a
// question tag after a comma ("…, remember?", "…, right?"), which reads as
// the statement it is.
func (t *tokenizer) tagged() bool {
	n := len(t.toks)
	if n-t.cur.from < 3 {
		return false
	}
	last, comma := &t.toks[n-1], &t.toks[n-2]
	return last.kind == wordToken && t.lex.tags[last.text] && comma.kind == punctToken && comma.text == ","
}

// linkHeaders marks list items and ties each to the header above it, and
// finishes sentences that a line break ended when more text follows.
func (t *tokenizer) linkHeaders() {
	for k := range t.sents {
		s := &t.sents[k]
		if s.newline && k < len(t.sents)-1 {
			s.finished = true
		}
		if s.bullet {
			s.item = true
		}
		if k == 0 {
			continue
		}
		prev := &t.sents[k-1]
		h := -1
		switch {
		case prev.colon:
			h = k - 1
		case prev.item && prev.header >= 0:
			h = prev.header
		}
		if h < 0 || t.toks[s.from].flags&flagLineStart == 0 {
			continue
		}
		if s.bullet || (!s.blank && !prev.bullet) {
			s.item = true
			s.header = h
		}
	}
}

// pairQuotes marks the tokens between matching quotation marks on one line.
func (t *tokenizer) pairQuotes() {
	openDouble, openSingle := -1, -1
	for k := range t.toks {
		tok := &t.toks[k]
		if tok.flags&flagLineStart != 0 {
			openDouble, openSingle = -1, -1
		}
		if tok.kind != punctToken {
			continue
		}
		switch {
		case tok.text == `"`:
			if openDouble < 0 {
				openDouble = k
				continue
			}
			t.markQuoted(openDouble+1, k)
			openDouble = -1
		case tok.text == "'" && openSingle >= 0 && tok.flags&flagCloseQuote != 0:
			t.markQuoted(openSingle+1, k)
			openSingle = -1
		case tok.text == "'" && tok.flags&flagOpenQuote != 0:
			openSingle = k
		}
	}
}

func (t *tokenizer) markQuoted(from, to int) {
	for k := from; k < to; k++ {
		t.toks[k].flags |= flagQuoted
	}
}

// word scans the word starting at i, expands contractions and the lexicon,
// and appends its tokens. It returns the index after the word.
func (t *tokenizer) word(i int) int {
	s := t.n.text
	j := i
	if s[j] == '\'' {
		j++
	}
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '\'' && j+1 < len(s) && isWordByteAt(s, j+1) {
			j++
			continue
		}
		break
	}
	w := s[i:j]
	next := t.nextWord(j)
	pieces, n := expandWord(w, next, t.lex)
	for _, p := range pieces[:n] {
		t.add(token{text: p.text, raw: w}, i+p.from, i+p.to)
	}
	return j
}

// nextWord peeks at the word after position j, skipping spaces only.
func (t *tokenizer) nextWord(j int) string {
	s := t.n.text
	for j < len(s) && s[j] == ' ' {
		j++
	}
	w := wordAt(s, j)
	if k := strings.IndexByte(w, '\''); k >= 0 {
		w = w[:k]
	}
	return w
}

// piece is one token cut from a typed word, with its byte range in the word.
type piece struct {
	text     string
	from, to int
}

// collapseRuns shortens runs of three or more of the same letter
// ("soooo" → "so", "sorryyy" → "sorry").
func collapseRuns(w string) string {
	run := false
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] && w[i] < utf8.RuneSelf {
			run = true
			break
		}
	}
	if !run {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i >= 1 && w[i] == w[i-1] && ((i+1 < len(w) && w[i+1] == w[i]) || (i >= 2 && w[i-2] == w[i])) {
			continue
		}
		b = append(b, w[i])
	}
	return string(b)
}

// expandWord splits a contraction and applies the lexicon. next is the
// following word, which decides context-dependent spellings ("your so" →
// "you are so", "I'd been" → "I had been").
func expandWord(w, next string, lex *lexicon) (out [2]piece, n int) {
	whole := piece{w, 0, len(w)}
	cw := collapseRuns(w)
	if sp, ok := lex.lookup(cw, next); ok {
		for k, x := range sp.words {
			out[k] = piece{x, 0, len(w)}
		}
		return out, len(sp.words)
	}
	k := strings.IndexByte(w, '\'')
	if k <= 0 {
		whole.text = cw
		return [2]piece{whole}, 1
	}
	stem, suffix := w[:k], w[k:]
	if strings.HasSuffix(w, "n't") {
		stem = w[:len(w)-3]
		cut := len(stem)
		switch stem {
		case "wo":
			stem = "will"
		case "ca":
			stem = "can"
		case "sha":
			stem = "shall"
		case "ai":
			stem = "is"
		}
		return [2]piece{{stem, 0, cut}, {"not", cut, len(w)}}, 2
	}
	var second string
	switch suffix {
	case "'m":
		second = "am"
	case "'re":
		second = "are"
	case "'ve":
		second = "have"
	case "'ll":
		second = "will"
	case "'d":
		second = "would"
		if lex.hadNext[next] {
			second = "had"
		}
	case "'s":
		switch {
		case stem == "let":
			second = "us"
		case lex.pronounIs[stem] && lex.hasNext[next]:
			second = "has"
		case lex.pronounIs[stem]:
			second = "is"
		default:
			return [2]piece{{stem, 0, len(w)}}, 1
		}
	default:
		return [2]piece{whole}, 1
	}
	if sp, ok := lex.lookup(stem, second); ok && len(sp.words) == 1 {
		stem = sp.words[0]
	}
	return [2]piece{{stem, 0, k}, {second, k, len(w)}}, 2
}

func (l *lexicon) lookup(w, next string) (spelling, bool) {
	for _, sp := range l.spell[w] {
		if sp.whenNext == nil || sp.whenNext[next] {
			return sp, true
		}
	}
	return spelling{}, false
}
