package plan

import (
	"fmt"
	"time"
)

// LookupSection returns the description of the section with the given ID and
// whether it exists.
func LookupSection(id Section) (SectionInfo, bool) {
	for _, s := range Sections {
		if s.ID == id {
			return s, true
		}
	}
	return SectionInfo{}, false
}

// Valid reports whether s names one of the plan's sections.
func (s Section) Valid() bool {
	_, ok := LookupSection(s)
	return ok
}

// SectionText returns the words the user wrote in section s, one string per
// field, in display order, leaving out empty fields: the paragraph of a text
// section, each entry of a list, and for questions the question and then its
// answer. Commitments and boundaries give their text only; dates and
// cadences are not words the user wrote. An unknown section yields nil.
func (p Plan) SectionText(s Section) []string {
	info, ok := LookupSection(s)
	if !ok {
		return nil
	}
	var out []string
	add := func(texts ...string) {
		for _, t := range texts {
			if t != "" {
				out = append(out, t)
			}
		}
	}
	switch info.Kind {
	case KindText:
		add(*info.Text(&p))
	case KindItems:
		for _, it := range *info.Items(&p) {
			add(it.Text)
		}
	case KindCommitments:
		for _, c := range p.Commitments {
			add(c.Text)
		}
	case KindBoundaries:
		for _, b := range p.Boundaries {
			add(b.Text)
		}
	case KindQuestions:
		for _, q := range p.Questions {
			add(q.Question, q.Answer)
		}
	}
	return out
}

// Clone returns a deep copy of p: changing the copy's lists never changes p.
func (p Plan) Clone() Plan {
	c := p
	for _, s := range Sections {
		if s.Kind != KindText {
			s.pick(&c, positions(s.entries(&c).Len()), 0)
		}
	}
	return c
}

// Equal reports whether p and q hold the same start date and the same
// words, dates and entries in every section, in the same order. An empty
// list and no list are the same.
func (p Plan) Equal(q Plan) bool {
	if p.Started != q.Started {
		return false
	}
	for _, s := range Sections {
		same := true
		if s.Kind == KindText {
			same = *s.Text(&p) == *s.Text(&q)
		} else {
			same = s.SameEntries(&p, &q)
		}
		if !same {
			return false
		}
	}
	return true
}

// IsEmpty reports whether the user has written nothing in any section. The
// start date alone does not count as writing.
func (p Plan) IsEmpty() bool {
	for _, s := range Sections {
		if len(p.SectionText(s.ID)) > 0 {
			return false
		}
	}
	return true
}

// Schedule says in plain words when c is checked in on, for example
// "Every day", "Every Tuesday" or "Once, on 2026-03-01". It does not mention
// Since.
func (c Commitment) Schedule() string {
	switch c.Cadence {
	case Daily:
		return "Every day"
	case Weekly:
		if c.Weekday < 0 || c.Weekday > 6 {
			return "Every week"
		}
		return "Every " + time.Weekday(c.Weekday).String()
	case Once:
		if c.Date == "" {
			return "Once"
		}
		return "Once, on " + c.Date
	}
	return fmt.Sprintf("Unknown schedule %q", string(c.Cadence))
}
