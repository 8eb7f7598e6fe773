package plan

import "time"

// DateLayout is how every date in a plan is written: a calendar day, with no
// time and no zone, such as "2026-03-01".
const DateLayout = "2006-01-02"

// ParseDate reads a YYYY-MM-DD date as midnight UTC on that calendar day.
// Using UTC for calendar days keeps day arithmetic free of daylight-saving
// jumps; it says nothing about where the user lives.
func ParseDate(s string) (time.Time, error) {
	return time.Parse(DateLayout, s)
}

// FormatDate writes the calendar day of t, as seen in t's own location, as
// YYYY-MM-DD.
func FormatDate(t time.Time) string {
	return t.Format(DateLayout)
}
