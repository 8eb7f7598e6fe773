package progress

import (
	"time"

	"mend/app/plan"
)

// civil returns the calendar day t falls on in its own location, as midnight
// UTC, the form plan.ParseDate gives. Comparing days in UTC avoids the
// 23- and 25-hour days of daylight-saving changes.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Due reports whether a check-in on c is due on the calendar day of day:
// every day for daily commitments, on its weekday for weekly ones, on its
// date for one-off ones, and never before the day it started. A commitment
// whose dates cannot be read is never due.
func Due(c plan.Commitment, day time.Time) bool {
	d := civil(day)
	since, err := plan.ParseDate(c.Since)
	if err != nil || d.Before(since) {
		return false
	}
	switch c.Cadence {
	case plan.Daily:
		return true
	case plan.Weekly:
		return int(d.Weekday()) == c.Weekday
	case plan.Once:
		date, err := plan.ParseDate(c.Date)
		return err == nil && date.Equal(d)
	}
	return false
}

// DueCheckIn is a commitment due today with the answer it has so far.
type DueCheckIn struct {
	Commitment plan.Commitment
	Answer     CheckIn // today's kept or missed check-in, after corrections
	Answered   bool    // false until kept or missed is recorded; a note alone does not count
}

// Today returns the commitments of p that have words and are due on the
// calendar day of today, in plan order, each with today's answer.
func Today(p plan.Plan, checkins []CheckIn, today time.Time) []DueCheckIn {
	done := answers(checkins)
	day := plan.FormatDate(today)
	var out []DueCheckIn
	for _, c := range p.Commitments {
		if c.Text != "" && Due(c, today) {
			answer, ok := done[dayKey{c.ID, day}]
			out = append(out, DueCheckIn{c, answer, ok})
		}
	}
	return out
}
