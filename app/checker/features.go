package checker

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

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

// sorryBit is the class bit of SORRYWORD.
var sorryBit = wordInfo(1) << slices.Index(wordClasses, "SORRYWORD")

// classSet holds, for each word the features care about, its wordInfo:
// a bit per class in wordClasses, its time and mood, and its role.
type classSet map[string]wordInfo

// wordInfo packs what a word tells the features, so one lookup finds it all.
type wordInfo uint32

const (
	edBit      wordInfo = 1 << 15 // an unknown word ending in -ed: a past act
	infoFuture wordInfo = 1 << (16 + iota)
	infoOffer
	infoPast
	infoNeg
	infoHelper // a helping word before the verb that says what a subject does
	// What the part states read (structure.go), not the classifier:
	infoNoAct          // a word that names no act (NAMES_NO_ACT)
	infoNoActVerb      // a verb after "I" that names no act (NO_ACT_VERBS)
	roleShift     = 24 // three bits: an index into roleNames
	// More for the part states, below and above the role.
	infoOpens     wordInfo = 1 << 16 // may come just before a clause's subject (SUBJECT_OPENERS)
	infoNotConseq wordInfo = 1 << 27 // says nothing of what happened to someone (NOT_CONSEQUENCE)
	infoConseq    wordInfo = 1 << 28 // what something did to people (CONSEQUENCE_VERBS)
	infoSubject   wordInfo = 1 << 29 // a subject pronoun (SUBJECTS)
	infoDoneTo    wordInfo = 1 << 30 // a verb whose object bears it (DONE_TO)
	infoToward    wordInfo = 1 << 31 // a word before those who bear it (TOWARD)
	// structInfo are the bits the classifier's features do not read.
	structInfo = infoNoAct | infoNoActVerb | infoNotConseq | infoConseq | infoOpens | infoSubject | infoDoneTo | infoToward
	roleBits   = 7 << roleShift
)

func (w wordInfo) role() int { return int(w&roleBits) >> roleShift }

// The roles a word may stand for (lexicon.rules ROLE_*), as role returns
// them; roleNames names each in the classifier's features.
const (
	roleNone  = iota
	roleI     // i, me
	roleMy    // my, mine
	roleWe    // we, our, us
	roleYou   // you
	roleYour  // your, yours
	roleOther // he, she, they
	roleIt    // it, this, that
)

// classBits are the class bits of a wordInfo, edBit included.
const classBits wordInfo = 1<<16 - 1

// className names class bit b: a list from wordClasses, or "ED".
func className(b int) string {
	if b < len(wordClasses) {
		return wordClasses[b]
	}
	return "ED"
}

var roleNames = [8]string{"none", "i", "my", "we", "you", "your", "3", "it"}

// wordLists are the lexicon's single-word lists (lexicon.rules) that set a
// word's time and mood, its negation, a helping verb, and who it stands
// for. A word counts once for time, in this order of kinds.
var wordLists = []struct {
	name string
	info wordInfo
}{
	{"TIME_AHEAD", infoFuture}, {"TIME_OFFER", infoOffer}, {"TIME_PAST", infoPast},
	{"NEG", infoNeg}, {"HELPERS", infoHelper},
	{"NAMES_NO_ACT", infoNoAct}, {"NO_ACT_VERBS", infoNoActVerb},
	{"NOT_CONSEQUENCE", infoNotConseq}, {"CONSEQUENCE_VERBS", infoConseq},
	{"SUBJECT_OPENERS", infoOpens}, {"SUBJECTS", infoSubject}, {"DONE_TO", infoDoneTo}, {"TOWARD", infoToward},
	{"ROLE_I", roleI << roleShift}, {"ROLE_MY", roleMy << roleShift}, {"ROLE_WE", roleWe << roleShift},
	{"ROLE_YOU", roleYou << roleShift}, {"ROLE_YOUR", roleYour << roleShift}, {"ROLE_OTHER", roleOther << roleShift},
	{"ROLE_IT", roleIt << roleShift},
}

