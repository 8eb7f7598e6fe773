package checker

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// hit is one place a rule fired (phrase rules) or found its evidence
// (component rules), as byte offsets into the original text.
type hit struct {
	rule       int
	start, end int32
	severity   string
}

// analysis is everything the engine learned about one draft.
type analysis struct {
	rs       *ruleSet
	text     string
	toks     []token
	sents    []sentence
	hits     []hit  // phrase rules that fired
	evidence []hit  // per rule index; end < 0 when none was found
	found    []bool // per rule index: component evidence found
	nFound   int    // how many component rules have found their evidence
	finished bool   // the draft has at least one finished sentence
	settled  bool   // the writer has finished: no sentence is still being typed
	deferred []hit  // phrase hits waiting on unless-found
	matches  []trieMatch
	scratch  []trieMatch // for the scope tries, separate from matches

	// The part classifier's view: each sentence's feature hashes.
	fz        featurizer
	keepFeats bool       // keep each sentence's features (for training)
	feats     [][]uint32 // each sentence's feature hashes, when keepFeats
	// The feature hashes of each clause of a long unpunctuated sentence,
	// read on their own as well (see nextChunk), when keepFeats.
	chunkFeats [][]uint32
	// The parts the rules do not let the classifier read in each of feats
	// and chunkFeats (bit k: part k), when keepFeats.
	featsBlocked, chunkBlocked []uint8
	// The feature hashes of each sentence the harm classifier reads, when
	// keepFeats.
	harmFeats [][]uint32
	toScore   []toScore // the sentences, as the classifier will read them
	readFeats []uint32  // the features the harm classifier took (see toScore.read)
	// Per part, the highest probability the classifier gave any sentence,
	// and that sentence's index (-1 when there is none).
	partProb [numParts]float64
	partSent [numParts]int
	// Per harm in harmSlots, the surest sentence the harm classifier
	// would raise it on (harmProb 0 when none) and its byte span; see
	// learned.go.
	harmProb [numParts]float64
	harmSpan [numParts][2]int32

	// Per rule, the memo of its sentence-wide checks, so a long sentence
	// with many matches stays linear; see ruleMemo.
	memos []ruleMemo
	sent  int32 // 1 + the index of the sentence being read, for ruleMemo.sent
	said  uint8 // which of the sentences around it say sorry (see noteSorry)
	// habitSent is a.sent when habit holds habitOnly's answer for it.
	habitSent int32
	habit     bool

	// The folded text's bytes and offsets, kept for the next reading (see
	// spare).
	buf  []byte
	orig []int32
}

// resized returns s with n zero elements, reusing its array when it can.
func resized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// view is one sentence as the rules see it: its tokens, preceded (for a
// list item) by its header's tokens marked virtual.
type view struct {
	toks     []token
	first    int // index of the first real word, for ^
	question bool
	hasEval  bool // the sentence judges quoted or reported words ("that was wrong")
	// negHeader is set for a list item whose header is negated ("Things I
	// won't say again:"), which negates every item under it.
	negHeader bool
	// verdict is the start of the next sentence when it looks back at this
	// one (see verdictReach): a phrase rule's unless is read there too.
	verdict []token
}

// verdictReach is how many tokens of the next sentence a phrase rule's
// unless reads, when that sentence opens with "that", "it", "but", "not"
// and the like: it judges this one ("I was tired. That doesn't make it
// okay.", "You were right. But that's on me."). Rules read one sentence
// at a time; this is the one step past it they take.
const verdictReach = 12

func analyze(rs *ruleSet, text string) *analysis { return analyzeFor(rs, text, 0) }

// readMode says how a draft is read.
type readMode uint8

const (
	// readFeats keeps each sentence's classifier features (for training).
	readFeats readMode = 1 << iota
	// readSettled reads a draft the writer has finished: its last
	// sentence counts as ended even without a full stop, so rules that
	// look at what follows a phrase may fire there, and missing parts are
	// reported even when the draft is one unpunctuated line.
	readSettled
)

