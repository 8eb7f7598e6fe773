package checker

import "slices"

// scoreSentence runs the part classifier on one sentence's features and
// keeps, per part, the sentence most likely to carry it. It also keeps the
// features when the analysis is for training (keepFeats).
func (a *analysis) scoreSentence(si int, feats []uint32) {
	if a.keepFeats {
		a.feats = append(a.feats, slices.Clone(feats))
	}
	m := a.rs.model
	if m == nil {
		return
	}
	p := m.score(feats)
	for k := range p {
		if a.partSent[k] < 0 || p[k] > a.partProb[k] {
			a.partProb[k], a.partSent[k] = p[k], si
		}
	}
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

// question returns what to ask the writer when a part is unsure.
func (rs *ruleSet) question(cat string) string {
	for _, r := range rs.rules {
		if r.category == cat && r.question != "" {
			return r.question
		}
	}
	return ""
}
