package checker

import "slices"

// scoreSentence runs the part classifier on one sentence and keeps, per
// part, the sentence most likely to carry it. hits are the phrase rules
// that fired in the sentence. It also keeps the features when the
// analysis is for training (keepFeats).
func (a *analysis) scoreSentence(si int, v *view, hits []hit) {
	feats := a.fz.sentenceFeatures(v.toks, v.question)
	if a.keepFeats {
		a.feats = append(a.feats, slices.Clone(feats))
	}
	m := a.rs.model
	if m == nil {
		return
	}
	p := m.score(feats)
	for k := range p {
		if a.partSent[k] >= 0 && p[k] <= a.partProb[k] || a.blocked(k, v, hits) {
			continue
		}
		a.partProb[k], a.partSent[k] = p[k], si
	}
}

// blocked reports whether the part's own rule refuses this sentence as
// evidence: its unless patterns match ("I'll try", for a commitment), or a
// rule it must not overlap fired here ("sorry you feel that way", for
// impact). The classifier obeys the same limits as the rule it stands in
// for; and a sentence whose apology is conditional ("sorry if you were
// hurt") carries no part, as the rules count nothing inside an if-clause.
func (a *analysis) blocked(k int, v *view, hits []hit) bool {
	ri := a.rs.mainRule[k]
	if ri < 0 {
		return false
	}
	for _, h := range hits {
		if a.rs.rules[h.rule].category == Conditional {
			return true
		}
	}
	r := a.rs.rules[ri]
	if r.unless != nil && a.anyMatch(r.unless, v, 0) {
		return true
	}
	for _, id := range r.unlessOverlaps {
		for _, h := range hits {
			if h.rule == a.rs.byID[id] {
				return true
			}
		}
	}
	return false
}

// partState decides one part's state from its evidence rules and the
// classifier. A part's rule with a question is the one the classifier can
// stand in for: when it found nothing, a sentence the classifier is sure
// of makes the part present, and one it is unsure of makes it "unsure".
// The part's other rules must find their evidence in any case. missing is
// the part's strongest rule that found nothing, or nil.
func (a *analysis) partState(ci int, missing *rule) string {
	if missing == nil {
		return StatePresent
	}
	cat := Components[ci]
	for ri, r := range a.rs.rules {
		if r.component && r.category == cat && r.question == "" && !a.found[ri] {
			return StateMissing
		}
	}
	m := a.rs.model
	if m == nil || a.partSent[ci] < 0 {
		return StateMissing
	}
	switch p := a.partProb[ci]; {
	case p >= m.present[ci]:
		return StatePresent
	case p >= m.unsure[ci]:
		return StateUnsure
	}
	return StateMissing
}

// sentenceSpan returns the byte span of sentence si's own words.
func (a *analysis) sentenceSpan(si int) (int, int) {
	if si < 0 || si >= len(a.sents) {
		return 0, 0
	}
	s := a.sents[si]
	return int(a.toks[s.from].start), int(a.toks[s.to-1].end)
}

// inSentence reports whether a hit lies in sentence si (or there is no
// sentence to compare with).
func (a *analysis) inSentence(h hit, si int) bool {
	if si < 0 {
		return true
	}
	start, end := a.sentenceSpan(si)
	return int(h.start) >= start && int(h.end) <= end
}

// question returns what to ask the writer when a part is unsure.
func (rs *ruleSet) question(cat string) string {
	for _, r := range rs.rules {
		if r.category == cat && r.question != "" {
			return r.question
		}
	}
	return ""
}
