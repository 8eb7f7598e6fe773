package checker

import "strings"

// The part classifier reads a sentence as features: what words it has,
// but also who acts in it (I, you, we, it), whether it looks back at
// what happened or forward to what will happen, and what is negated.
// Features are hashed to 32 bits; the model keeps weights only for the
// hashes it saw in training (see model.go), so nothing here allocates per
// feature.

// wordClasses are the word lists from the rule data whose single words
// become class features ("I ACT", "you FEELING"), so the classifier shares
// what the rule writers know about verbs of hurt, repair and change.
var wordClasses = []string{
	"ACT", "ACTING", "ACTPP", "BASEACT", "MYACT", "FEELING", "HARM", "REPAIR", "REPAIRED",
	"COMMITVERB", "BADWAY", "SORRYWORD", "STATE", "GENERIC", "INTENS",
}

// classSet holds, for each word, a bit per class in wordClasses.
type classSet map[string]uint16

// newClassSet collects the single words of each class from the defines.
func newClassSet(defines map[string]string) classSet {
	cs := classSet{}
	for bit, name := range wordClasses {
		for _, alt := range strings.Split(defines[name], "|") {
			w := strings.TrimSpace(alt)
			if w == "" || strings.ContainsAny(w, " {}()'") {
				continue
			}
			cs[w] |= 1 << bit
		}
	}
	return cs
}

// Words that set a clause's time and mood.
var (
	futureWords = map[string]bool{"will": true, "gonna": true, "tomorrow": true, "tonight": true,
		"promise": true, "plan": true, "commit": true, "going": true, "forward": true, "future": true,
		"next": true, "anymore": true, "again": true, "longer": true, "starting": true}
	offerWords = map[string]bool{"would": true, "could": true, "can": true, "let": true, "may": true,
		"want": true, "like": true, "love": true, "happy": true, "offer": true, "ready": true}
	pastWords = map[string]bool{"was": true, "were": true, "did": true, "had": true, "been": true,
		"made": true, "left": true, "took": true, "got": true, "went": true, "said": true, "told": true,
		"felt": true, "thought": true, "knew": true, "saw": true, "came": true, "gave": true, "kept": true,
		"yesterday": true, "last": true, "ago": true, "when": true}
	negWords = map[string]bool{"not": true, "never": true, "no": true, "without": true, "nothing": true}
	subjects = map[string]string{"i": "i", "me": "i", "my": "my", "myself": "i", "we": "we", "our": "we",
		"you": "you", "your": "your", "yourself": "you", "he": "3", "she": "3", "they": "3", "him": "3",
		"her": "3", "them": "3", "it": "it", "this": "it", "that": "it", "which": "it"}
)

// fnv-1a, 32 bits, fed in pieces so a feature is never built as a string.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func fnvAdd(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func feature(parts ...string) uint32 {
	h := fnvOffset
	for i, p := range parts {
		if i > 0 {
			h = fnvAdd(h, "\x1f")
		}
		h = fnvAdd(h, p)
	}
	return h
}

// featurizer turns one sentence's tokens into feature hashes, reusing its
// buffers from sentence to sentence.
type featurizer struct {
	classes classSet
	out     []uint32
	words   []string
	cls     []uint16
	neg     []bool
	frame   []uint8 // frameOwn, frameHypo or frameReport
}

// A word's frame: the writer's own statement, an if-clause or other
// hypothesis, or someone's quoted or reported words. Features in another
// frame are kept apart ("if I hurt you" is not "I hurt you").
const (
	frameOwn uint8 = iota
	frameHypo
	frameReport
)

// framed prefixes a feature kind with its frame.
var framed = map[string][3]string{}

func init() {
	for _, k := range []string{"u", "b", "n", "c", "pc", "nc", "cw", "s", "so", "sm", "som", "snm", "sv", "svv"} {
		framed[k] = [3]string{k, "h" + k, "r" + k}
	}
}

