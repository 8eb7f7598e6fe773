package checker

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
)

// rule is one check from the rule data. A rule with evidence patterns
// looks for one of the five parts of an apology and reports it missing;
// a rule with match patterns reports harmful language where it matches.
type rule struct {
	id, category, severity string
	message, suggestion    string
	component              bool // evidence rule: reports a missing part
	// question is asked when the part may be there but the evidence is
	// weak. The rule with a question is the one the part classifier can
	// stand in for; a part's other rules (such as "I'm sorry" itself) must
	// still find their evidence.
	question string

	// The match or evidence patterns live in the rule set's shared tries;
	// these small tries hold the rule's context checks (nil when unused).
	patterns int   // how many match or evidence patterns the rule has
	unless   *trie // anywhere in the sentence: do not fire
	before   *trie // ending right where the match starts: do not fire
	after    *trie // starting right where the match ends: do not fire
	needs    *trie // the sentence must also contain one of these
	escalate *trie // later in the sentence: severity becomes "error"

	inQuestions  bool // fire inside questions too
	inQuotes     bool // fire inside quotation marks too
	onlyQuotes   bool // fire only on quoted words
	inReports    bool // fire inside reported speech too
	inHypothesis bool // count evidence inside if-clauses
	postNegation bool // a following "…is no excuse" cancels it (phrase rules by default)
	// otherAgent fires only on another's act beside an apology: the
	// clause's nearest subject is not the writer, and this sentence or
	// the one before or after it says sorry (see otherActs).
	otherAgent bool
	// thirdAgent is otherAgent with someone other than the reader acting.
	thirdAgent bool
	// afterSorry fires only in the sentence right after one that says
	// sorry ("I'm sorry I said that. But you've been impossible.").
	afterSorry bool
	// afterApology fires only in a sentence that says sorry or comes
	// anywhere after one that does ("…I'll transfer it this week. Mind
	// you, you did leave the oven in a state.").
	afterApology bool
	// notHabit takes no evidence from a sentence that looks ahead only to
	// a change of habit (see habitOnly).
	notHabit bool
	// readsParts lets the part classifier still read a sentence the rule
	// fires in, where a hit otherwise keeps it from reading some parts
	// there (see analysis.blocked).
	readsParts bool
	// learned has no patterns: the harm classifier fires it on a sentence
	// with or after the apology that it is sure carries the rule's
	// category, when no other rule raised that category (see learned.go).
	// Its unless lines still keep it quiet, read in that sentence and in
	// the start of the next when that judges it (see verdictReach).
	learned bool

	unlessFound    []string // do not fire if these component rules found evidence
	unlessOverlaps []string // evidence does not count where these rules fired

	fire, pass []string // examples: drafts it must and must not fire on
	file       string
	index      int // position in ruleSet.rules
}

// ruleSet is the compiled rule data.
type ruleSet struct {
	rules  []*rule
	byID   map[string]int
	vocab  map[string]int32
	lex    *lexicon
	phrase trie // match patterns of phrase rules, owner = rule index
	// beside holds the match patterns of other-agent and after-sorry
	// rules, walked only in a sentence that says sorry or stands beside
	// one that does.
	beside   trie
	evidence trie // evidence patterns of component rules, owner = rule index

	// scope patterns the engine itself uses, from the lexicon data
	negation, pseudoNegation, postNegation trie
	// scopes holds HYPO, REPORT_OTHER, REPORT_SELF and EVAL in one trie,
	// each pattern owned by its scope kind, so one walk per token finds all.
	scopes trie
	// habit and fixes tell a change of habit ahead from an offer of repair
	// (see habitOnly).
	habit, fixes trie
	clauseBreak  *wordSet
	// negStop are the words that open a clause of its own ("when",
	// "while"): a negation before one does not reach past it.
	negStop *wordSet
	// linksOn and ourSide are LINKS_ON and OUR_SIDE, read by otherActs.
	linksOn, ourSide *wordSet
	// components is how many rules look for evidence of a part.
	components int
	model      *model // the part classifier; nil until a model is trained
	// harms is the harm classifier, one output per harm in harmSlots, and
	// harmRule the learned rule each output fires (-1 if none); see
	// learned.go.
	harms    *model
	harmRule [numParts]int
	// lateBar is the harm classifier's bar for a sentence further from
	// the apology than the next one (lateHarmBar).
	lateBar float64
	// mainRule is, per part, the index of the rule with a question: the one
	// the classifier may stand in for (-1 if none).
	mainRule [numParts]int
	// wordInfo is, per vocabulary id, what the part classifier's features
	// know about the word (its word lists, time, mood and role).
	wordInfo []wordInfo
}