// newClassSet collects the single words of each class and of each of the
// lexicon's word lists from the defines.
func newClassSet(defines map[string]string) (classSet, error) {
	cs := classSet{}
	words := func(name string) []string {
		var out []string
		for _, alt := range strings.Split(defines[name], "|") {
			w := strings.TrimSpace(alt)
			if w == "" || strings.ContainsAny(w, " {}()'") {
				continue
			}
			out = append(out, w)
		}
		return out
	}
	for bit, name := range wordClasses {
		for _, w := range words(name) {
			cs[w] |= 1 << bit
		}
	}
	for _, l := range wordLists {
		if _, ok := defines[l.name]; !ok {
			return nil, fmt.Errorf("the lexicon must define %s", l.name)
		}
		for _, w := range words(l.name) {
			if l.info&roleBits != 0 && cs[w].role() != roleNone {
				return nil, fmt.Errorf("%q stands for two roles", w)
			}
			cs[w] |= l.info
		}
	}
	return cs, nil
}

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

// featurizer turns one sentence's tokens into feature hashes, reusing its
// buffers from sentence to sentence.
type featurizer struct {
	info  []wordInfo // by vocabulary id
	out   []uint32
	words []string
	cls   []wordInfo
	neg   []bool
	frame []uint8 // frameOwn, frameHypo or frameReport
	fr    uint8   // the frame of the features being added
	// The draft's structure (structure.go), once read: ev+1, or 0.
	structure uint8
}

// A word's frame: the writer's own statement, an if-clause or other
// hypothesis, or someone's quoted or reported words. Features in another
// frame are kept apart ("if I hurt you" is not "I hurt you").
const (
	frameOwn uint8 = iota
	frameHypo
	frameReport
)

// fkind is a kind of feature; its name, prefixed by the frame ("h" for an
// if-clause, "r" for reported words), starts the feature's hash.
type fkind uint8

const (
	kU fkind = iota
	kB
	kN
	kC
	kPC
	kNC
	kS
	kSO
	kSM
	kSOM
	kSNM
	kSV
	kSMV
	kSMC
	kSNV
	kLen
	kQ
	kHypo
	kBias
	numKinds
)

var kindNames = [numKinds]string{"u", "b", "n", "c", "pc", "nc", "s", "so", "sm", "som", "snm", "sv", "smv", "smc", "snv", "len", "q", "hypo", "bias"}

// kindHash is each kind's hash in each frame: a few dozen small sums.
var kindHash = func() (h [numKinds][3]uint32) {
	for k, n := range kindNames {
		h[k] = [3]uint32{fnvAdd(fnvOffset, n), fnvAdd(fnvOffset, "h"+n), fnvAdd(fnvOffset, "r"+n)}
	}
	return h
}()

// classHash is the hash of each word class as a feature of kind kC and
// kNC, in each frame: what add would give, taken once.
var classHash = func() (h [2][3][16]uint32) {
	for i, k := range [2]fkind{kC, kNC} {
		for fr := range h[i] {
			for b := range h[i][fr] {
				h[i][fr][b] = hashPart(kindHash[k][fr], className(b))
			}
		}
	}
	return h
}()

// add appends the hash of one feature, in the current frame.
func (f *featurizer) add(k fkind, parts ...string) {
	h := kindHash[k][f.fr]
	for _, p := range parts {
		h = hashPart(h, p)
	}
	f.out = append(f.out, h)
}

// hashPart adds one part of a feature to its hash h, behind a separator.
func hashPart(h uint32, p string) uint32 {
	return fnvAdd((h^0x1f)*fnvPrime, p)
}

