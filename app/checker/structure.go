package checker

import (
	"slices"
	"strings"
)

// The structure of a draft that decides whether specificity or impact can
// be there at all. The classifier weighs how a sentence reads; these read
// what it is built from. A draft in which no clause names a concrete act
// of the writer's ("I read your messages", "sorry for forgetting your
// birthday") has no specificity, however apologetic it sounds ("I messed
// up", "sorry for everything", "for my behaviour last night"); one in
// which no clause says what happened to someone else ("you waited",
// "your phone died", "the team lost a morning") has no impact. Either
// part is then missing, not "not sure". Both readings are generous: any
// clause that might be what they look for counts, so a good apology in
// words no one foresaw is read by the classifier as before.

// Which structural evidence a draft has, per part (bit k for part k).
func (a *analysis) structure() uint8 {
	var ev uint8
	const want = 1<<partSpecificity | 1<<partImpact
	for si := range a.sents {
		s := a.sents[si]
		toks := a.toks[s.from:s.to]
		if s.header >= 0 && a.namesAct(toks, 0) {
			// A list item under "Things I did:" has its subject there.
			ev |= 1 << partSpecificity
		}
		for i := range toks {
			t := &toks[i]
			if t.kind != wordToken || t.flags&(flagHypothetical|flagQuoted) != 0 {
				continue
			}
			// What they said happened to them ("you told me you barely
			// slept") is a consequence; an act in their words is not the
			// writer's.
			if ev&(1<<partSpecificity) == 0 && t.flags&flagReported == 0 && a.actAt(toks, i) {
				ev |= 1 << partSpecificity
			}
			if ev&(1<<partImpact) == 0 && a.consequenceAt(toks, i) {
				ev |= 1 << partImpact
			}
			if ev == want {
				return ev
			}
		}
	}
	return ev
}

// Indexes of the parts in Components that structure reads.
const (
	partSpecificity = 1
	partImpact      = 2
)

// info is what the features know of token i, or 0 past the end or for a
// mark that is not a word.
func (a *analysis) info(toks []token, i int) wordInfo {
	if i >= len(toks) || toks[i].kind != wordToken {
		return 0
	}
	return a.fz.info[toks[i].id]
}

// ends reports whether token i ends the clause being read: the sentence's
// end, a mark other than an apostrophe, or a word such as "but".
func ends(toks []token, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := &toks[i]
	if t.kind != wordToken {
		return t.text != "'" && t.text != "’"
	}
	return t.flags&flagClauseBreak != 0
}

// actAt reports whether a concrete act of the writer's starts at token i:
// "I" or "we" and a verb that names an act, or "sorry for", "my bad for"
// or an act's -ing word ("forgetting"), each followed by words that name
// something ("your birthday"), not only vague ones ("everything", "it").
func (a *analysis) actAt(toks []token, i int) bool {
	w := toks[i].text
	info := a.info(toks, i)
	switch {
	case w == "i" || w == "we":
		j := i + 1
		for j < len(toks) && a.info(toks, j)&infoHelper != 0 {
			if a.info(toks, j)&(infoFuture|infoOffer) != 0 {
				return false // "I will …", "I'd like to …": not yet done
			}
			j++
		}
		if j > i+1 && a.info(toks, j).role() != 0 {
			return a.namesAct(toks, j) // "I had your phone"
		}
		verb := a.info(toks, j)
		if ends(toks, j) || verb&infoNoActVerb != 0 || verb&(infoFuture|infoOffer) != 0 && toks[j].text != "let" || verb.role() != 0 {
			return false
		}
		return a.namesAct(toks, j+1)
	case w == "me" && i+1 < len(toks) && toks[i+1].text == "to" && i > 0 && toks[i-1].text == "of":
		// "it was thoughtless of me to book the holiday over your birthday"
		return a.namesAct(toks, i+2)
	case info&sorryBit != 0 && i+1 < len(toks) && (toks[i+1].text == "for" || toks[i+1].text == "about"):
		return a.namesAct(toks, i+2)
	case w == "bad" && i > 0 && toks[i-1].text == "my" && i+1 < len(toks) && toks[i+1].text == "for":
		return a.namesAct(toks, i+2)
	case info&actingBit != 0 && info&infoNoAct == 0:
		return a.namesAct(toks, i+1)
	case (w == "my" || w == "our") && a.opensSubject(toks, i):
		// "my dog bit your son": the writer's own thing did it; "my
		// comment about your sister".
		if n := a.info(toks, i+1); !ends(toks, i+1) && n&(infoNoAct|genericBit) == 0 && n.role() == 0 && i+2 < len(toks) {
			switch toks[i+2].text {
			case "about", "to", "at", "on", "toward", "towards", "in", "with", "over":
				return a.namesAct(toks, i+3)
			}
		}
		for j := i + 2; j < i+4 && !ends(toks, j); j++ {
			if x := a.info(toks, j); x&(infoHelper|infoNoAct|infoNoActVerb) == 0 && x.role() == 0 {
				return a.namesAct(toks, j+1)
			}
		}
	}
	return false
}

