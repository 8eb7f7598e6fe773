package progress

import (
	"fmt"
	"testing"
	"time"

	"mend/app/plan"
)

func kept(id, commitment, d string) CheckIn {
	return CheckIn{ID: id, CommitmentID: commitment, Day: d, Status: StatusKept, Recorded: d + "T21:00:00Z"}
}

func missed(id, commitment, d string) CheckIn {
	return CheckIn{ID: id, CommitmentID: commitment, Day: d, Status: StatusMissed, Recorded: d + "T21:00:00Z"}
}

func TestWeekly(t *testing.T) {
	// Thursday 15 January 2026; the weeks start on Mondays 29 Dec, 5 Jan and 12 Jan.
	today := time.Date(2026, 1, 15, 18, 0, 0, 0, time.UTC)
	daily := plan.Commitment{ID: "d", Text: "call", Cadence: plan.Daily, Since: "2026-01-07"} // a Wednesday
	sunday := plan.Commitment{ID: "s", Text: "talk", Cadence: plan.Weekly, Weekday: 0, Since: "2025-12-01"}
	once := plan.Commitment{ID: "o", Text: "see", Cadence: plan.Once, Date: "2026-01-13", Since: "2026-01-01"}
	type counts struct{ due, kept, missed, unrecorded int }
	tests := []struct {
		name     string
		p        plan.Plan
		checkins []CheckIn
		want     []counts // oldest first
	}{
		{"no commitments", plan.Plan{}, []CheckIn{kept("1", "gone", "2026-01-14")},
			[]counts{{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}},
		{"daily starting mid-week, today counted, future days not", plan.Plan{Commitments: []plan.Commitment{daily}}, nil,
			[]counts{{0, 0, 0, 0}, {5, 0, 0, 5}, {4, 0, 0, 4}}},
		{"kept, missed and unrecorded", plan.Plan{Commitments: []plan.Commitment{daily}}, []CheckIn{
			kept("1", "d", "2026-01-07"), kept("2", "d", "2026-01-08"), missed("3", "d", "2026-01-09"),
			kept("4", "d", "2026-01-12"), kept("5", "d", "2026-01-15"),
		}, []counts{{0, 0, 0, 0}, {5, 2, 1, 2}, {4, 2, 0, 2}}},
		{"check-ins on days not due are ignored", plan.Plan{Commitments: []plan.Commitment{daily, sunday}}, []CheckIn{
			kept("1", "d", "2026-01-06"), kept("2", "s", "2026-01-10"), kept("3", "s", "2026-01-11"), kept("4", "d", "2026-01-16"),
		}, []counts{{1, 0, 0, 1}, {6, 1, 0, 5}, {4, 0, 0, 4}}},
		{"once only in its week", plan.Plan{Commitments: []plan.Commitment{once}}, []CheckIn{missed("1", "o", "2026-01-13")},
			[]counts{{0, 0, 0, 0}, {0, 0, 0, 0}, {1, 0, 1, 0}}},
		{"corrections count, originals do not", plan.Plan{Commitments: []plan.Commitment{once}}, []CheckIn{
			missed("1", "o", "2026-01-13"),
			{ID: "2", CommitmentID: "o", Day: "2026-01-13", Status: StatusKept, Recorded: "2026-01-14T08:00:00Z", Corrects: "1"},
		}, []counts{{0, 0, 0, 0}, {0, 0, 0, 0}, {1, 1, 0, 0}}},
		{"check-ins of removed commitments are ignored", plan.Plan{Commitments: []plan.Commitment{once}}, []CheckIn{
			kept("1", "removed", "2026-01-13"),
		}, []counts{{0, 0, 0, 0}, {0, 0, 0, 0}, {1, 0, 0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			weeks := Weekly(tt.p, tt.checkins, today, 3)
			if len(weeks) != len(tt.want) {
				t.Fatalf("got %d weeks, want %d", len(weeks), len(tt.want))
			}
			for i, w := range weeks {
				if wantStart := day("2025-12-29").AddDate(0, 0, 7*i); !w.Start.Equal(wantStart) {
					t.Errorf("week %d starts %s, want %s", i, w.Start, wantStart)
				}
				got := counts{w.Due, w.Kept, w.Missed, w.Unrecorded}
				if got != tt.want[i] {
					t.Errorf("week of %s = %+v, want %+v", plan.FormatDate(w.Start), got, tt.want[i])
				}
				wantRatio := 0.0
				if w.Due > 0 {
					wantRatio = float64(w.Kept) / float64(w.Due)
				}
				if w.Ratio != wantRatio {
					t.Errorf("week of %s ratio = %v, want %v", plan.FormatDate(w.Start), w.Ratio, wantRatio)
				}
			}
		})
	}
}

func TestWeeklyWeekBoundaries(t *testing.T) {
	p := plan.Plan{Commitments: []plan.Commitment{{ID: "d", Text: "x", Cadence: plan.Daily, Since: "2020-01-01"}}}
	for _, tt := range []struct {
		today     time.Time
		wantStart string
		wantDue   int
	}{
		{time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC), "2026-01-12", 1},   // a Monday: one day so far
		{time.Date(2026, 1, 18, 23, 59, 0, 0, time.UTC), "2026-01-12", 7}, // a Sunday: the whole week
		{time.Date(2026, 1, 19, 1, 0, 0, 0, time.FixedZone("UTC+3", 3*3600)), "2026-01-19", 1},
		{time.Date(2026, 3, 29, 12, 0, 0, 0, time.FixedZone("CEST", 2*3600)), "2026-03-23", 7}, // a daylight-saving Sunday
	} {
		weeks := Weekly(p, nil, tt.today, 2)
		last := weeks[len(weeks)-1]
		if plan.FormatDate(last.Start) != tt.wantStart || last.Due != tt.wantDue {
			t.Errorf("today %s: last week starts %s with %d due, want %s with %d",
				tt.today, plan.FormatDate(last.Start), last.Due, tt.wantStart, tt.wantDue)
		}
		if weeks[0].Due != 7 || !weeks[0].Start.Equal(last.Start.AddDate(0, 0, -7)) {
			t.Errorf("today %s: previous week = %+v", tt.today, weeks[0])
		}
	}
	for _, n := range []int{0, -1} {
		if got := Weekly(p, nil, time.Now(), n); got != nil {
			t.Errorf("Weekly(%d weeks) = %v, want nil", n, got)
		}
	}
}

// TestChart checks that the Progress page charts no weeks before the plan
// has a commitment, and Weekly's weeks once it has one.
func TestChart(t *testing.T) {
	today := time.Date(2026, 1, 15, 18, 0, 0, 0, time.UTC)
	if got := Chart(plan.Plan{}, []CheckIn{kept("1", "gone", "2026-01-14")}, today, 3); got != nil {
		t.Errorf("Chart with no commitments = %v, want nil", got)
	}
	p := plan.Plan{Commitments: []plan.Commitment{{ID: "d", Text: "call", Cadence: plan.Daily, Since: "2026-01-07"}}}
	got, want := Chart(p, nil, today, 3), Weekly(p, nil, today, 3)
	if len(got) != 3 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Chart = %v, want Weekly's %v", got, want)
	}
}

