package progress

import (
	"strings"
	"testing"
	"time"

	"mend/content/words"
)

func TestDaysSince(t *testing.T) {
	tests := []struct {
		started string
		today   time.Time
		want    int
		wantErr string
	}{
		{"2026-01-10", time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), 0, ""},
		{"2026-01-10", time.Date(2026, 1, 10, 23, 59, 0, 0, time.UTC), 0, ""},
		{"2026-01-10", time.Date(2026, 1, 11, 0, 1, 0, 0, time.UTC), 1, ""},
		{"2026-01-10", time.Date(2026, 1, 11, 0, 30, 0, 0, time.FixedZone("UTC+13", 13*3600)), 1, ""}, // still the 10th in UTC
		{"2026-03-01", time.Date(2026, 3, 31, 12, 0, 0, 0, time.FixedZone("CEST", 2*3600)), 30, ""},   // across a clock change
		{"2024-02-28", time.Date(2025, 2, 28, 9, 0, 0, 0, time.UTC), 366, ""},                         // across a leap day
		{"1700-01-01", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 119069, ""},                       // longer than a time.Duration
		{"2026-01-11", time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC), 0, `start date "2026-01-11" is after today (2026-01-10)`},
		{"", time.Now(), 0, `start date "" is not a date`},
		{"10/01/2026", time.Now(), 0, `start date "10/01/2026" is not a date`},
	}
	for _, tt := range tests {
		got, err := DaysSince(tt.started, tt.today)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("DaysSince(%q, %s) error = %v, want %q", tt.started, tt.today, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("DaysSince(%q, %s) = %d, %v, want %d", tt.started, tt.today, got, err, tt.want)
		}
	}
}

func TestPatienceMessageChangesWithTime(t *testing.T) {
	// The first and last day of each stage get the same message; the next
	// day starts a new one.
	stages := [][2]int{{0, 0}, {1, 6}, {7, 29}, {30, 89}, {90, 364}, {365, 5000}}
	seen := map[string]bool{}
	for i, s := range stages {
		first, last := PatienceMessage(s[0]), PatienceMessage(s[1])
		if first == "" || first != last {
			t.Errorf("days %d and %d: %q and %q, want one non-empty message", s[0], s[1], first, last)
		}
		if seen[first] {
			t.Errorf("stage %d repeats %q", i, first)
		}
		seen[first] = true
	}
	if PatienceMessage(-3) != PatienceMessage(0) {
		t.Errorf("negative days should read as the first day")
	}
}

func TestPatienceMessagesAreGentle(t *testing.T) {
	// Phrases that rush, blame or pressure the person who was hurt.
	banned := []string{"should be over", "get over", "move on", "forget", "already", "by now", "should feel",
		"must", "have to", "enough time", "deserve", "fault", "failure", "!"}
	for _, tier := range words.Patience() {
		lower := strings.ToLower(tier.Message)
		for _, b := range banned {
			if strings.Contains(lower, b) {
				t.Errorf("message %q contains %q", tier.Message, b)
			}
		}
		if len(tier.Message) > 200 {
			t.Errorf("message %q is too long for a phone screen", tier.Message)
		}
	}
}
