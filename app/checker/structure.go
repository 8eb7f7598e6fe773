package checker

import (
	"slices"
	"strings"
)

// The structure of a draft that decides whether a part can be there at
// all. The classifier weighs how a sentence reads; these read
// what it is built from. A draft in which no clause names a concrete act
// of the writer's ("I read your messages", "sorry for forgetting your
// birthday") has no specificity, however apologetic it sounds ("I messed
// up", "sorry for everything", "for my behaviour last night"); one in
// which no clause says what happened to someone else ("you waited",
// "your phone died", "the team lost a morning") has no impact; one in
// which the writer neither offers nor makes a repair ("I'll pay", "let
// me", "I've sent the figures", "dinner's on me") has no remedy, however
// much a sentence that only says what happened to them ("you stopped
// halfway and said never mind") sounds like one to the classifier. The
// part is then missing, not "not sure". The readings are generous: any
// clause that might be what they look for counts, so a good apology in
// words no one foresaw is read by the classifier as before. The word
// lists are the lexicon's (lexicon.rules, "Lists the part states use").

// Indexes of the parts in Components that structure reads.
const (
	partOwnership   = 0
	partSpecificity = 1
	partImpact      = 2
	partRemedy      = 3
	partCommitment  = 4
)

// allStructure is every bit structure may set.
const allStructure = 1<<partOwnership | 1<<partSpecificity | 1<<partImpact | 1<<partRemedy | 1<<partCommitment

// structure returns which structural evidence a draft has, bit k for
// part k.
func (a *analysis) structure() uint8 {
	var ev uint8
	done := false // a repair already made ("I've sent it", "we refunded")
	for si := range a.sents {
		s := a.sents[si]
		toks := a.toks[s.from:s.to]
		in := a.infos(toks)
		if s.header >= 0 && namesAct(in, 1) {
			// A list item under "Things I did:" has its subject there.
			ev |= 1 << partSpecificity
		}
		for i := range toks {
			f := toks[i].flags
			if toks[i].kind != wordToken || f&(flagHypothetical|flagQuoted) != 0 {
				continue
			}
			// What they said happened to them ("you told me you barely
			// slept") is a consequence; an act in their words is not the
			// writer's. A concrete act of the writer's is owned as well as
			// named.
			if f&flagReported == 0 && actAt(in, toks, i+1) {
				ev |= 1<<partSpecificity | 1<<partOwnership
			}
			if f&flagReported == 0 && ownsAt(in, toks, i+1) {
				ev |= 1 << partOwnership
			}
			if consequenceAt(in, toks, i+1) {
				ev |= 1 << partImpact
			}
			if changeAt(in, toks, i+1) {
				ev |= 1 << partCommitment
			}
			if offerAt(in, toks, i+1) {
				ev |= 1 << partRemedy
			}
			done = done || in[i+1]&repairedBit != 0 && (writer(in[i]) || in[i]&infoHelper != 0)
			if ev == allStructure {
				break
			}
		}
	}
	// Only the mix-up this reading is for makes commitment bare: a repair
	// already made with nothing ahead ("I've sent the report now"). A
	// draft with no repair made is left to the classifier, as before.
	if !done {
		ev |= 1 << partCommitment
	}
	return ev
}