// Severities, strongest first.
const (
	SeverityError      = "error"
	SeverityWarning    = "warning"
	SeveritySuggestion = "suggestion"
)

func severityRank(s string) int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeveritySuggestion:
		return 1
	}
	return 0
}

// Scope kinds, the owners of patterns in ruleSet.scopes.
const (
	scopeHypothesis int32 = iota
	scopeReportOther
	scopeReportSelf
	scopeEvaluation
	scopeKinds
)

// engineMacros are the defines the engine needs from the lexicon data.
var engineMacros = []string{"NEG", "PSEUDONEG", "POSTNEG", "CLAUSEBREAK", "HYPO", "REPORT_OTHER", "REPORT_SELF", "EVAL", "HABIT", "FIXES"}

// line is one logical line of a data file, with continuations joined.
type line struct {
	file string
	num  int
	text string
}

func (l line) errorf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", l.file, l.num, fmt.Sprintf(format, args...))
}

// ruleFiles is where the rule data is read from: the embedded files, or
// a test's own. Listing the directory (not fs.Glob, which brings path
// matching into app.wasm) is all readLines needs.
type ruleFiles interface {
	ReadDir(name string) ([]fs.DirEntry, error)
	ReadFile(name string) ([]byte, error)
}

// readLines reads every *.rules file, in name order, dropping comments
// and joining indented continuation lines to the line above.
func readLines(fsys ruleFiles) ([]line, error) {
	entries, err := fsys.ReadDir(".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".rules") {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.rules files in the rule data")
	}
	slices.Sort(names)
	var out []line
	for _, name := range names {
		b, err := fsys.ReadFile(name)
		if err != nil {
			return nil, err
		}
		for i, t := range strings.Split(string(b), "\n") {
			t = strings.TrimRight(t, " \t\r")
			trimmed := strings.TrimSpace(t)
			if trimmed == "" || strings.HasPrefix(trimmed, "#") {
				continue
			}
			if t[0] == ' ' || t[0] == '\t' {
				if len(out) == 0 || out[len(out)-1].file != name {
					return nil, fmt.Errorf("%s:%d: continuation line with nothing above it", name, i+1)
				}
				out[len(out)-1].text += " " + trimmed
				continue
			}
			out = append(out, line{name, i + 1, trimmed})
		}
	}
	return out, nil
}