// spare keeps a finished reading's buffers for the next one. A reading
// per keystroke would otherwise allocate its tokens, offsets and per-rule
// tables anew each time, and the collections that allocation sets off
// scan the whole compiled rule set, which costs more than a reading.
var spare sync.Pool

// recycle hands a's buffers to the next reading; a must not be used
// afterwards. A reading that kept its features for training is not
// recycled, as its caller goes on to read them.
func (a *analysis) recycle() {
	if !a.keepFeats {
		spare.Put(a)
	}
}

// analyzeFor is analyze, in the given mode.
func analyzeFor(rs *ruleSet, text string, mode readMode) *analysis {
	a, _ := spare.Get().(*analysis)
	if a == nil {
		a = &analysis{scratch: make([]trieMatch, 0, 16), matches: make([]trieMatch, 0, 32)}
	}
	last := *a
	*a = analysis{
		rs: rs, text: text, keepFeats: mode&readFeats != 0, settled: mode&readSettled != 0,
		scratch: last.scratch[:0], matches: last.matches[:0], hits: last.hits[:0],
		toScore: last.toScore[:0], readFeats: last.readFeats[:0], buf: last.buf, orig: last.orig,
		fz: featurizer{info: rs.wordInfo, out: last.fz.out[:0], words: last.fz.words[:0], cls: last.fz.cls[:0], neg: last.fz.neg[:0], frame: last.fz.frame[:0]},
	}
	a.partSent = [numParts]int{-1, -1, -1, -1, -1}
	n, buf := normalizeInto(text, last.buf, last.orig)
	a.buf, a.orig = buf, n.orig
	a.toks, a.sents = tokenize(n, rs.lex, rs.vocab, slices.Grow(last.toks[:0], len(text)/4+8), slices.Grow(last.sents[:0], len(text)/60+4))
	a.found = resized(last.found, len(rs.rules))
	a.evidence = resized(last.evidence, len(rs.rules))
	for i := range a.evidence {
		a.evidence[i] = hit{rule: i, start: -1, end: -1}
	}
	a.memos = resized(last.memos, len(rs.rules))
	for k := range a.toks {
		if t := &a.toks[k]; t.kind == wordToken && rs.clauseBreak.has(t.id) {
			t.flags |= flagClauseBreak
		}
	}
	var scratch []token
	for si := range a.sents {
		s := &a.sents[si]
		if s.finished || a.settled {
			a.finished = true
		}
		v := view{toks: a.toks[s.from:s.to], question: s.question && !s.tagged}
		a.sent = int32(si) + 1 // every rule's memo is now stale
		a.noteSorry(si)
		if s.header >= 0 {
			h := a.sents[s.header]
			scratch = scratch[:0]
			// Only the end of the header frames its items ("…, what I'll do:").
			from := max(h.from, h.to-headerFrame)
			for _, t := range a.toks[from:h.to] {
				if t.kind == punctToken && t.text == ":" {
					continue
				}
				t.flags |= flagVirtual
				t.flags &^= flagClauseBreak
				scratch = append(scratch, t)
			}
			v.first = len(scratch)
			if _, _, neg := rs.negation.find(scratch, 0, len(scratch), 0, a.scratch); neg {
				_, _, pseudo := rs.pseudoNegation.find(scratch, 0, len(scratch), 0, a.scratch)
				v.negHeader = !pseudo
			}
			scratch = append(scratch, a.toks[s.from:s.to]...)
			v.toks = scratch
		}
		for v.first < len(v.toks) && v.toks[v.first].kind != wordToken {
			v.first++
		}
		a.markScopes(&v)
		if si+1 < len(a.sents) {
			n := a.toks[a.sents[si+1].from:a.sents[si+1].to]
			if t := n[0]; t.kind == wordToken && (t.flags&flagClauseBreak != 0 || a.fz.info[t.id]&infoNeg != 0 || a.fz.info[t.id].role() == roleIt) {
				v.verdict = n[:min(len(n), verdictReach)]
			}
			// "I called it a joke. That was wrong." judges the words one
			// sentence later. Only a rule match on the writer's reported
			// words reads hasEval, so a sentence with none skips this.
			if !v.hasEval && slices.ContainsFunc(v.toks, func(t token) bool { return t.flags&flagSelfReport != 0 }) {
				v.hasEval = a.judges(n)
			}
		}
		sentHits := len(a.hits)
		a.runSentence(&v)
		a.noteSentence(si, &v, a.hits[sentHits:])
		a.readHarms(si, &v)
	}
	a.scoreSentences()
	a.resolveDeferred()
	a.addLearned()
	return a
}