// offerAt reports whether a repair may be offered or made at position i
// of in: the writer as the subject of a step ahead or an offer ("I'll
// pay", "we can redo it", "I'd love to take you out"), but not of what
// they could see or tell ("I could tell you were hurt"); a repair the
// writer has made ("I've sent the corrected figures", "I paid for it");
// "let me", "let us"; "on me" or "on us" ("dinner's on me"); an offer
// asked ("can I", "what can I do"); "here is"; or anyone's step ahead
// that pays, refunds or replaces ("the council will pay"). A draft with
// none of these offers nothing, however the classifier reads a sentence
// that only says what happened to them.
func offerAt(in []wordInfo, toks []token, i int) bool {
	x, w := in[i], text(toks, i)
	switch {
	case writer(x):
		j, ahead := i+1, false
		for ; in[j] != endMark && (in[j]&(infoHelper|intensBit|infoOffer) != 0 || text(toks, j) == "to"); j++ {
			ahead = ahead || in[j]&(infoFuture|infoOffer) != 0 // "I'll", "I'd love to"
		}
		v := in[j]
		if v == endMark {
			return false
		}
		if in[j-1]&infoHelper != 0 && v&repairedBit != 0 || j == i+1 && v&repairedBit != 0 {
			return true // "I've sent", "I paid"
		}
		if j > i+1 && strings.HasSuffix(text(toks, j), "ing") && v&(infoNoActVerb|feelingBit) == 0 && text(toks, j-1) != "been" {
			return true // "we are covering their costs", "I'm coming over"
		}
		if !ahead || v&infoNoActVerb != 0 || gesture(in, toks, j) {
			return false
		}
		// "I could tell you were hurt" is no step for them.
		return !slices.Contains(perceive, text(toks, j)) || text(toks, j+1) == "them"
	case w == "let":
		n := text(toks, i+1)
		return n == "me" || n == "us"
	case w == "on":
		n := text(toks, i+1)
		return (n == "me" || n == "us") && in[i+2] == endMark
	case x&(infoOffer|infoFuture) != 0 && in[i+1] != endMark && in[i+1].role() == roleI:
		return true // "can I", "could we"
	case w == "here":
		return text(toks, i+1) == "is" || text(toks, i+1) == "are"
	case w == "will":
		return in[i+1]&repairBit != 0 // "the council will pay"
	case w == "treat":
		return in[i-1].role() == roleMy
	case w == "been":
		// "the caption has been corrected", "you have been refunded"
		p := text(toks, i-1)
		return (p == "has" || p == "have") && in[i+1] != endMark && in[i+1]&repairedBit != 0
	}
	return false
}

// gesture reports whether the verb at position j of in only gestures at
// a repair ("I'll make it up to you", "I'll make amends", "we'll make
// things right", "I'll sort something out"): it names no step the reader
// could hold the writer to, unless its clause goes on to say how ("… make
// it up to you by cooking on Friday", "… with dinner", "…: dinner's on me").
func gesture(in []wordInfo, toks []token, j int) bool {
	w, n, n2 := text(toks, j), text(toks, j+1), text(toks, j+2)
	switch {
	case w == "make" && n == "amends",
		w == "make" && (n == "it" || n == "this" || n == "that" || n == "things") && (n2 == "up" || n2 == "right"),
		w == "sort" && (n == "something" || n == "it" || n == "this" || n == "things") && n2 == "out":
	default:
		return false
	}
	for k := j + 2; ; k++ {
		switch t := text(toks, k); {
		case in[k] == endMark:
			return t != ":"
		case t == "by" || t == "with":
			return false
		}
	}
}

// perceive are verbs of what the writer could see or tell, after which
// "I could …" offers nothing.
var perceive = []string{"tell", "see", "hear", "imagine", "say"}

// endMark stands for a token that ends a clause in the slice infos
// returns: the sentence's ends, a mark other than an apostrophe, or a
// word such as "but". No word's information is ever just edBit.
const endMark = edBit

// infoPad is how far past a sentence's end the readings below may look.
const infoPad = actReach + 2

// infos returns what the features and the part states know of each token
// of a sentence, shifted by one: in[i+1] is token i's, in[0] and what
// follows the last token are endMark. A mark that is not a word is 0.
func (a *analysis) infos(toks []token) []wordInfo {
	in := append(a.fz.cls[:0], endMark)
	for i := range toks {
		t := &toks[i]
		x := wordInfo(0)
		switch {
		case t.flags&flagClauseBreak != 0, t.kind != wordToken && t.text != "'" && t.text != "’":
			x = endMark
		case t.kind == wordToken:
			x = a.fz.info[t.id]
		}
		in = append(in, x)
	}
	for range infoPad {
		in = append(in, endMark)
	}
	a.fz.cls = in
	return in
}

// text is the word at position i of infos' slice, or "".
func text(toks []token, i int) string {
	if i < 1 || i > len(toks) {
		return ""
	}
	return toks[i-1].text
}

// thingOnly reports whether what an apology is for, from position i,
// is only a thing of the reader's ("sorry about your bike", "sorry for
// your daughter's coat"): no act is named, and none owned, unless the
// writer is its subject ("sorry about your bike, which I borrowed
// without asking").
func thingOnly(in []wordInfo, toks []token, i int) bool {
	if in[i].role() != roleYour {
		return false
	}
	for j := i + 1; j < i+infoPad; j++ {
		if in[j] == endMark {
			return true
		}
		if writer(in[j]) || in[j].role() == roleI || in[j]&(actingBit|actBit) != 0 {
			return false
		}
	}
	return true
}

// writer reports whether a word is "I" or "we" as a subject.
func writer(x wordInfo) bool {
	return x&infoSubject != 0 && (x.role() == roleI || x.role() == roleWe)
}