// loadRules reads and compiles the rule data.
func loadRules(fsys ruleFiles) (*ruleSet, error) {
	lines, err := readLines(fsys)
	if err != nil {
		return nil, err
	}
	lex := &lexicon{spell: map[string][]spelling{}}
	c := &compiler{lex: lex, vocab: map[string]int32{}, defines: map[string]string{},
		macros: map[string][][]node{}, active: map[string]bool{}}
	// First pass: defines, then the tokenizer's word lists and the spellings
	// (which read contractions with those lists); all may be used before
	// they appear.
	var spells []line
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l.text, "spell "):
			spells = append(spells, l)
		case strings.HasPrefix(l.text, "define "):
			name, body, ok := strings.Cut(strings.TrimPrefix(l.text, "define "), "=")
			name = strings.TrimSpace(name)
			if !ok || name == "" || strings.ContainsAny(name, " {}|") {
				return nil, l.errorf("define needs the form: define NAME = phrase | phrase")
			}
			if _, dup := c.defines[name]; dup {
				return nil, l.errorf("%s is defined twice", name)
			}
			c.defines[name] = body
		}
	}
	for _, wl := range []struct {
		name string
		set  *map[string]bool
	}{
		{"PRONOUN_IS", &lex.pronounIs}, {"HAS_NEXT", &lex.hasNext}, {"HAD_NEXT", &lex.hadNext},
		{"ELISION", &lex.elisions}, {"TITLE", &lex.titles}, {"TAG", &lex.tags},
	} {
		if *wl.set, err = typedWords(c, wl.name); err != nil {
			return nil, err
		}
	}
	for _, l := range spells {
		if err := addSpelling(lex, l); err != nil {
			return nil, err
		}
	}
	rs := &ruleSet{byID: map[string]int{}, lex: lex}
	var cur *rule
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l.text, "spell "), strings.HasPrefix(l.text, "define "):
			cur = nil
			continue
		case strings.HasPrefix(l.text, "rule "):
			id := strings.TrimSpace(strings.TrimPrefix(l.text, "rule "))
			if id == "" || strings.Contains(id, " ") {
				return nil, l.errorf("rule needs one id, like: rule EXC-01")
			}
			if _, dup := rs.byID[id]; dup {
				return nil, l.errorf("rule %s appears twice", id)
			}
			cur = &rule{id: id, file: l.file, postNegation: true, index: len(rs.rules)}
			rs.byID[id] = len(rs.rules)
			rs.rules = append(rs.rules, cur)
			continue
		}
		if cur == nil {
			return nil, l.errorf("expected rule, define or spell, got %q", l.text)
		}
		if err := cur.set(c, rs, l); err != nil {
			return nil, err
		}
	}
	rs.mainRule = [numParts]int{-1, -1, -1, -1, -1}
	rs.harmRule = [numParts]int{-1, -1, -1, -1, -1}
	for _, r := range rs.rules {
		if err := rs.validate(r); err != nil {
			return nil, err
		}
		if r.learned {
			k := slices.Index(harmSlots[:], r.category)
			if rs.harmRule[k] >= 0 {
				return nil, fmt.Errorf("%s: rule %s: %s already has a learned rule", r.file, r.id, r.category)
			}
			rs.harmRule[k] = r.index
		}
		if r.question != "" {
			rs.mainRule[slices.Index(Components, r.category)] = r.index
		}
		if r.component {
			rs.components++
		}
	}
	targets := map[string]struct {
		t     *trie
		owner int32
	}{
		"NEG": {&rs.negation, -1}, "PSEUDONEG": {&rs.pseudoNegation, -1}, "POSTNEG": {&rs.postNegation, -1},
		"HYPO": {&rs.scopes, scopeHypothesis}, "REPORT_OTHER": {&rs.scopes, scopeReportOther},
		"REPORT_SELF": {&rs.scopes, scopeReportSelf}, "EVAL": {&rs.scopes, scopeEvaluation},
		"HABIT": {&rs.habit, -1}, "FIXES": {&rs.fixes, -1},
	}
	for _, name := range engineMacros {
		if _, ok := c.defines[name]; !ok {
			return nil, fmt.Errorf("the lexicon must define %s", name)
		}
		p, err := c.compile("{" + name + "}")
		if err != nil {
			return nil, err
		}
		if tg, ok := targets[name]; ok {
			if err := tg.t.add(p, tg.owner); err != nil {
				return nil, err
			}
		}
	}
	breaks, ok := c.asSet(mustMacro(c, "CLAUSEBREAK"))
	if !ok {
		return nil, fmt.Errorf("CLAUSEBREAK must list single words")
	}
	rs.clauseBreak = breaks
	for _, w := range []struct {
		name string
		set  **wordSet
	}{{"NEGSTOP", &rs.negStop}, {"LINKS_ON", &rs.linksOn}, {"OUR_SIDE", &rs.ourSide}} {
		if *w.set, ok = c.asSet(mustMacro(c, w.name)); !ok {
			return nil, fmt.Errorf("%s must list single words", w.name)
		}
	}
	classes, err := newClassSet(c.defines)
	if err != nil {
		return nil, err
	}
	// Every word the features know gets an id, so tokens carry it; in
	// sorted order, so the ids are the same on every run.
	for _, w := range slices.Sorted(maps.Keys(classes)) {
		c.wordID(w)
	}
	rs.wordInfo = make([]wordInfo, len(c.words))
	for w, info := range classes {
		rs.wordInfo[c.vocab[w]] = info
	}
	rs.vocab = c.vocab
	n := len(c.words)
	for _, t := range []*trie{&rs.negation, &rs.pseudoNegation, &rs.postNegation, &rs.habit, &rs.fixes} {
		t.finish(n, false)
	}
	rs.scopes.finish(n, true)
	for _, r := range rs.rules {
		for _, t := range []*trie{r.unless, r.before, r.after, r.needs, r.escalate} {
			if t != nil {
				t.finish(n, false)
			}
		}
	}
	rs.phrase.finish(n, true)
	rs.beside.finish(n, true)
	rs.evidence.finish(n, true)
	return rs, nil
}

