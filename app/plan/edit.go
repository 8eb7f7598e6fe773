package plan

import (
	"reflect"
	"slices"
	"time"
)

// The plan page adds, changes, removes and reorders the entries of every
// list section the same way, through the SectionInfo methods below. They
// work on any list through reflection, so that app.wasm carries one copy of
// this code rather than one per entry type. None of them writes into the
// slice a plan had: each change puts a new slice in its place, so a copy of
// the plan held elsewhere (a preview, an undo step) stays as it was. Every
// entry type has its ID as its first field (TestEntriesStartWithTheirID).

// entries returns the slice that holds list section s's entries in p, as a
// value that can be set; for a text section it returns the zero Value.
func (s SectionInfo) entries(p *Plan) reflect.Value {
	var list any
	switch s.Kind {
	case KindItems:
		list = s.Items(p)
	case KindCommitments:
		list = &p.Commitments
	case KindBoundaries:
		list = &p.Boundaries
	case KindQuestions:
		list = &p.Questions
	default:
		return reflect.Value{}
	}
	return reflect.ValueOf(list).Elem()
}

// EntryIDs returns the IDs of the entries of section s in p, in order; a
// text section has none.
func (s SectionInfo) EntryIDs(p *Plan) []string {
	l := s.entries(p)
	if !l.IsValid() {
		return nil
	}
	ids := make([]string, l.Len())
	for i := range ids {
		ids[i] = l.Index(i).Field(0).String()
	}
	return ids
}

// SetLen gives list section s in p n empty entries, or no list for none
// (as a plan holds an empty list).
func (s SectionInfo) SetLen(p *Plan, n int) {
	l := s.entries(p)
	if n == 0 {
		l.Set(reflect.Zero(l.Type()))
		return
	}
	l.Set(reflect.MakeSlice(l.Type(), n, n))
}

// pick replaces the list of section s in p with a new slice of its entries
// at the positions in order, then room for extra more at the end.
func (s SectionInfo) pick(p *Plan, order []int, extra int) reflect.Value {
	l := s.entries(p)
	out := reflect.MakeSlice(l.Type(), len(order)+extra, len(order)+extra)
	for k, i := range order {
		out.Index(k).Set(l.Index(i))
	}
	l.Set(out)
	return out
}

// section returns the SectionInfo of a section that exists.
func section(id Section) SectionInfo {
	s, _ := LookupSection(id)
	return s
}

// positions returns 0, 1, ... n-1.
func positions(n int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	return order
}

// Append returns a change that appends entry, which must be of the type
// section s holds, to its list.
func (s SectionInfo) Append(entry any) func(*Plan) {
	return func(p *Plan) {
		n := s.entries(p).Len()
		s.pick(p, positions(n), 1).Index(n).Set(reflect.ValueOf(entry))
	}
}

// New returns the ID of a new, empty entry of list section s, unused in p,
// and the change that appends it: a commitment or boundary starts on
// today's calendar day (see Plan.NewCommitment and Plan.NewBoundary).
func (s SectionInfo) New(p Plan, today time.Time) (string, func(*Plan)) {
	var entry any
	switch s.Kind {
	case KindItems:
		entry = p.NewItem()
	case KindCommitments:
		entry = p.NewCommitment(today)
	case KindBoundaries:
		entry = p.NewBoundary(today)
	default:
		entry = p.NewQuestion()
	}
	return reflect.ValueOf(entry).Field(0).String(), s.Append(entry)
}

// Remove returns a change that removes the entry with the given ID from
// section s. An entry that is not there is left so.
func (s SectionInfo) Remove(id string) func(*Plan) {
	return func(p *Plan) {
		i := slices.Index(s.EntryIDs(p), id)
		if i < 0 {
			return
		}
		order := positions(s.entries(p).Len())
		s.pick(p, append(order[:i], order[i+1:]...), 0)
	}
}

// Move returns a change that moves the entry with the given ID by delta
// places (negative is towards the top) in section s, stopping at either
// end. An entry that is not there is left so.
func (s SectionInfo) Move(id string, delta int) func(*Plan) {
	return func(p *Plan) {
		i := slices.Index(s.EntryIDs(p), id)
		if i < 0 {
			return
		}
		order := positions(s.entries(p).Len())
		j := min(max(i+delta, 0), len(order)-1)
		if j > i {
			copy(order[i:j], order[i+1:j+1])
		} else {
			copy(order[j+1:i+1], order[j:i])
		}
		order[j] = i
		s.pick(p, order, 0)
	}
}

// Edit returns a change that calls set with a pointer to the entry with the
// given ID in section s (a *Item, *Commitment, *Boundary or *Question),
// wherever the entry is by the time the change is made. An entry removed
// meanwhile is left removed.
func (s SectionInfo) Edit(id string, set func(entry any)) func(*Plan) {
	return func(p *Plan) {
		i := slices.Index(s.EntryIDs(p), id)
		if i < 0 {
			return
		}
		set(s.pick(p, positions(s.entries(p).Len()), 0).Index(i).Addr().Interface())
	}
}

// SameEntries reports whether p and q hold the same entries in list section
// s, in the same order. An empty list and no list are the same.
func (s SectionInfo) SameEntries(p, q *Plan) bool {
	a, b := s.entries(p), s.entries(q)
	if a.Len() != b.Len() {
		return false
	}
	for i := range a.Len() {
		if a.Index(i).Interface() != b.Index(i).Interface() {
			return false
		}
	}
	return true
}

// NewItem returns an empty item with an ID unused in p.
func (p Plan) NewItem() Item { return Item{ID: p.UnusedID()} }

// NewCommitment returns an empty daily commitment starting on today's
// calendar day, with an ID unused in p.
func (p Plan) NewCommitment(today time.Time) Commitment {
	return Commitment{ID: p.UnusedID(), Cadence: Daily, Weekday: int(today.Weekday()), Since: FormatDate(today)}
}

// NewBoundary returns an empty boundary agreed today, with an ID unused in p.
func (p Plan) NewBoundary(today time.Time) Boundary {
	return Boundary{ID: p.UnusedID(), Agreed: FormatDate(today)}
}

// NewQuestion returns an empty question with an ID unused in p.
func (p Plan) NewQuestion() Question { return Question{ID: p.UnusedID()} }

// SetCadence changes how often c is checked in on, giving it the day it
// then needs: today's weekday when it becomes weekly, or today when it
// becomes a one-off with no day yet (moving its start back if it started
// later).
func (c *Commitment) SetCadence(cadence Cadence, today time.Time) {
	was := c.Cadence
	c.Cadence = cadence
	switch cadence {
	case Weekly:
		if was != Weekly {
			c.Weekday = int(today.Weekday())
		}
	case Once:
		if c.Date == "" {
			c.SetOnceDate(FormatDate(today))
		}
	}
}

// SetOnceDate sets the day of a one-off commitment. A commitment cannot
// start after its only day, so an earlier day also moves its start.
func (c *Commitment) SetOnceDate(date string) {
	c.Date = date
	if c.Since > date {
		c.Since = date
	}
}