// actAt reports whether a concrete act of the writer's starts at position
// i of in (infos' slice; toks are the sentence's tokens): "I" or "we" and
// a verb that names an act, "sorry for", "my bad for", "of me to", the
// writer's own thing ("my dog bit …", "my comment about …") or an act's
// -ing word ("forgetting"), each followed by words that name something
// ("your birthday"), not only vague ones ("everything", "it").
func actAt(in []wordInfo, toks []token, i int) bool {
	x, w, next := in[i], text(toks, i), text(toks, i+1)
	switch {
	case writer(x):
		j, negated := i+1, false
		for ; in[j]&(infoHelper|intensBit) != 0 && in[j] != endMark; j++ {
			if in[j]&(infoFuture|infoOffer) != 0 {
				return false // "I will …", "I'd like to …": not yet done
			}
			negated = negated || in[j]&infoNeg != 0
		}
		v := in[j]
		if j > i+1 && v.role() != roleNone {
			return namesAct(in, j) // "I had your phone"
		}
		if v == endMark || v&infoNoActVerb != 0 || v&(infoFuture|infoOffer) != 0 && text(toks, j) != "let" || v.role() != roleNone {
			return false
		}
		// An act verb ("I teased you", "I lied") or one not done ("I
		// didn't invite you") names the act itself; a bare word or deed
		// ("the things I said", "what I did") does not.
		switch text(toks, j) {
		case "said", "did", "done", "told":
			return namesAct(in, j+1)
		}
		return negated || v&actBit != 0 || text(toks, j) == "late" || namesAct(in, j+1)
	case x&sorryBit != 0:
		// "sorry for …", "apologies to the whole club for …"
		for j := i + 1; j < i+infoPad && in[j] != endMark; j++ {
			if t := text(toks, j); t == "for" || t == "about" {
				if thingOnly(in, toks, j+1) {
					return false
				}
				return namesAct(in, j+1)
			}
		}
	case w == "bad" && text(toks, i-1) == "my" && next == "for",
		x.role() == roleI && next == "to" && text(toks, i-1) == "of": // "of me to"
		return namesAct(in, i+2)
	case x&actingBit != 0 && x&infoNoAct == 0:
		return namesAct(in, i+1)
	case (x.role() == roleMy || w == "our" || x.role() == roleIt || w == "the") && opens(in[i-1]):
		// "my dog bit your son", "my comment about your sister", "the lie
		// about the money", "that joke at your expense"
		n := in[i+1]
		if n == endMark || n&(infoNoAct|genericBit) != 0 || n.role() != roleNone {
			return false
		}
		if p := in[i+2]; p != endMark && p&infoNoAct != 0 && p&(infoHelper|infoNoActVerb) == 0 {
			return namesAct(in, i+3)
		}
		if x.role() == roleIt || w == "the" {
			return false // only the writer's own thing acts ("the dog bit" is not theirs)
		}
		for j := i + 2; j < i+4 && in[j] != endMark; j++ {
			if v := in[j]; v&(infoHelper|infoNoAct|infoNoActVerb) == 0 && v.role() == roleNone {
				return namesAct(in, j+1)
			}
		}
	}
	return false
}

// ownsAt reports whether the writer may be the one who acted at position
// i of in: "I" or "we" and a verb that is no mere apology, feeling or
// thought ("I yelled", "I hurt you", "I was wrong", "we cut your water";
// not "I'm sorry things got heated", "I feel awful", "we regret that"),
// "my" or "our" before anything but an apology ("my fault", "our bins"),
// "of me", "on me", "it was me who", "because of me", or an act's -ing
// word after "for" or "about" ("sorry for yelling"); none in a clause
// that looks ahead. A draft with none of these owns nothing, however
// sorry it sounds ("sorry you feel that way", "sorry it happened").
func ownsAt(in []wordInfo, toks []token, i int) bool {
	x := in[i]
	if promised(in, i) {
		return false // "I'll watch my tone": what is to come owns nothing
	}
	switch {
	case writer(x):
		j, felt := i+1, false
		for ; in[j] != endMark && in[j]&(infoHelper|intensBit) != 0; j++ {
			if in[j]&(infoFuture|infoOffer) != 0 {
				return false
			}
			// "am", "was", "been": what follows is how the writer is
			felt = felt || in[j]&infoNoActVerb != 0
		}
		v := in[j]
		if v == endMark {
			return j > i+1 && !felt // "what I did"
		}
		if v&sorryBit != 0 || felt && v&feelingBit != 0 {
			return false // "I'm sorry", "I was so embarrassed"
		}
		// A verb of thought names no deed ("I know", "I hope", "I feel"),
		// but one of vague fault does ("I messed up", "I hurt you").
		return v&infoNoActVerb == 0 || v&infoNoAct != 0 && text(toks, j) != "feel"
	case x.role() == roleMy, x.role() == roleWe && x&infoSubject == 0: // "my", "our"
		n := in[i+1]
		return n != endMark && n&(sorryBit|intensBit) == 0
	case x.role() == roleI: // "me", after the writer's subjects
		switch text(toks, i-1) {
		case "of", "on", "was", "is", "all", "but", "than":
			return true // "selfish of me", "that's on me", "it was me who"
		}
		n := text(toks, i+1)
		return n == "who" || n == "that"
	case x&actingBit != 0:
		p := text(toks, i-1)
		return x&infoNoAct == 0 && (p == "for" || p == "about" || p == "not" || in[i-1]&sorryBit != 0)
	}
	return false
}