func ExampleWeekly() {
	p := plan.Plan{Commitments: []plan.Commitment{
		{ID: "call", Text: "Call when I am running late", Cadence: plan.Daily, Since: "2026-01-05"},
		{ID: "talk", Text: "Sunday evening talk", Cadence: plan.Weekly, Weekday: int(time.Sunday), Since: "2026-01-05"},
	}}
	var checkins []CheckIn
	for d := day("2026-01-05"); d.Before(day("2026-01-15")); d = d.AddDate(0, 0, 1) {
		status := StatusKept
		if d.Weekday() == time.Friday {
			status = StatusMissed
		}
		checkins = append(checkins, Record("call", d, status, "", d.Add(21*time.Hour)))
	}
	checkins = append(checkins, Record("talk", day("2026-01-11"), StatusKept, "", day("2026-01-11")))

	// Today's check-in on the daily commitment is not recorded yet.
	today := time.Date(2026, 1, 15, 20, 0, 0, 0, time.Local)
	for _, w := range Weekly(p, checkins, today, 3) {
		fmt.Printf("%s: %d due, %d kept, %d missed, %d unrecorded, %d%%\n",
			w.Start.Format("Mon 2 Jan"), w.Due, w.Kept, w.Missed, w.Unrecorded, int(100*w.Ratio))
	}
	fmt.Println(ChartSummary(Weekly(p, checkins, today, 3)))
	// Output:
	// Mon 29 Dec: 0 due, 0 kept, 0 missed, 0 unrecorded, 0%
	// Mon 5 Jan: 8 due, 7 kept, 1 missed, 0 unrecorded, 87%
	// Mon 12 Jan: 4 due, 3 kept, 0 missed, 1 unrecorded, 75%
	// Last 3 weeks: kept 10 of 12 check-ins (83%), missed 1, 1 not recorded; best week 87%.
}
