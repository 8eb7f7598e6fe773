package plan

import "time"

// Entry is any kind of list entry in a plan. The functions below work on
// every plan list alike, so the plan page needs one way to add, change,
// remove and reorder entries. They never change the slice they are given:
// each returns a new one, so a copy of the plan held elsewhere (a preview, an
// undo step) stays as it was.
type Entry interface {
	Item | Commitment | Boundary | Question
	EntryID() string
}

// EntryID returns the item's ID.
func (it Item) EntryID() string { return it.ID }

// EntryID returns the commitment's ID.
func (c Commitment) EntryID() string { return c.ID }

// EntryID returns the boundary's ID.
func (b Boundary) EntryID() string { return b.ID }

// EntryID returns the question's ID.
func (q Question) EntryID() string { return q.ID }

// Find returns the position of the entry with the given ID, or -1.
func Find[T Entry](list []T, id string) int {
	for i, e := range list {
		if e.EntryID() == id {
			return i
		}
	}
	return -1
}

// Add returns list with e appended.
func Add[T Entry](list []T, e T) []T {
	out := make([]T, len(list), len(list)+1)
	copy(out, list)
	return append(out, e)
}

// Update returns list with the entry that has e's ID replaced by e, and
// whether such an entry was found. If none was, list is returned unchanged.
func Update[T Entry](list []T, e T) ([]T, bool) {
	i := Find(list, e.EntryID())
	if i < 0 {
		return list, false
	}
	out := append([]T(nil), list...)
	out[i] = e
	return out, true
}

// Remove returns list without the entry with the given ID. If there is no
// such entry, list is returned unchanged.
func Remove[T Entry](list []T, id string) []T {
	i := Find(list, id)
	if i < 0 {
		return list
	}
	out := make([]T, 0, len(list)-1)
	out = append(out, list[:i]...)
	return append(out, list[i+1:]...)
}

// Move returns list with the entry with the given ID moved by delta places
// (negative is towards the top), stopping at either end. If there is no such
// entry, list is returned unchanged.
func Move[T Entry](list []T, id string, delta int) []T {
	i := Find(list, id)
	if i < 0 {
		return list
	}
	j := min(max(i+delta, 0), len(list)-1)
	out := append([]T(nil), list...)
	e := out[i]
	if j > i {
		copy(out[i:j], out[i+1:j+1])
	} else {
		copy(out[j+1:i+1], out[j:i])
	}
	out[j] = e
	return out
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