// typedWords reads a define the tokenizer uses as a set of words compared
// as typed, so each entry must be one lower-case word without apostrophes.
func typedWords(c *compiler, name string) (map[string]bool, error) {
	body, ok := c.defines[name]
	if !ok {
		return nil, fmt.Errorf("the lexicon must define %s", name)
	}
	set := map[string]bool{}
	for _, alt := range strings.Split(body, "|") {
		w := strings.TrimSpace(alt)
		if w == "" || wordAt(normalize(w).text, 0) != w {
			return nil, fmt.Errorf("%s must list single lower-case words without apostrophes, not %q", name, w)
		}
		set[w] = true
	}
	return set, nil
}

func mustMacro(c *compiler, name string) [][]node {
	m, _ := c.macro(name)
	return m
}

// addSpelling reads "spell a b c = replacement" with an optional
// "/ next: w1 w2" restricting it to those following words.
func addSpelling(lex *lexicon, l line) error {
	body := strings.TrimPrefix(l.text, "spell ")
	var next map[string]bool
	if k := strings.Index(body, "/ next:"); k >= 0 {
		next = map[string]bool{}
		for _, w := range strings.Fields(body[k+len("/ next:"):]) {
			next[w] = true
		}
		body = body[:k]
	}
	from, to, ok := strings.Cut(body, "=")
	var words []string
	bare := *lex // the replacement is read with the word lists but no spellings
	bare.spell = nil
	for _, w := range strings.Fields(normalize(to).text) {
		pieces, n := expandWord(w, "", &bare)
		for _, p := range pieces[:n] {
			words = append(words, p.text)
		}
	}
	if !ok || len(strings.Fields(from)) == 0 || len(words) == 0 || len(words) > 2 {
		return l.errorf("spell needs the form: spell typed forms = one or two words")
	}
	for _, f := range strings.Fields(from) {
		f = normalize(f).text
		for _, old := range lex.spell[f] {
			if old.whenNext == nil {
				return l.errorf("%q already has a spelling for every context; put the narrower one first", f)
			}
		}
		lex.spell[f] = append(lex.spell[f], spelling{words: words, whenNext: next})
	}
	return nil
}