// changeAt reports whether a word at position i of in may start a change
// the writer makes: a word that looks ahead ("will", "next", "again",
// "from now on"), but not a day that is only when a repair happens
// ("tonight", "tomorrow"); a verb of change after the writer ("I check",
// "I've set", "we now ask"); "always", "never", "whenever", "before",
// "until", "every night", "no more"; or "now" that does not end its
// clause ("our drivers now check"). A draft with none of these has done
// or offered a repair but changed nothing ("I've sent it now", "we have
// refunded your card").
func changeAt(in []wordInfo, toks []token, i int) bool {
	x, w := in[i], text(toks, i)
	switch {
	case x&infoFuture != 0:
		return w != "tonight" && w != "tomorrow"
	case x&commitBit != 0:
		// "I check", "I've set", "we now ask", "and set up"; not "the team
		// had to wait"
		switch text(toks, i-1) {
		case "have", "has", "now", "already", "also", "only", "and":
			return true
		}
		return writer(in[i-1]) || in[i-1]&infoFuture != 0
	case w == "now":
		// "our drivers now check", "now I ask"; not "I've sent it now"
		return in[i+1] != endMark || writer(in[i-1]) || text(toks, i-1) == "from"
	case w == "more":
		return text(toks, i-1) == "no"
	}
	switch w {
	case "always", "never", "whenever", "before", "until":
		return true
	case "every", "each":
		return often(text(toks, i+1)) // "every night", not "every guest"
	}
	return false
}

// often reports whether a word after "every" or "each" makes a habit of
// it: "every time", "each morning", "every Sunday".
func often(w string) bool {
	switch w {
	case "time", "night", "morning", "evening", "week", "weekend", "month":
		return true
	}
	return strings.HasSuffix(w, "day")
}

// opens reports whether a word, or a clause's start, may come just
// before a subject ("and", "when", "of" in "many of you").
func opens(prev wordInfo) bool { return prev == endMark || prev&infoOpens != 0 }

// The class bits of ACT (verbs of acts), ACTING (their -ing words), GENERIC ("thing",
// "everything", "you"), INTENS ("so", "really"), FEELING, HARM, REPAIRED
// and COMMITVERB: their places in wordClasses (a test checks them).
const (
	actBit      wordInfo = 1 << 0
	actingBit   wordInfo = 1 << 1
	feelingBit  wordInfo = 1 << 5
	harmBit     wordInfo = 1 << 6
	repairBit   wordInfo = 1 << 7
	repairedBit wordInfo = 1 << 8
	commitBit   wordInfo = 1 << 9
	genericBit  wordInfo = 1 << 13
	intensBit   wordInfo = 1 << 14
)

// actReach is how many words after a verb may name what it did.
const actReach = 6

