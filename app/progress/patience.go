package progress

import (
	"fmt"
	"time"

	"mend/app/plan"
)

// DaysSince returns how many calendar days have passed from started
// (YYYY-MM-DD) to the calendar day of today: 0 on the first day. It fails if
// started is not a date, or is after today (a device clock set wrong, or a
// date typed in the future).
func DaysSince(started string, today time.Time) (int, error) {
	s, err := plan.ParseDate(started)
	if err != nil {
		return 0, fmt.Errorf("progress: start date %q is not a date written as YYYY-MM-DD", started)
	}
	// Whole days between two UTC midnights; Unix seconds rather than
	// time.Duration, which cannot span more than 292 years.
	days := (civil(today).Unix() - s.Unix()) / (24 * 60 * 60)
	if days < 0 {
		return 0, fmt.Errorf("progress: start date %q is after today (%s)", started, plan.FormatDate(today))
	}
	return int(days), nil
}

// patience holds the messages shown as time passes, each for days up to and
// including upTo; the last is for every day after. They are written for someone who is trying and tired:
// never a deadline, never a hint that the other person should be done
// hurting.
var patience = []struct {
	upTo    int
	message string
}{
	{0, "Today is where it starts. Showing up honestly is enough for now."},
	{6, "These first days are raw for both of you. Keep your word in small things, and let them feel whatever they feel."},
	{29, "Trust grows back one kept promise at a time. If they need space, give it gently and stay steady."},
	{89, "Healing is counted in months, not days. Hard moments can still arrive without warning; meet them with patience, not with a list of what you have done."},
	{364, "Quiet, steady weeks are adding up. Their pace is theirs to set, and there is no date by which they ought to feel better."},
	{-1, "You have kept showing up for a long time. Whatever comes, the care you put in is real. Keep choosing it, one day at a time."},
}

// PatienceMessage returns a gentle reminder suited to how many days the
// repair has been going: the first day, the first week, the first weeks, the
// first months, the first year, and beyond. Days below zero count as the
// first day.
func PatienceMessage(days int) string {
	for _, tier := range patience[:len(patience)-1] {
		if days <= tier.upTo {
			return tier.message
		}
	}
	return patience[len(patience)-1].message
}
