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
			out.Commitments = tidy(p.Commitments, func(c *Commitment) bool {
				c.ID, c.Text = strings.TrimSpace(c.ID), clean(c.Text)
				c.Cadence = Cadence(strings.ToLower(strings.TrimSpace(string(c.Cadence))))
				c.Date, c.Since = strings.TrimSpace(c.Date), strings.TrimSpace(c.Since)
				return c.Text != ""
			})
		case KindBoundaries:
			out.Boundaries = tidy(p.Boundaries, func(b *Boundary) bool {
				b.ID, b.Text, b.Agreed = strings.TrimSpace(b.ID), clean(b.Text), strings.TrimSpace(b.Agreed)
				b.From = strings.TrimSpace(b.From)
				return b.Text != ""
			})
		case KindQuestions:
			out.Questions = tidy(p.Questions, func(q *Question) bool {
				q.ID, q.Question, q.Answer = strings.TrimSpace(q.ID), clean(q.Question), clean(q.Answer)
				q.From = strings.TrimSpace(q.From)
				return q.Question != "" || q.Answer != ""
			})
		}
	}
	return out
}

// tidy returns a copy of list with each entry tidied by f, leaving out the
// entries f reports empty.
func tidy[T any](list []T, f func(*T) bool) []T {
	var out []T
	for _, e := range list {
		if f(&e) {
			out = append(out, e)
		}
	}
	return out
}

func cleanItems(items []Item) []Item {
	return tidy(items, func(it *Item) bool {
		it.ID, it.Text = strings.TrimSpace(it.ID), clean(it.Text)
		return it.Text != ""
	})
}

// clean trims text typed into a field. Line breaks inside the text are the
// writer's and stay; only "\r\n" and lone "\r" become "\n" so the same words
// always compare and encode the same way.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}