// headerFrame is how many tokens at the end of a list header are carried
// into each item.
const headerFrame = 12

// markScopes flags hypothetical frames and reported speech, each running
// from its trigger to the end of the clause, and notes whether the sentence
// judges the writer's own words.
func (a *analysis) markScopes(v *view) {
	rs := a.rs
	t := v.toks
	flags := [scopeKinds]tokenFlags{flagHypothetical, flagReported, flagSelfReport, 0}
	var next, until [scopeKinds]int // where each kind may match next; where its marking reached
	selfFrom := -1                  // where the words of the last self-report begin
	for i := range t {
		a.scratch = rs.scopes.matchAt(t, i, v.first, a.scratch[:0])
		var seen [scopeKinds]bool
		for _, m := range a.scratch {
			kind := rs.scopes.owner[m.pat]
			if seen[kind] || i < next[kind] {
				continue
			}
			seen[kind] = true
			next[kind] = max(m.end, i+1)
			if kind == scopeEvaluation {
				// "I said sorry, so …" reports the apology itself, not a
				// verdict on earlier words: what follows is the writer's now.
				if i != selfFrom || !a.saysSorry(t[i:m.end]) {
					v.hasEval = true
				}
				continue
			}
			k := m.end // a report covers the words after its frame
			if kind == scopeReportSelf {
				selfFrom = k
			}
			if kind == scopeHypothesis {
				k = i // "if" itself starts the hypothetical
			}
			if k < until[kind] { // scopes run to the clause end, so this one is already marked
				continue
			}
			for from := k; k < len(t) && (k == i || t[k].flags&flagClauseBreak == 0); k++ {
				// The writer's own words, reported ("i said ur cooking
				// tasted like school dinners"), stop where an unpunctuated
				// run starts a clause of the writer's now ("i didnt mean to
				// hurt u"), as nextChunk reads a run-on. Only "i": "…
				// made it sound like you were the one who cheated" is
				// still what was said.
				if kind == scopeReportSelf && k > from && t[k].text == "i" && runOnSubject(a.fz.info[t[k-1].id], t[k].text, k-from) {
					break
				}
				t[k].flags |= flags[kind]
			}
			until[kind] = k
		}
	}
}

// saysSorry reports whether t holds a word of apology ("sorry",
// "apologize").
func (a *analysis) saysSorry(t []token) bool {
	for _, w := range t {
		if w.kind == wordToken && a.fz.info[w.id]&sorryBit != 0 {
			return true
		}
	}
	return false
}

// judges reports whether a sentence's tokens contain an evaluation ("that
// was wrong") of the writer's own words.
func (a *analysis) judges(t []token) bool {
	for i := range t {
		a.scratch = a.rs.scopes.matchAt(t, i, 0, a.scratch[:0])
		for _, m := range a.scratch {
			if a.rs.scopes.owner[m.pat] == scopeEvaluation {
				return true
			}
		}
	}
	return false
}

