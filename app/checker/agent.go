package checker

// Blame read by its shape: a sentence beside the apology in which someone
// or something other than the writer does what worked against them ("your
// mum was on at me all afternoon", "accounts kept sending the figures
// back", "the customer had been shouting at me"). The rule data names the
// acts; a rule with the other-agent option fires on one only when the
// writer is not the one acting and an apology is near. A clause whose
// subject is the writer ("I let them push me around", "I kept you
// waiting") is the writer's own act, which is what an apology should say.

// otherActs reports whether a match starting at token i of v, in a
// sentence that says sorry or stands beside one that does, is another's
// act: the nearest subject before it in its clause is not "I" or "we" (a
// noun with no pronoun counts as another's: "the client changed the
// brief"). With third, the one acting must also be someone
// other than the reader, named before the match ("the guy behind me was
// tailgating me"), not "it" or "that".
func (a *analysis) otherActs(v *view, i int, third bool) bool {
	t := v.toks
	words := 0     // words read back in this clause
	named := false // a subject pronoun ("they", "nobody") was found
	for k := i - 1; k >= 0; k-- {
		if t[k].kind != wordToken {
			if t[k].text == "'" || t[k].text == "’" {
				continue
			}
			if words > 0 {
				break
			}
			continue // "…, forgot to call": the subject is the clause's before
		}
		if words == 0 && a.rs.linksOn.has(t[k].id) {
			continue // "…, then brought the wrong one": the same subject
		}
		if t[k].text == "our" && k+1 < i && a.rs.ourSide.has(t[k+1].id) {
			return false // "our server brought the wrong mains": the writer's own side
		}
		x := a.fz.info[t[k].id]
		if x&(infoFuture|infoOffer) != 0 {
			return false // "you can nag me if I forget": leave given, not an act
		}
		// A pronoun counts as the subject only where a clause may start
		// ("you kept…", "when you…"); after a verb or "at" it is an object
		// ("I yelled at you for running around").
		if x&infoSubject != 0 && (k == 0 || t[k-1].kind != wordToken || a.fz.info[t[k-1].id]&infoOpens != 0) {
			if writer(x) || third && x.role() == roleYou {
				return false
			}
			named = true
			break
		}
		if third && x.role() == roleIt {
			return false // "it was my fault", "that kept me": no one acts
		}
		if t[k].flags&flagClauseBreak != 0 && words > 0 {
			break // "and then spilled coffee on it" reads on to its subject
		}
		words++
	}
	if third && !named && words < 2 {
		// "my words hurt", "…, threw my helmet": no one else is named
		// before the act.
		return false
	}
	// Its rules are only walked near an apology (see runSentence); with
	// third, only beside it, not in it ("my apologies for missing my
	// appointment").
	return !third || a.said&saidHere == 0
}

// noteSorry moves analysis.said on to sentence si (see saidHere). Each
// sentence is read once.
func (a *analysis) noteSorry(si int) {
	said := func(k int) uint8 {
		if k < len(a.sents) && a.saysSorry(a.toks[a.sents[k].from:a.sents[k].to]) {
			return 1
		}
		return 0
	}
	if si == 0 {
		a.said = said(0)*saidHere | said(1)*saidAfter
		return
	}
	earlier := a.said&(saidHere|saidEarlier) != 0
	a.said = (a.said&saidBeside)>>1 | said(si+1)*saidAfter
	if earlier {
		a.said |= saidEarlier
	}
}

// The bits of analysis.said: the sentence before the one being read, that
// sentence, and the one after, each set when it says sorry; and whether
// any sentence before it does.
const (
	saidBefore = 1 << iota
	saidHere
	saidAfter
	saidEarlier

	saidBeside = saidBefore | saidHere | saidAfter
)
