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
		out.Questions = Add(out.Questions, q)
	}
	for _, text := range needs {
		out.Boundaries = Add(out.Boundaries, Boundary{ID: out.UnusedID(), Text: text, Proposed: true, From: from})
	}
	return out
}

// Agree returns p with the proposed boundary id agreed today. Anything
// else, or an ID not in p, leaves p as it was.
func (p Plan) Agree(id string, today time.Time) Plan {
	i := Find(p.Boundaries, id)
	if i < 0 || !p.Boundaries[i].Proposed {
		return p
	}
	b := p.Boundaries[i]
	b.Proposed, b.Agreed = false, FormatDate(today)
	p.Boundaries, _ = Update(p.Boundaries, b)
	return p
}

// Decline returns p without the proposed boundary id. An agreed boundary
// is never removed this way.
func (p Plan) Decline(id string) Plan {
	i := Find(p.Boundaries, id)
	if i < 0 || !p.Boundaries[i].Proposed {
		return p
	}
	p.Boundaries = Remove(p.Boundaries, id)
	return p
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
