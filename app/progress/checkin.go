// Package progress turns a repair plan's commitments into something that can
// be kept over weeks and months: check-ins recorded honestly, which of them
// are due, how consistent each week was, a chart and its text alternative,
// the days since the repair began, a patience message that changes with
// time, and a calendar file for reminders.
//
// Dates are calendar days written YYYY-MM-DD (see plan.DateLayout). A
// time.Time passed in as "today" or "day" is read as the calendar day it
// falls on in its own location, so callers pass the user's local time.
package progress

import (
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"mend/app/plan"
)

// The statuses a check-in can have.
const (
	StatusKept   = "kept"   // the commitment was kept that day
	StatusMissed = "missed" // it was not; recorded honestly, never hidden
	StatusNote   = "note"   // a thought about that day, neither kept nor missed
)

// CheckIn is one entry in the append-only history of check-ins. Nothing in
// the history is ever edited or deleted: a correction is a new entry whose
// Corrects names the entry it replaces, and Effective works out what stands.
type CheckIn struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	ID           string `json:"id"`
	CommitmentID string `json:"commitment_id"`
	Day          string `json:"day"`    // YYYY-MM-DD the check-in is about
	Status       string `json:"status"` // StatusKept, StatusMissed or StatusNote
	Note         string `json:"note,omitempty"`
	Recorded     string `json:"recorded"`           // RFC 3339 time it was entered
	Corrects     string `json:"corrects,omitempty"` // ID of an earlier entry this one corrects, or ""
}

// Record returns a new check-in about commitment commitmentID on the calendar
// day of day, entered at now.
func Record(commitmentID string, day time.Time, status, note string, now time.Time) CheckIn {
	return CheckIn{
		ID:           plan.NewID(),
		CommitmentID: commitmentID,
		Day:          plan.FormatDate(day),
		Status:       status,
		Note:         note,
		Recorded:     now.Format(time.RFC3339),
	}
}

// Correct returns a new check-in that replaces earlier, about the same
// commitment and day, entered at now. Append it; never change earlier.
func Correct(earlier CheckIn, status, note string, now time.Time) CheckIn {
	c := Record(earlier.CommitmentID, time.Time{}, status, note, now)
	c.Day = earlier.Day
	c.Corrects = earlier.ID
	return c
}

// Validate reports every problem in c at once, joined by plan.Problems.
func (c CheckIn) Validate() error {
	var p plan.Problems
	bad := func(field, value, problem string) { p.Add("check-in "+field, value, problem) }
	if c.ID == "" {
		bad("id", c.ID, "is missing")
	}
	if c.CommitmentID == "" {
		bad("commitment_id", c.CommitmentID, "is missing")
	}
	if _, err := plan.ParseDate(c.Day); err != nil {
		bad("day", c.Day, "is not a date written as YYYY-MM-DD")
	}
	switch c.Status {
	case StatusKept, StatusMissed, StatusNote:
	default:
		bad("status", c.Status, `must be "kept", "missed" or "note"`)
	}
	if !utf8.ValidString(c.Note) {
		bad("note", c.Note, "is not valid UTF-8 text")
	} else if n := utf8.RuneCountInString(c.Note); n > plan.MaxTextLength {
		bad("note", "("+strconv.Itoa(n)+" characters)", "is longer than "+strconv.Itoa(plan.MaxTextLength)+" characters")
	}
	if _, err := time.Parse(time.RFC3339, c.Recorded); err != nil {
		bad("recorded", c.Recorded, "is not an RFC 3339 time")
	}
	if c.Corrects != "" && c.Corrects == c.ID {
		bad("corrects", c.Corrects, "names the check-in itself")
	}
	return p.Err()
}

// Effective returns the check-ins that stand once corrections are applied:
// one entry for each original, in the order the originals were recorded,
// replaced by the latest correction made to it or to any of its corrections.
// "Latest" goes by Recorded, and by position in the history when the times
// are equal or unreadable. A correction of an entry that is not in the
// history stands on its own, so nothing the user wrote disappears. The input
// is not changed.
func Effective(checkins []CheckIn) []CheckIn {
	first := make(map[string]int, len(checkins))
	for i, c := range checkins {
		if _, dup := first[c.ID]; !dup {
			first[c.ID] = i
		}
	}
	roots := make([]int, len(checkins))
	for i := range checkins {
		roots[i] = root(checkins, first, i)
	}
	winner := make(map[int]int) // root → the entry that stands for it
	for i, r := range roots {
		w, seen := winner[r]
		switch {
		case !seen:
			winner[r] = i
		case w == r || later(checkins, i, w):
			// Any correction beats the original, whatever the clocks said.
			winner[r] = i
		}
	}
	var out []CheckIn
	for i, r := range roots {
		if i == r {
			out = append(out, checkins[winner[r]])
		}
	}
	return out
}

// root follows the chain of corrections from entry i back to the original.
// An entry whose target is missing is its own original; in a loop of
// corrections (which only a damaged history can hold) the earliest entry of
// the loop is.
func root(checkins []CheckIn, first map[string]int, i int) int {
	var path []int
	onPath := map[int]int{}
	for {
		target, ok := first[checkins[i].Corrects]
		if checkins[i].Corrects == "" || !ok || target == i {
			return i
		}
		onPath[i] = len(path)
		path = append(path, i)
		if at, loop := onPath[target]; loop {
			return slices.Min(path[at:])
		}
		i = target
	}
}

// later reports whether entry i was recorded after entry j.
func later(checkins []CheckIn, i, j int) bool {
	ti, erri := time.Parse(time.RFC3339, checkins[i].Recorded)
	tj, errj := time.Parse(time.RFC3339, checkins[j].Recorded)
	if erri == nil && errj == nil && !ti.Equal(tj) {
		return ti.After(tj)
	}
	return i > j
}

// dayKey identifies one commitment on one calendar day.
type dayKey struct{ commitment, day string }

// answers returns, for each commitment and day, the kept or missed
// check-in that stands after corrections: the latest when there are
// several. A note alone answers nothing.
func answers(checkins []CheckIn) map[dayKey]CheckIn {
	eff := Effective(checkins)
	at := make(map[dayKey]int)
	for i, c := range eff {
		if c.Status != StatusKept && c.Status != StatusMissed {
			continue
		}
		k := dayKey{c.CommitmentID, c.Day}
		if j, seen := at[k]; !seen || later(eff, i, j) {
			at[k] = i
		}
	}
	out := make(map[dayKey]CheckIn, len(at))
	for k, i := range at {
		out[k] = eff[i]
	}
	return out
}

// AnswerOn returns the kept or missed check-in that stands for commitment
// commitmentID on the calendar day of day, after corrections, and false if
// neither was recorded. A note alone leaves the day unanswered.
func AnswerOn(checkins []CheckIn, commitmentID string, day time.Time) (CheckIn, bool) {
	c, ok := answers(checkins)[dayKey{commitmentID, plan.FormatDate(day)}]
	return c, ok
}

// Answer returns the check-in that records status (kept, missed or a note)
// for commitment commitmentID on the calendar day of now: a new entry, or,
// for kept or missed, a correction of the answer that day already has.
func Answer(checkins []CheckIn, commitmentID, status, note string, now time.Time) CheckIn {
	if earlier, ok := AnswerOn(checkins, commitmentID, now); ok && status != StatusNote {
		return Correct(earlier, status, note, now)
	}
	return Record(commitmentID, now, status, note, now)
}
