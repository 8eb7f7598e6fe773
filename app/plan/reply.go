package plan

import "time"

// HasReply reports whether anything in p came from the reply with the
// given ID (see AddReply).
func (p Plan) HasReply(from string) bool {
	for _, q := range p.Questions {
		if q.From == from {
			return true
		}
	}
	for _, b := range p.Boundaries {
		if b.From == from {
			return true
		}
	}
	return false
}

// AddReply returns p with what the partner wrote back in the reply from:
// each question added to their questions with an empty answer, and each
// need added to the boundaries as a proposal, waiting for the user to agree
// to it or decline it. If anything in p already came from that reply, p is
// returned unchanged, so adding a reply twice adds nothing twice. p itself
// is not changed.
func (p Plan) AddReply(from string, questions, needs []string) Plan {
	if from == "" || p.HasReply(from) {
		return p
	}
	out := p
	for _, text := range questions {
		q := out.NewQuestion()
		q.Question, q.From = text, from
		section(SectionQuestions).Append(q)(&out)
	}
	for _, text := range needs {
		section(SectionBoundaries).Append(Boundary{ID: out.UnusedID(), Text: text, Proposed: true, From: from})(&out)
	}
	return out
}

// Agree returns p with the proposed boundary id agreed today. Anything
// else, or an ID not in p, leaves p as it was.
func (p Plan) Agree(id string, today time.Time) Plan {
	if !p.proposed(id) {
		return p
	}
	section(SectionBoundaries).Edit(id, func(e any) {
		b := e.(*Boundary)
		b.Proposed, b.Agreed = false, FormatDate(today)
	})(&p)
	return p
}

// Decline returns p without the proposed boundary id. An agreed boundary
// is never removed this way.
func (p Plan) Decline(id string) Plan {
	if !p.proposed(id) {
		return p
	}
	section(SectionBoundaries).Remove(id)(&p)
	return p
}

// proposed reports whether p has a proposed boundary with the given ID.
func (p Plan) proposed(id string) bool {
	for _, b := range p.Boundaries {
		if b.ID == id {
			return b.Proposed
		}
	}
	return false
}

// Proposals returns the boundaries still waiting for the user's answer.
func (p Plan) Proposals() []Boundary {
	var out []Boundary
	for _, b := range p.Boundaries {
		if b.Proposed {
			out = append(out, b)
		}
	}
	return out
}

// WithoutProposals returns p with only the boundaries the user agreed to:
// what a share link carries.
func (p Plan) WithoutProposals() Plan {
	if len(p.Proposals()) == 0 {
		return p
	}
	var agreed []Boundary
	for _, b := range p.Boundaries {
		if !b.Proposed {
			agreed = append(agreed, b)
		}
	}
	p.Boundaries = agreed
	return p
}
