package checker

import "slices"

// The harm classifier: a second model in the part classifier's format,
// trained on sentences labelled with the harms below (content/checker/
// training-harms, "make train"). It reads only a sentence that says sorry
// or stands beside one that does, and only raises a harm that no rule has
// raised: a reason offered as an excuse, blame put on them, the hurt
// shrunk, a defence of the writer, or pressure to move on, in words no
// rule foresaw. Its bar (the model's present threshold per output) is set
// high, so a good apology is not told it makes excuses, and it leaves
// alone a sentence the part classifier is sure does the apology's work
// (partGate); a rule of the category with the learned option carries the
// message and the unless lines that still keep it quiet.

// harmSlots are the harms the harm classifier reads, in the order of its
// outputs.
var harmSlots = [numParts]string{Excuse, Blame, Minimizing, Defensive, Pressure}

// readHarms scores sentence si with the harm classifier when it says
// sorry or stands beside one that does, and keeps per harm the surest
// sentence that clears the bar and that its learned rule's unless lines
// leave alone. A sentence still being typed is not read.
func (a *analysis) readHarms(si int, v *view) {
	m := a.rs.harms
	s := a.sents[si]
	if a.said&(saidBefore|saidHere) == 0 || !s.finished && !a.settled || s.to <= s.from || m == nil && !(readsText && a.keepFeats) {
		return
	}
	feats := a.fz.sentenceFeatures(a.toks[s.from:s.to], s.question)
	if readsText && a.keepFeats {
		a.harmFeats = append(a.harmFeats, slices.Clone(feats))
	}
	if m == nil {
		return
	}
	p := m.score(feats)
	gated := false // the part gate is read once, when a harm first clears its bar
	for k, ri := range a.rs.harmRule {
		if ri < 0 || p[k] < m.present[k] || p[k] <= a.harmProb[k] {
			continue
		}
		if !gated && a.rs.model != nil {
			parts := a.rs.model.score(feats)
			for _, part := range workParts {
				if parts[slices.Index(Components, part)] >= partGate {
					return
				}
			}
			gated = true
		}
		r := a.rs.rules[ri]
		if r.unless != nil && a.anyMatch(r.unless, v, 0) {
			continue
		}
		a.harmProb[k] = p[k]
		a.harmSpan[k] = [2]int32{a.toks[s.from].start, a.toks[s.to-1].end}
	}
}

// partGate is how surely the part classifier must read a sentence as
// saying what the act did to them, offering to put it right or promising
// a change for the harm classifier to leave that sentence alone. Such
// sentences can share their words with harmful ones ("you were both left
// at the gate" reads close to blame, "you can't sleep" to pressure), and a
// sentence doing the apology's work is taken as that. On fresh21-24, read
// by a harm classifier not trained on them at bars 0.7 to 0.8, it kept
// one or two more good apologies quiet and cost no harmful draft.
const partGate = 0.9

// workParts are the parts partGate reads.
var workParts = []string{Impact, Remedy, Commitment}

// addLearned raises each harm the classifier is sure of, unless a rule
// has already raised it.
func (a *analysis) addLearned() {
	for k, p := range a.harmProb {
		if p == 0 {
			continue
		}
		raised := false
		for _, h := range a.hits {
			raised = raised || a.rs.rules[h.rule].category == harmSlots[k]
		}
		if !raised {
			ri := a.rs.harmRule[k]
			a.hits = append(a.hits, hit{rule: ri, start: a.harmSpan[k][0], end: a.harmSpan[k][1], severity: a.rs.rules[ri].severity})
		}
	}
}
