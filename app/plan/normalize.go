package plan

import "strings"

// Normalize returns a tidied copy of p: every text, ID and date is trimmed
// of surrounding spaces, Windows line endings become "\n", a cadence is
// lower-cased (" Daily " becomes "daily"), and list entries left empty are
// dropped (a question goes only when both the question and the answer are
// empty). The order of entries is kept. p itself is not changed, and
// Normalize(Normalize(p)) equals Normalize(p).
func (p Plan) Normalize() Plan {
	out := Plan{Started: strings.TrimSpace(p.Started)}
	for _, s := range Sections {
		switch s.Kind {
		case KindText:
			*s.Text(&out) = clean(*s.Text(&p))
		case KindItems:
			*s.Items(&out) = cleanItems(*s.Items(&p))
		case KindCommitments:
			for _, c := range p.Commitments {
				c.ID = strings.TrimSpace(c.ID)
				c.Text = clean(c.Text)
				c.Cadence = Cadence(strings.ToLower(strings.TrimSpace(string(c.Cadence))))
				c.Date = strings.TrimSpace(c.Date)
				c.Since = strings.TrimSpace(c.Since)
				if c.Text != "" {
					out.Commitments = append(out.Commitments, c)
				}
			}
		case KindBoundaries:
			for _, b := range p.Boundaries {
				b.ID = strings.TrimSpace(b.ID)
				b.Text = clean(b.Text)
				b.Agreed = strings.TrimSpace(b.Agreed)
				if b.Text != "" {
					out.Boundaries = append(out.Boundaries, b)
				}
			}
		case KindQuestions:
			for _, q := range p.Questions {
				q.ID = strings.TrimSpace(q.ID)
				q.Question = clean(q.Question)
				q.Answer = clean(q.Answer)
				if q.Question != "" || q.Answer != "" {
					out.Questions = append(out.Questions, q)
				}
			}
		}
	}
	return out
}

func cleanItems(items []Item) []Item {
	var out []Item
	for _, it := range items {
		it.ID = strings.TrimSpace(it.ID)
		it.Text = clean(it.Text)
		if it.Text != "" {
			out = append(out, it)
		}
	}
	return out
}

// clean trims text typed into a field. Line breaks inside the text are the
// writer's and stay; only "\r\n" and lone "\r" become "\n" so the same words
// always compare and encode the same way.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}