// sentenceFeatures appends the hashes of the sentence's features to
// f.out[:0] and returns them. The same feature may appear twice; the model
// counts it twice, in training and in use alike.
func (f *featurizer) sentenceFeatures(toks []token, question bool) []uint32 {
	f.out, f.words, f.cls, f.neg, f.frame = f.out[:0], f.words[:0], f.cls[:0], f.neg[:0], f.frame[:0]
	f.fr = frameOwn
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
		c := f.info[t.id]
		if c&^structInfo == 0 && len(w) > 4 && strings.HasSuffix(w, "ed") {
			c = edBit
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
		if c&infoNeg != 0 {
			negated = true
		}
	}
	prev := "^"
	for i, w := range f.words {
		if w == "|" {
			prev = "|"
			continue
		}
		f.fr = f.frame[i]
		f.add(kU, w)
		f.add(kB, prev, w)
		if f.neg[i] {
			f.add(kN, w)
		}
		// The class features, as add would hash them, the word before
		// hashed once for all of them.
		var pc uint32
		if f.cls[i]&classBits != 0 {
			pc = hashPart(kindHash[kPC][f.fr], prev)
		}
		for c := f.cls[i] & classBits; c != 0; c &= c - 1 {
			b := bits.TrailingZeros32(uint32(c))
			f.out = append(f.out, classHash[0][f.fr][b], hashPart(pc, className(b)))
			if f.neg[i] {
				f.out = append(f.out, classHash[1][f.fr][b])
			}
		}
		prev = w
	}
	// Each clause: who acts, who is acted on, and when.
	for from := 0; from < len(f.words); {
		to := from
		for to < len(f.words) && f.words[to] != "|" {
			to++
		}
		if from < to {
			f.fr = f.frame[from]
		}
		f.clause(f.words[from:to], f.cls[from:to])
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
		f.add(kLen, "short")
	case nw <= 6:
		f.add(kLen, "mid")
	default:
		f.add(kLen, "long")
	}
	f.fr = frameOwn
	if question {
		f.add(kQ)
	}
	if hypo {
		f.add(kHypo)
	}
	f.add(kBias)
	return f.out
}

// clause adds the role and time features of one clause: who acts and who
// is acted on, when, and what each actor does.
func (f *featurizer) clause(words []string, cls []wordInfo) {
	if len(words) == 0 {
		return
	}
	subj, obj := 0, 0
	future, offer, past, neg := false, false, false, false
	const pastClasses = 1<<0 | 1<<2 | 1<<8 | edBit // ACT, ACTPP, REPAIRED, -ed
	for _, c := range cls {
		if r := c.role(); r != 0 {
			if subj == 0 {
				subj = r
			} else if obj == 0 && r != subj {
				obj = r
			}
		}
		switch {
		case c&infoFuture != 0:
			future = true
		case c&infoOffer != 0:
			offer = true
		case c&infoPast != 0:
			past = true
		case c&infoNeg != 0:
			neg = true
		}
		if c&pastClasses != 0 {
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
	s, o := roleNames[subj], roleNames[obj]
	f.add(kS, s)
	f.add(kSO, s, o)
	f.add(kSM, s, mood)
	f.add(kSOM, s, o, mood)
	if neg {
		f.add(kSNM, s, mood)
	}
	// What each actor does: the first word after it that is not a helping
	// word ("I'll also pay" → i pay), with the clause's time, and the
	// verb's classes ("you had to cancel" → you past ACT).
	for i := 0; i < len(cls); i++ {
		r := cls[i].role()
		if r == roleNone || r == roleMy || r == roleYour || r == roleIt && i > 0 { // a possessive, or "that" after a word
			continue
		}
		j := i + 1
		for j < len(cls) && cls[j]&infoHelper != 0 {
			j++
		}
		if j >= len(words) || cls[j].role() != roleNone {
			continue
		}
		role := roleNames[r]
		f.add(kSV, role, words[j])
		f.add(kSMV, role, mood, words[j])
		for c := cls[j] & classBits; c != 0; c &= c - 1 {
			f.add(kSMC, role, mood, className(bits.TrailingZeros32(uint32(c))))
		}
		if neg {
			f.add(kSNV, role, mood, words[j])
		}
		i = j
	}
}
