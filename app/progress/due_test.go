package progress

import (
	"slices"
	"testing"
	"time"

	"mend/app/plan"
)

func day(s string) time.Time {
	d, err := plan.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestDue(t *testing.T) {
	daily := plan.Commitment{ID: "d", Cadence: plan.Daily, Since: "2026-01-07"}
	tuesday := plan.Commitment{ID: "w", Cadence: plan.Weekly, Weekday: 2, Since: "2026-01-07"} // a Wednesday
	once := plan.Commitment{ID: "o", Cadence: plan.Once, Date: "2026-01-20", Since: "2026-01-07"}
	tests := []struct {
		c    plan.Commitment
		day  string
		want bool
	}{
		{daily, "2026-01-06", false},
		{daily, "2026-01-07", true},
		{daily, "2027-06-30", true},
		{tuesday, "2026-01-06", false}, // a Tuesday, but before it started
		{tuesday, "2026-01-13", true},
		{tuesday, "2026-01-14", false},
		{tuesday, "2026-01-20", true},
		{once, "2026-01-19", false},
		{once, "2026-01-20", true},
		{once, "2026-01-21", false},
		{plan.Commitment{Cadence: plan.Once, Date: "2026-01-05", Since: "2026-01-07"}, "2026-01-05", false},
		{plan.Commitment{Cadence: plan.Once, Since: "2026-01-07"}, "2026-01-07", false},
		{plan.Commitment{Cadence: plan.Daily, Since: ""}, "2026-01-07", false},
		{plan.Commitment{Cadence: plan.Daily, Since: "someday"}, "2026-01-07", false},
		{plan.Commitment{Cadence: "hourly", Since: "2026-01-07"}, "2026-01-07", false},
		{plan.Commitment{Cadence: plan.Weekly, Weekday: 9, Since: "2026-01-07"}, "2026-01-07", false},
	}
	for _, tt := range tests {
		if got := Due(tt.c, day(tt.day)); got != tt.want {
			t.Errorf("Due(%+v, %s) = %v, want %v", tt.c, tt.day, got, tt.want)
		}
	}
}

func TestDueUsesTheLocalCalendarDay(t *testing.T) {
	c := plan.Commitment{Cadence: plan.Once, Date: "2026-01-20", Since: "2026-01-01"}
	lateInHonolulu := time.Date(2026, 1, 20, 23, 0, 0, 0, time.FixedZone("HST", -10*3600))  // 21 Jan in UTC
	earlyInKiribati := time.Date(2026, 1, 20, 0, 30, 0, 0, time.FixedZone("LINT", 14*3600)) // 19 Jan in UTC
	if !Due(c, lateInHonolulu) || !Due(c, earlyInKiribati) {
		t.Errorf("Due should read the calendar day in the time's own location")
	}
}

func TestToday(t *testing.T) {
	p := plan.Plan{Commitments: []plan.Commitment{
		{ID: "a", Text: "call", Cadence: plan.Daily, Since: "2026-01-01"},
		{ID: "b", Text: "talk", Cadence: plan.Weekly, Weekday: int(time.Saturday), Since: "2026-01-01"},
		{ID: "c", Text: "walk", Cadence: plan.Weekly, Weekday: int(time.Sunday), Since: "2026-01-01"},
		{ID: "d", Text: "see", Cadence: plan.Once, Date: "2026-01-10", Since: "2026-01-01"},
		{ID: "e", Text: "later", Cadence: plan.Daily, Since: "2026-01-11"},
	}}
	today := time.Date(2026, 1, 10, 20, 0, 0, 0, time.UTC) // a Saturday
	// ids lists the commitments due today and not answered yet.
	ids := func(due []DueCheckIn) (out []string) {
		for _, d := range due {
			if !d.Answered {
				out = append(out, d.Commitment.ID)
			}
		}
		return out
	}
	tests := []struct {
		name     string
		checkins []CheckIn
		want     []string
	}{
		{"nothing recorded", nil, []string{"a", "b", "d"}},
		{"kept and missed both settle it", []CheckIn{
			{ID: "1", CommitmentID: "a", Day: "2026-01-10", Status: "kept"},
			{ID: "2", CommitmentID: "d", Day: "2026-01-10", Status: "missed"},
		}, []string{"b"}},
		{"a note does not", []CheckIn{{ID: "1", CommitmentID: "b", Day: "2026-01-10", Status: "note"}}, []string{"a", "b", "d"}},
		{"yesterday does not", []CheckIn{{ID: "1", CommitmentID: "a", Day: "2026-01-09", Status: "kept"}}, []string{"a", "b", "d"}},
		{"corrected into a note", []CheckIn{
			{ID: "1", CommitmentID: "a", Day: "2026-01-10", Status: "kept", Recorded: "2026-01-10T09:00:00Z"},
			{ID: "2", CommitmentID: "a", Day: "2026-01-10", Status: "note", Recorded: "2026-01-10T10:00:00Z", Corrects: "1"},
		}, []string{"a", "b", "d"}},
	}
	for _, tt := range tests {
		got := ids(Today(p, tt.checkins, today))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: unanswered today = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := Today(plan.Plan{}, nil, today); got != nil {
		t.Errorf("Today with no commitments = %v", got)
	}
	due := Today(p, []CheckIn{{ID: "1", CommitmentID: "a", Day: "2026-01-10", Status: "kept"}}, today)
	if len(due) != 3 || !due[0].Answered || due[0].Answer.ID != "1" || due[1].Answered {
		t.Errorf("Today = %+v; want a answered by check-in 1, then b and d unanswered", due)
	}
	p.Commitments[0].Text = ""
	if due := Today(p, nil, today); len(due) != 2 || due[0].Commitment.ID != "b" {
		t.Errorf("a commitment with no words is due: %+v", due)
	}
}