// runSentence tries every rule on one sentence.
func (a *analysis) runSentence(v *view) {
	rs := a.rs
	t := v.toks
	sentStart := len(a.hits)
	a.runPhrases(v, &rs.phrase)
	if a.said&saidBeside != 0 { // this sentence or one beside it says sorry
		a.runPhrases(v, &rs.beside)
	}
	sentHits := a.hits[sentStart:]
	if a.nFound == rs.components {
		return // every part's evidence is in: later sentences add none
	}
	for i := range t {
		a.matches = rs.evidence.matchAt(t, i, v.first, a.matches[:0])
		for _, m := range a.matches {
			ri := int(rs.evidence.owner[m.pat])
			if a.found[ri] {
				continue
			}
			r := rs.rules[ri]
			if _, ok := a.accept(r, v, i, m.end); !ok {
				continue
			}
			h, ok := a.span(ri, t, i, m.end)
			if !ok || a.overlapsRule(r, h, sentHits) {
				continue
			}
			a.found[ri], a.evidence[ri] = true, h
			a.nFound++
		}
	}
}

// runPhrases tries the match patterns of one trie of phrase rules on a
// sentence.
func (a *analysis) runPhrases(v *view, tr *trie) {
	t := v.toks
	for i := range t {
		a.matches = tr.matchAt(t, i, v.first, a.matches[:0])
		for _, m := range a.matches {
			ri := int(tr.owner[m.pat])
			r := a.rs.rules[ri]
			sev, ok := a.accept(r, v, i, m.end)
			if !ok {
				continue
			}
			h, ok := a.span(ri, t, i, m.end)
			if !ok {
				continue
			}
			h.severity = sev
			if len(r.unlessFound) > 0 {
				a.deferred = append(a.deferred, h)
				continue
			}
			a.hits = append(a.hits, h)
		}
	}
}

// span turns token range [i, end) into byte offsets, leaving out virtual
// header tokens; ok is false when nothing real is left.
func (a *analysis) span(ri int, t []token, i, end int) (hit, bool) {
	for i < end && t[i].flags&flagVirtual != 0 {
		i++
	}
	for end > i && t[end-1].flags&flagVirtual != 0 {
		end--
	}
	if i >= end {
		return hit{}, false
	}
	return hit{rule: ri, start: t[i].start, end: t[end-1].end}, true
}

func (a *analysis) overlapsRule(r *rule, h hit, hits []hit) bool {
	for _, id := range r.unlessOverlaps {
		ri := a.rs.byID[id]
		for _, x := range hits {
			if x.rule == ri && x.start < h.end && h.start < x.end {
				return true
			}
		}
	}
	return false
}

// unlessHolds reports whether rule r's unless lines keep it quiet in the
// sentence v: they match in it, or, for a rule that is not a part's
// evidence, in the start of the next sentence when that judges this one
// ("I was tired. That doesn't make it okay."; see verdictReach).
func (a *analysis) unlessHolds(r *rule, v *view) bool {
	if r.unless == nil {
		return false
	}
	if a.anyMatch(r.unless, v, 0) {
		return true
	}
	if r.component || v.verdict == nil {
		return false
	}
	_, _, ok := r.unless.find(v.verdict, 0, len(v.verdict), 0, a.scratch)
	return ok
}