// namesAct reports whether, within actReach words of position from and
// before the clause ends or a new "I" or "we" starts, a word names
// something: a word no list calls vague, generic or a role.
func namesAct(in []wordInfo, from int) bool {
	for i := from; i < from+actReach && in[i] != endMark; i++ {
		x := in[i]
		if writer(x) {
			return false
		}
		if x&(infoNoAct|infoNoActVerb|genericBit|intensBit|infoNeg|infoHelper) == 0 && x.role() == roleNone {
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
//   - what an act did to them ("made you", "ruined your birthday", "put
//     you in an impossible position").
func consequenceAt(in []wordInfo, toks []token, i int) bool {
	x, w := in[i], text(toks, i)
	r := x.role()
	var j int
	switch {
	case x&infoSubject != 0 && (r == roleYou || r == roleOther || r == roleNone) && opens(in[i-1]):
		if text(toks, i-1) == "of" && promised(in, i) {
			return false // "I will meet each of you": what is to come
		}
		j = i + 1
		if t := text(toks, j); t == "all" || t == "both" || t == "two" {
			j++ // "you all worked late"
		}
	case (r == roleYour || r == roleOther) && x&infoSubject == 0 && opens(in[i-1]):
		// "your mum was worried", "your little sister cried": the verb
		// comes after a word or two.
		j = i + 2
		if in[j]&(infoHelper|infoConseq|infoPast) == 0 && in[j+1]&(infoHelper|infoConseq|infoPast) != 0 && in[j+1] != endMark {
			j++
		}
	case r == roleYou || r == roleYour:
		p := in[i-1]
		switch {
		case p == endMark || promised(in, i):
			return false
		case p&(infoToward|infoDoneTo) != 0:
			return true // "hard on you", "put you in an awful spot"
		}
		if p&infoNoAct != 0 && p&(infoHelper|infoDoneTo) == 0 && text(toks, i-1) == "at" {
			p = in[i-2] // "the room laughed at you"
		}
		return p&(infoNoAct|infoHelper|infoFuture|infoOffer|sorryBit) == 0 && p.role() == roleNone && !writerActs(in, i-1)
	case x&infoDoneTo != 0:
		// "it made the team uncomfortable", "ruined the night for everyone"
		n := in[i+1]
		hard := n.role() == roleIt && (text(toks, i+3) == "for" || text(toks, i+4) == "for") // "made it hard for them"
		return n != endMark && (n.role() >= 3 && n.role() <= 6 || n&infoToward != 0 || hard)
	case (w == "was" || w == "were") && subjectRole(in, i) == roleNone:
		// "residents were left without water", "the kids were frightened"
		k := i + 1
		for in[k]&intensBit != 0 && in[k] != endMark {
			k++
		}
		return in[k] != endMark && (in[k]&(feelingBit|harmBit|infoConseq) != 0 || strings.HasSuffix(text(toks, k), "ed"))
	case x&feelingBit != 0 && in[i-1] != endMark && !promised(in, i):
		// "several children came home upset", "the whole table went quiet
		// and embarrassed": a hurt felt in a clause that is not the
		// writer's ("I was so embarrassed") nor says what a thing was
		// ("that was wrong of me").
		r := subjectRole(in, i)
		return r != roleI && r != roleWe && r != roleIt && in[i-1].role() != roleI && in[i-1].role() != roleWe
	case (x&infoConseq != 0 || w == "could" && in[i+1]&infoNeg != 0) && in[i-1] != endMark:
		p := in[i-1]
		if p.role() == roleI || writer(p) || p&infoHelper != 0 {
			return false // "I missed", "we had"
		}
		n := text(toks, i+1)
		return w != "had" || n == "to" || n == "no"
	default:
		return false
	}
	negated, helped := false, in[j]&infoHelper != 0
	for ; in[j]&infoHelper != 0 && in[j] != endMark; j++ {
		if in[j]&(infoFuture|infoOffer) != 0 && !negated && in[j+1]&infoNeg == 0 {
			return false // "you can pick", "you'll see", but "you could not"
		}
		negated = negated || in[j]&infoNeg != 0
	}
	v := in[j]
	if !helped && v&genericBit != 0 {
		return false // "tell you everything": "you" was an object
	}
	return v != endMark && (negated || v&infoNotConseq == 0) && (v.role() == roleNone || helped && v.role() == roleIt)
}

// writerActs reports whether the clause up to position i has the writer
// as its subject: "I" or "we" is the nearest subject before it.
func writerActs(in []wordInfo, i int) bool {
	r := subjectRole(in, i)
	return r == roleI || r == roleWe
}

// subjectRole is the role of the nearest subject pronoun ("I", "you",
// "it", "that" …) before position i in its clause, or roleNone when there is
// none, as with "the kids were frightened".
func subjectRole(in []wordInfo, i int) int {
	for k := i - 1; in[k] != endMark; k-- {
		if x := in[k]; x&infoSubject != 0 || x.role() == roleIt {
			return x.role()
		}
	}
	return roleNone
}

// promised reports whether the clause up to position i looks ahead or
// offers ("I'll make time for you", "let me cook for you").
func promised(in []wordInfo, i int) bool {
	for k := i - 1; in[k] != endMark; k-- {
		if in[k]&(infoFuture|infoOffer) != 0 {
			return true
		}
	}
	return false
}