// The class bits of ACTING (the -ing words of acts), GENERIC ("thing",
// "everything", "you") and INTENS ("so", "really").
var (
	actingBit  = classBit("ACTING")
	genericBit = classBit("GENERIC")
	intensBit  = classBit("INTENS")
)

func classBit(name string) wordInfo { return wordInfo(1) << slices.Index(wordClasses, name) }

// actReach is how many words after a verb may name what it did.
const actReach = 6

// namesAct reports whether, within actReach words of token from and
// before the clause ends or a new "I" or "we" starts, a word names
// something: a word no list calls vague, generic or a role.
func (a *analysis) namesAct(toks []token, from int) bool {
	for i := from; i < from+actReach && !ends(toks, i); i++ {
		w := toks[i].text
		if w == "i" || w == "we" {
			return false
		}
		info := a.info(toks, i)
		if info&(infoNoAct|infoNoActVerb|genericBit|intensBit|infoNeg|infoHelper) == 0 && info.role() == 0 {
			return true
		}
	}
	return false
}

// consequenceAt reports whether a clause at token i says what happened to
// someone other than the writer:
//   - "you", "she", "they" or "your mum" as its subject, then a verb that
//     is no mere word, thought, place or choice of theirs ("you waited",
//     "your phone died", "you didn't say a word"; not "you said", "you
//     were at work", "you can pick");
//   - "you" or "your" after a verb whose subject is not the writer ("it
//     put you in an awful spot", "the story followed you"), or after
//     "for", "on", "from" or "with" in a clause that is not a promise ("it
//     was hard on you", "my words stuck with you");
//   - a verb of loss or waiting, or "could not", after anyone but the
//     writer ("Kim had to redo the slides", "customers couldn't log in"),
//     or "was" or "were" and what it left them ("residents were left
//     without water", "the little ones were frightened");
//   - what the writer's act did to them ("made you", "ruined your").
func (a *analysis) consequenceAt(toks []token, i int) bool {
	info := a.info(toks, i)
	w := toks[i].text
	j := -1
	switch {
	case (w == "you" || w == "he" || w == "she" || w == "they") && a.opensSubject(toks, i):
		j = i + 1
	case (info.role() == 5 || w == "his" || w == "their") && a.opensSubject(toks, i):
		// "your mum was worried", "your little sister cried": the verb
		// comes after a word or two.
		j = i + 2
		if x := a.info(toks, i+2); x&(infoHelper|infoConseq|infoPast|edBit) == 0 && !ends(toks, i+3) {
			if y := a.info(toks, i+3); y&(infoHelper|infoConseq|infoPast) != 0 {
				j = i + 3
			}
		}
	case info.role() == 4 || info.role() == 5:
		if i == 0 || ends(toks, i-1) {
			return false
		}
		switch toks[i-1].text {
		case "for", "on", "from", "with":
			return !a.promised(toks, i)
		}
		v := i - 1
		switch toks[v].text {
		case "up", "out", "away", "down", "off":
			if v > 0 && !ends(toks, v-1) {
				v-- // "it messed up your weekend"
			}
		}
		if a.promised(toks, i) {
			return false
		}
		if toks[v].text == "put" {
			return true // "I put you in an impossible position"
		}
		p := a.info(toks, v)
		light := toks[v].text == "took" || toks[v].text == "meant"
		return (p&(infoNoAct|infoHelper|infoFuture|infoOffer|sorryBit) == 0 || light) && p.role() == 0 && !a.writerActs(toks, v)
	case w == "made" || w == "left" || w == "cost" || w == "kept" || w == "forced":
		// "it made the team uncomfortable", "left everyone waiting"
		if i+1 < len(toks) && toks[i+1].kind == wordToken {
			n := toks[i+1].text
			r := a.info(toks, i+1).role()
			return r >= 4 && r <= 6 || n == "the" || n == "everyone" || n == "everybody" || n == "people" || n == "us"
		}
		return false
	case w == "for" && i+1 < len(toks) && (toks[i+1].text == "everyone" || toks[i+1].text == "everybody"):
		return true // "I ruined the night for everyone"
	case w == "ruined" || w == "spoiled" || w == "wrecked":
		return true // "I ruined your birthday": the act is what it did to them
	case (w == "was" || w == "were") && i > 0 && !a.writerActs(toks, i):
		// "residents were left without water", "Grandad was in tears"
		k := i + 1
		for k < len(toks) && a.info(toks, k)&intensBit != 0 {
			k++
		}
		if ends(toks, k) {
			return false
		}
		x, n := a.info(toks, k), toks[k].text
		return x&(feelingBit|harmBit) != 0 || strings.HasSuffix(n, "ed") || n == "left" || n == "stuck" || n == "in" && k+1 < len(toks) && toks[k+1].text == "tears"
	case (info&infoConseq != 0 || w == "could" && a.info(toks, i+1)&infoNeg != 0) && i > 0 && !ends(toks, i-1):
		p := a.info(toks, i-1)
		if p.role() == 1 || p.role() == 3 || p&infoHelper != 0 {
			return false // "I missed", "we had"
		}
		return w != "had" || i+1 < len(toks) && (toks[i+1].text == "to" || toks[i+1].text == "no")
	default:
		return false
	}
	negated := false
	for j < len(toks) && a.info(toks, j)&infoHelper != 0 {
		x := a.info(toks, j)
		if x&(infoFuture|infoOffer) != 0 && !negated && a.info(toks, j+1)&infoNeg == 0 {
			return false // "you can pick", "you'll see", but "you could not"
		}
		negated = negated || x&infoNeg != 0
		j++
	}
	if ends(toks, j) {
		return false
	}
	x := a.info(toks, j)
	return (negated || x&infoNotConseq == 0) && x.role() == 0
}