// accept applies a rule's context checks to a match of tokens [i, end) and
// returns the severity it fires with.
func (a *analysis) accept(r *rule, v *view, i, end int) (string, bool) {
	t := v.toks
	if v.question && !r.inQuestions {
		return "", false
	}
	// A match is quoted or reported when it starts or ends inside the quote
	// or report; a long match may pass over quoted words on its way.
	first, last := t[i].flags, t[end-1].flags
	quotedEnd := (first|last)&flagQuoted != 0
	quotedAny := false
	for k := i; k < end; k++ {
		quotedAny = quotedAny || t[k].flags&flagQuoted != 0
	}
	reported := (first|last)&flagReported != 0
	selfReport := (first|last)&flagSelfReport != 0
	hypothetical := first&flagHypothetical != 0
	switch {
	case r.onlyQuotes && !quotedAny, quotedEnd && !r.inQuotes && !r.onlyQuotes:
		return "", false
	case !r.inReports && reported:
		return "", false
	case !r.inReports && !r.component && selfReport && v.hasEval:
		// The writer judging their own earlier words is not using them now;
		// as evidence, though, those words are exactly what they did.
		return "", false
	case r.component && hypothetical && !r.inHypothesis:
		return "", false
	case r.otherAgent && !a.otherActs(v, i, r.thirdAgent):
		return "", false // cheap, and most such matches stop here
	case r.afterSorry && a.said&saidBefore == 0, r.afterApology && a.said&(saidHere|saidEarlier) == 0:
		return "", false
	case r.notHabit && a.habitOnly(v):
		return "", false
	case a.negated(v, i, end, r):
		return "", false
	}
	m := &a.memos[r.index]
	if m.sent != a.sent {
		*m = ruleMemo{sent: a.sent, escalate: -2}
	}
	if r.unless != nil && memo(&m.unless, func() bool { return a.unlessHolds(r, v) }) {
		return "", false
	}
	if r.before != nil {
		for q := max(0, i-8); q < i; q++ {
			a.scratch = r.before.matchAt(t, q, v.first, a.scratch[:0])
			for _, m := range a.scratch {
				if m.end == i {
					return "", false
				}
			}
		}
	}
	if r.after != nil {
		if !a.settled && end == len(t) && int(t[end-1].end) == len(a.text) {
			return "", false // the person is still typing the words that decide it
		}
		if _, ok := r.after.matchesAt(t, end, v.first, a.scratch); ok {
			return "", false
		}
	}
	if r.needs != nil && !memo(&m.needs, func() bool { return a.anyMatch(r.needs, v, 0) }) {
		return "", false
	}
	sev := r.severity
	if r.escalate != nil {
		if m.escalate == -2 {
			m.escalate = int32(a.lastMatch(r.escalate, v))
		}
		if int(m.escalate) >= end {
			sev = SeverityError
		}
	}
	return sev, true
}

// ruleMemo is what one rule's sentence-wide checks found in one sentence.
// It holds only while sent is analysis.sent: a new sentence makes every
// memo stale at once, with no clearing.
type ruleMemo struct {
	sent          int32
	escalate      int32 // rightmost start of an escalate match; -1 none; -2 unknown
	unless, needs int8  // 0 unknown, 1 no, 2 yes
}

// memo evaluates f once and caches the answer in m.
func memo(m *int8, f func() bool) bool {
	if *m == 0 {
		*m = 1
		if f() {
			*m = 2
		}
	}
	return *m == 2
}

// anyMatch reports whether t matches anywhere in the sentence from token from.
func (a *analysis) anyMatch(t *trie, v *view, from int) bool {
	_, _, ok := t.find(v.toks, from, len(v.toks), v.first, a.scratch)
	return ok
}

// lastMatch returns the rightmost token where t matches, or -1.
func (a *analysis) lastMatch(t *trie, v *view) int {
	for i := len(v.toks) - 1; i >= 0; i-- {
		if _, ok := t.matchesAt(v.toks, i, v.first, a.scratch); ok {
			return i
		}
	}
	return -1
}

// negationWindow is how many tokens before a match a negation still reaches.
const negationWindow = 6

// postNegationWindow is how far after a match "…is no excuse" may start.
const postNegationWindow = 10

