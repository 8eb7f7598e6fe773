package progress

import (
	"fmt"
	"time"

	"mend/app/plan"
	"mend/content/words"
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

// PatienceMessage returns a gentle reminder suited to how many days the
// repair has been going: the first day, the first week, the first weeks, the
// first months, the first year, and beyond. Days below zero count as the
// first day. The words are in content/words/patience.txt.
func PatienceMessage(days int) string {
	tiers := words.Patience()
	for _, tier := range tiers {
		if tier.Last || days <= tier.UpTo {
			return tier.Message
		}
	}
	return tiers[len(tiers)-1].Message
}