// set applies one "key: value" line to the rule.
func (r *rule) set(c *compiler, rs *ruleSet, l line) error {
	key, value, ok := strings.Cut(l.text, ":")
	if !ok {
		return l.errorf("expected key: value, got %q", l.text)
	}
	value = strings.TrimSpace(value)
	if value == "" {
		return l.errorf("%s has no value", key)
	}
	compile := func(dst *trie, owner int32) error {
		// " | " with spaces separates whole patterns; "a|b" inside one is a choice of words.
		for _, src := range splitTop(value, " | ") {
			p, err := c.compile(src)
			if err != nil {
				return l.errorf("%v", err)
			}
			for _, q := range c.splitLead(p) {
				if err := dst.add(q, owner); err != nil {
					return l.errorf("%v", err)
				}
			}
			if owner >= 0 {
				r.patterns++
			}
		}
		return nil
	}
	own := func(t **trie) *trie { // the rule's own small trie, made on first use
		if *t == nil {
			*t = &trie{}
		}
		return *t
	}
	switch key {
	case "category":
		r.category = value
	case "severity":
		r.severity = value
	case "message":
		r.message = value
	case "suggestion":
		r.suggestion = value
	case "question":
		r.question = value
	case "match":
		if r.component {
			return l.errorf("a rule has either match or evidence lines, not both")
		}
		if r.otherAgent || r.afterSorry {
			return compile(&rs.beside, int32(r.index))
		}
		return compile(&rs.phrase, int32(r.index))
	case "evidence":
		if r.patterns > 0 && !r.component {
			return l.errorf("a rule has either match or evidence lines, not both")
		}
		r.component = true
		r.postNegation = false
		return compile(&rs.evidence, int32(r.index))
	case "unless":
		return compile(own(&r.unless), -1)
	case "unless-before":
		return compile(own(&r.before), -1)
	case "unless-after":
		return compile(own(&r.after), -1)
	case "needs":
		return compile(own(&r.needs), -1)
	case "escalate":
		return compile(own(&r.escalate), -1)
	case "unless-found":
		r.unlessFound = append(r.unlessFound, strings.Fields(value)...)
	case "unless-overlaps":
		r.unlessOverlaps = append(r.unlessOverlaps, strings.Fields(value)...)
	case "options":
		for _, o := range strings.Fields(value) {
			switch o {
			case "questions":
				r.inQuestions = true
			case "quotes":
				r.inQuotes = true
			case "only-quotes":
				r.onlyQuotes = true
			case "reports":
				r.inReports = true
			case "hypothetical":
				r.inHypothesis = true
			case "no-post-negation":
				r.postNegation = false
			case "other-agent", "third-agent":
				if r.patterns > 0 {
					return l.errorf("options: %s must come before the rule's match lines", o)
				}
				r.otherAgent, r.thirdAgent = true, o == "third-agent"
			case "after-sorry":
				if r.patterns > 0 {
					return l.errorf("options: %s must come before the rule's match lines", o)
				}
				r.afterSorry = true
			case "after-apology":
				r.afterApology = true
			case "learned":
				r.learned = true
			case "not-habit":
				r.notHabit = true
			case "reads-parts":
				r.readsParts = true
			default:
				return l.errorf("unknown option %q", o)
			}
		}
	case "fire":
		r.fire = append(r.fire, value)
	case "pass":
		r.pass = append(r.pass, value)
	default:
		return l.errorf("unknown key %q", key)
	}
	return nil
}

func (rs *ruleSet) validate(r *rule) error {
	where := fmt.Sprintf("%s: rule %s", r.file, r.id)
	switch {
	case !validCategory(r.category):
		return fmt.Errorf("%s: unknown category %q", where, r.category)
	case severityRank(r.severity) == 0:
		return fmt.Errorf("%s: severity must be error, warning or suggestion, not %q", where, r.severity)
	case r.message == "" || r.suggestion == "":
		return fmt.Errorf("%s: needs a message and a suggestion", where)
	case r.learned && (r.patterns > 0 || !slices.Contains(harmSlots[:], r.category)):
		return fmt.Errorf("%s: a learned rule has no match lines and is of a category in harmSlots", where)
	case r.patterns == 0 && !r.learned:
		return fmt.Errorf("%s: needs match or evidence lines", where)
	case r.component && !isComponent(r.category):
		return fmt.Errorf("%s: evidence rules must be in a component category, not %q", where, r.category)
	case r.question != "" && !r.component:
		return fmt.Errorf("%s: only evidence rules ask a question", where)
	}
	for _, id := range append(append([]string{}, r.unlessFound...), r.unlessOverlaps...) {
		if _, ok := rs.byID[id]; !ok {
			return fmt.Errorf("%s: refers to unknown rule %s", where, id)
		}
	}
	for _, id := range r.unlessFound {
		if !rs.rules[rs.byID[id]].component {
			return fmt.Errorf("%s: unless-found must name evidence rules; %s is not one", where, id)
		}
	}
	for _, id := range r.unlessOverlaps {
		if rs.rules[rs.byID[id]].component {
			return fmt.Errorf("%s: unless-overlaps must name match rules; %s is not one", where, id)
		}
	}
	return nil
}