// negated reports whether a negation governs the match: a trigger such as
// "not" or "I won't" shortly before it in the same clause, or (for phrase
// rules) a verdict such as "is no excuse" after it in the same sentence.
func (a *analysis) negated(v *view, i, end int, r *rule) bool {
	rs := a.rs
	t := v.toks
	if v.negHeader && !r.component && t[i].flags&flagVirtual == 0 {
		return true
	}
	// A match that opens a clause with "but" ("…, but you kept…") is
	// reached only by a negation right before it ("not but…"); "because"
	// and the like, which a negation often governs ("I didn't yell because
	// you…"), stay in its reach.
	opens := t[i].flags&flagClauseBreak != 0 && a.fz.info[t[i].id]&infoOpens == 0
	for k := i - 1; k >= 0 && k >= i-negationWindow; k-- {
		if t[k].flags&flagClauseBreak != 0 || newClause(t, k+1) || rs.negStop.has(t[k].id) {
			break
		}
		if e, ok := rs.negation.matchesAt(t, k, v.first, a.scratch); ok && e <= i && (!opens || e == i) {
			if _, pseudo := rs.pseudoNegation.matchesAt(t, k, v.first, a.scratch); !pseudo {
				return true
			}
		}
	}
	if r.postNegation {
		for k := end; k < len(t) && k < end+postNegationWindow; k++ {
			if _, ok := rs.postNegation.matchesAt(t, k, v.first, a.scratch); ok {
				return true
			}
		}
	}
	return false
}

// newClause reports whether token k starts a new clause without any
// punctuation, as in chat ("ill never do it again i swear …"): an "i"
// after a word that does not lead into it ("not that i", "because i").
// A negation before it does not reach past it.
func newClause(t []token, k int) bool {
	if k <= 0 || k >= len(t) || t[k].kind != wordToken || t[k].text != "i" || t[k-1].kind != wordToken {
		return false
	}
	return !leadsIn[t[k-1].text]
}

// leadsIn are the words after which "i" continues the clause before.
var leadsIn = map[string]bool{
	"that": true, "because": true, "if": true, "when": true, "whether": true, "and": true, "or": true,
	"say": true, "said": true, "saying": true, "think": true, "thought": true, "know": true, "knew": true,
	"mean": true, "meant": true, "pretend": true, "claim": true, "as": true, "what": true, "how": true,
	"why": true, "where": true, "cause": true, "since": true, "until": true, "than": true, "like": true,
	"then": true, "so": true, "but": true, "you": true, "tell": true, "told": true, "hear": true,
	"admit": true, "feel": true, "felt": true, "wish": true, "hope": true, "guess": true, "believe": true,
	"realize": true, "realized": true, "understand": true, "see": true, "pretending": true, "me": true,
}

// resolveDeferred keeps the hits whose unless-found evidence is absent.
func (a *analysis) resolveDeferred() {
	for _, h := range a.deferred {
		r := a.rs.rules[h.rule]
		blocked := false
		for _, id := range r.unlessFound {
			blocked = blocked || a.found[a.rs.byID[id]]
		}
		if !blocked {
			a.hits = append(a.hits, h)
		}
	}
	a.deferred = nil
}

// findings merges the hits so that, within a category, no two overlap
// (the stronger or earlier one stays), and sorts them in text order.
func (a *analysis) findings() []hit {
	hs := append([]hit(nil), a.hits...)
	rules := a.rs.rules
	sortHits(hs, func(x, y hit) int {
		if c := strings.Compare(rules[x.rule].category, rules[y.rule].category); c != 0 {
			return c
		}
		if x.start != y.start {
			return cmp.Compare(x.start, y.start)
		}
		if rx, ry := severityRank(x.severity), severityRank(y.severity); rx != ry {
			return cmp.Compare(ry, rx)
		}
		return cmp.Compare(y.end, x.end)
	})
	out := hs[:0]
	for _, h := range hs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if rules[last.rule].category == rules[h.rule].category && h.start < last.end {
				if severityRank(h.severity) > severityRank(last.severity) {
					*last = h
				}
				continue
			}
		}
		out = append(out, h)
	}
	sortHits(out, func(x, y hit) int {
		if x.start != y.start {
			return cmp.Compare(x.start, y.start)
		}
		if x.end != y.end {
			return cmp.Compare(x.end, y.end)
		}
		return strings.Compare(rules[x.rule].id, rules[y.rule].id)
	})
	return out
}