// sentenceFeatures appends the hashes of the sentence's features to
// f.out[:0] and returns them. The same feature may appear twice; the model
// counts it twice, in training and in use alike.
func (f *featurizer) sentenceFeatures(toks []token, question bool) []uint32 {
	f.out, f.words, f.cls, f.neg, f.frame = f.out[:0], f.words[:0], f.cls[:0], f.neg[:0], f.frame[:0]
	add := func(parts ...string) { f.out = append(f.out, feature(parts...)) }
	var fr uint8
	kind := func(k string) string { return framed[k][fr] }
	hypo := false
	// Words, with clause marks kept as "|" so bigrams and roles stop there.
	negated := false
	for i := range toks {
		t := &toks[i]
		if t.kind != wordToken {
			if t.flags&flagClauseBreak != 0 || t.text == "—" {
				f.words, f.cls, f.neg, f.frame = append(f.words, "|"), append(f.cls, 0), append(f.neg, false), append(f.frame, frameOwn)
				negated = false
			}
			continue
		}
		hypo = hypo || t.flags&flagHypothetical != 0
		w := t.text
		if len(w) > 24 {
			w = w[:24]
		}
		c := f.classes[w]
		if c == 0 && len(w) > 4 && strings.HasSuffix(w, "ed") {
			c = 1 << len(wordClasses) // an unknown past tense
		}
		if t.flags&flagClauseBreak != 0 {
			negated = false
		}
		fw := frameOwn
		switch {
		case t.flags&flagHypothetical != 0:
			fw = frameHypo
		case t.flags&(flagQuoted|flagReported) != 0:
			fw = frameReport
		}
		f.words, f.cls, f.neg, f.frame = append(f.words, w), append(f.cls, c), append(f.neg, negated), append(f.frame, fw)
		if negWords[w] {
			negated = true
		}
	}
	prev := "^"
	var prevCls uint16
	for i, w := range f.words {
		if w == "|" {
			prev, prevCls = "|", 0
			continue
		}
		fr = f.frame[i]
		add(kind("u"), w)
		add(kind("b"), prev, w)
		if f.neg[i] {
			add(kind("n"), w)
		}
		for bit := 0; bit <= len(wordClasses); bit++ {
			if f.cls[i]&(1<<bit) == 0 {
				continue
			}
			name := "ED"
			if bit < len(wordClasses) {
				name = wordClasses[bit]
			}
			add(kind("c"), name)
			add(kind("pc"), prev, name)
			if f.neg[i] {
				add(kind("nc"), name)
			}
		}
		for bit := 0; bit <= len(wordClasses); bit++ {
			if prevCls&(1<<bit) == 0 {
				continue
			}
			name := "ED"
			if bit < len(wordClasses) {
				name = wordClasses[bit]
			}
			add(kind("cw"), name, w)
		}
		prev, prevCls = w, f.cls[i]
	}
	// Each clause: who acts, who is acted on, and when.
	for from := 0; from < len(f.words); {
		to := from
		for to < len(f.words) && f.words[to] != "|" {
			to++
		}
		if from < to {
			fr = f.frame[from]
		}
		f.clause(f.words[from:to], f.cls[from:to], add, kind)
		from = to + 1
	}
	// How long the sentence is: "I'm sorry." alone names no act.
	nw := 0
	for _, w := range f.words {
		if w != "|" {
			nw++
		}
	}
	switch {
	case nw <= 3:
		add("len", "short")
	case nw <= 6:
		add("len", "mid")
	default:
		add("len", "long")
	}
	if question {
		add("q")
	}
	if hypo {
		add("hypo")
	}
	add("bias")
	return f.out
}

// clause adds the role and time features of one clause.
func (f *featurizer) clause(words []string, cls []uint16, add func(...string), kind func(string) string) {
	if len(words) == 0 {
		return
	}
	subj, obj := "none", "none"
	future, offer, past, neg := false, false, false, false
	for i, w := range words {
		if r, ok := subjects[w]; ok {
			if subj == "none" {
				subj = r
			} else if obj == "none" && r != subj {
				obj = r
			}
		}
		switch {
		case futureWords[w]:
			future = true
		case offerWords[w]:
			offer = true
		case pastWords[w]:
			past = true
		case negWords[w]:
			neg = true
		}
		const pastClasses = 1<<0 | 1<<2 | 1<<8 // ACT, ACTPP, REPAIRED
		if cls[i]&(pastClasses|1<<len(wordClasses)) != 0 {
			past = true
		}
	}
	mood := "now"
	switch {
	case future:
		mood = "fut"
	case offer:
		mood = "offer"
	case past:
		mood = "past"
	}
	add(kind("s"), subj)
	add(kind("so"), subj, obj)
	add(kind("sm"), subj, mood)
	add(kind("som"), subj, obj, mood)
	if neg {
		add(kind("snm"), subj, mood)
	}
	// The words right after the subject say what it does.
	for i, w := range words {
		if _, ok := subjects[w]; !ok || i+1 >= len(words) {
			continue
		}
		add(kind("sv"), subjects[w], words[i+1])
		if i+2 < len(words) {
			add(kind("svv"), subjects[w], words[i+1], words[i+2])
		}
		break
	}
}
