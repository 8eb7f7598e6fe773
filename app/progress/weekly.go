package progress

import (
	"time"

	"mend/app/plan"
)

// Week is how consistently the plan's commitments were kept in one week.
type Week struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Start      time.Time // the Monday the week begins, as midnight UTC on that calendar day
	Due        int       // check-ins due from Monday up to Sunday or today, whichever is first
	Kept       int       // due check-ins recorded as kept
	Missed     int       // due check-ins recorded as missed
	Unrecorded int       // due check-ins with neither (today's included until it is recorded)
	Ratio      float64   // Kept / Due, from 0 to 1; 0 when nothing was due
}

// Chart returns the weeks the Progress page charts: Weekly's, or none while
// the plan has no commitment. Then nothing can ever be due, and empty weeks
// labelled with dates would only make a page prerendered on the day the
// site was built differ from the one drawn on the day it is opened.
func Chart(p plan.Plan, checkins []CheckIn, today time.Time, weeks int) []Week {
	if len(p.Commitments) == 0 {
		return nil
	}
	return Weekly(p, checkins, today, weeks)
}

// Weekly returns the last weeks weeks, oldest first, ending with the week
// that holds today. Weeks start on Monday. Days after today are not counted,
// and neither are check-ins for commitments no longer in the plan or for days
// on which nothing was due. It returns nil if weeks < 1.
func Weekly(p plan.Plan, checkins []CheckIn, today time.Time, weeks int) []Week {
	if weeks < 1 {
		return nil
	}
	done := answers(checkins)
	end := civil(today)
	monday := end.AddDate(0, 0, -((int(end.Weekday()) + 6) % 7))
	out := make([]Week, weeks)
	for w := range out {
		week := Week{Start: monday.AddDate(0, 0, -7*(weeks-1-w))}
		for d := week.Start; d.Before(week.Start.AddDate(0, 0, 7)) && !d.After(end); d = d.AddDate(0, 0, 1) {
			day := plan.FormatDate(d)
			for _, c := range p.Commitments {
				if !Due(c, d) {
					continue
				}
				week.Due++
				switch done[dayKey{c.ID, day}].Status {
				case StatusKept:
					week.Kept++
				case StatusMissed:
					week.Missed++
				default:
					week.Unrecorded++
				}
			}
		}
		if week.Due > 0 {
			week.Ratio = float64(week.Kept) / float64(week.Due)
		}
		out[w] = week
	}
	return out
}