// The class bits of FEELING ("upset", "alone") and HARM ("hurt").
var (
	feelingBit = classBit("FEELING")
	harmBit    = classBit("HARM")
)

// writerActs reports whether the clause up to token i has the writer as
// its subject: "I" or "we" is the nearest subject before it.
func (a *analysis) writerActs(toks []token, i int) bool {
	for k := i - 1; k >= 0 && !ends(toks, k); k-- {
		switch toks[k].text {
		case "i", "we":
			return true
		case "you", "he", "she", "they", "it", "that", "this", "which":
			return false
		}
	}
	return false
}

// promised reports whether the clause up to token i looks ahead or
// offers ("I'll make time for you", "let me cook for you").
func (a *analysis) promised(toks []token, i int) bool {
	for k := i - 1; k >= 0 && !ends(toks, k); k-- {
		if a.info(toks, k)&(infoFuture|infoOffer) != 0 {
			return true
		}
	}
	return false
}

// opensSubject reports whether the word at i can be a clause's subject:
// it starts the sentence or clause, or follows a word that opens one
// ("and", "when", "that", "how", "of" in "many of you").
func (a *analysis) opensSubject(toks []token, i int) bool {
	if i == 0 || ends(toks, i-1) {
		return true
	}
	switch toks[i-1].text {
	case "and", "that", "when", "while", "how", "so", "because", "after", "before", "until",
		"till", "as", "since", "where", "why", "what", "know", "knew", "see", "saw", "realize",
		"realized", "understand", "imagine", "bet", "guess", "sure", "think", "hope", "then",
		"of", "even", "also", "only", "still", "just", "all", "both", "sorry", "now", "later",
		"once", "whole", "felt", "feel", "said", "say", "says", "told", "me", "mentioned", "wrote",
		"tell", "noticed", "notice", "heard", "hear", "watched", "sensed", "remember":
		return true
	}
	return false
}
