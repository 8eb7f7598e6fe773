package progress

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// at is a check-in recorded at hh:mm on 2026-01-10 UTC.
func at(id, corrects, status, hhmm string) CheckIn {
	return CheckIn{ID: id, CommitmentID: "c1", Day: "2026-01-10", Status: status,
		Recorded: "2026-01-10T" + hhmm + ":00Z", Corrects: corrects}
}

func TestEffective(t *testing.T) {
	tests := []struct {
		name string
		in   []CheckIn
		want []string // IDs of the entries that stand, in order
	}{
		{"empty", nil, nil},
		{"no corrections", []CheckIn{at("a", "", "kept", "09:00"), at("b", "", "missed", "10:00")}, []string{"a", "b"}},
		{"one correction", []CheckIn{at("a", "", "kept", "09:00"), at("b", "", "kept", "09:30"), at("x", "a", "missed", "10:00")},
			[]string{"x", "b"}},
		{"chain of corrections", []CheckIn{at("a", "", "kept", "09:00"), at("x", "a", "missed", "10:00"), at("y", "x", "note", "11:00")},
			[]string{"y"}},
		{"latest by time, not by position", []CheckIn{at("a", "", "kept", "09:00"), at("y", "a", "note", "12:00"), at("x", "a", "missed", "10:00")},
			[]string{"y"}},
		{"equal times: later position", []CheckIn{at("a", "", "kept", "09:00"), at("x", "a", "missed", "10:00"), at("y", "a", "note", "10:00")},
			[]string{"y"}},
		{"unreadable time: later position", []CheckIn{at("a", "", "kept", "09:00"), at("x", "a", "missed", "10:00"),
			{ID: "y", Corrects: "a", Recorded: "yesterday"}}, []string{"y"}},
		{"a correction beats the original even with a clock set back", []CheckIn{at("a", "", "kept", "09:00"), at("x", "a", "missed", "08:00")},
			[]string{"x"}},
		{"correction of a correction, recorded earlier than a sibling",
			[]CheckIn{at("a", "", "kept", "09:00"), at("x", "a", "missed", "10:00"), at("z", "a", "kept", "11:00"), at("y", "x", "note", "10:30")},
			[]string{"z"}},
		{"correction of a missing entry stands alone", []CheckIn{at("b", "", "kept", "09:00"), at("x", "gone", "missed", "10:00")},
			[]string{"b", "x"}},
		{"correcting itself stands alone", []CheckIn{at("x", "x", "kept", "09:00")}, []string{"x"}},
		{"loop of corrections keeps one entry", []CheckIn{at("b", "", "kept", "08:00"), at("x", "y", "kept", "09:00"), at("y", "x", "missed", "10:00")},
			[]string{"b", "y"}},
		{"duplicate IDs are both kept", []CheckIn{at("a", "", "kept", "09:00"), at("a", "", "missed", "10:00")}, []string{"a", "a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.in)
			var got []string
			for _, c := range Effective(tt.in) {
				got = append(got, c.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Effective = %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(tt.in, before) {
				t.Errorf("Effective changed its input")
			}
		})
	}
}

func TestAnswerOn(t *testing.T) {
	day := time.Date(2026, 1, 10, 21, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   []CheckIn
		want string
	}{
		{"nothing", nil, ""},
		{"kept", []CheckIn{at("a", "", "kept", "09:00")}, StatusKept},
		{"a note alone", []CheckIn{at("a", "", "note", "09:00")}, ""},
		{"kept then a note", []CheckIn{at("a", "", "kept", "09:00"), at("b", "", "note", "10:00")}, StatusKept},
		{"kept corrected to missed", []CheckIn{at("a", "", "kept", "09:00"), at("b", "a", "missed", "10:00")}, StatusMissed},
		{"missed corrected into a note", []CheckIn{at("a", "", "missed", "09:00"), at("b", "a", "note", "10:00")}, ""},
		{"two separate entries: the later one", []CheckIn{at("b", "", "missed", "10:00"), at("a", "", "kept", "09:00")}, StatusMissed},
		{"another commitment", []CheckIn{{ID: "a", CommitmentID: "c2", Day: "2026-01-10", Status: "kept"}}, ""},
		{"another day", []CheckIn{{ID: "a", CommitmentID: "c1", Day: "2026-01-11", Status: "kept"}}, ""},
	}
	for _, tt := range tests {
		got, ok := AnswerOn(tt.in, "c1", day)
		if got.Status != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: AnswerOn = %q, %v; want %q", tt.name, got.Status, ok, tt.want)
		}
	}
}

func TestAnswerCorrectsTodaysAnswer(t *testing.T) {
	now := time.Date(2026, 1, 10, 21, 0, 0, 0, time.UTC)
	first := Answer(nil, "c1", StatusKept, "", now)
	if first.Corrects != "" || first.Status != StatusKept || first.Day != "2026-01-10" {
		t.Fatalf("first answer = %+v", first)
	}
	later := now.Add(time.Hour)
	fix := Answer([]CheckIn{first}, "c1", StatusMissed, "I was wrong", later)
	if fix.Corrects != first.ID || fix.Status != StatusMissed {
		t.Errorf("changing today's answer gave %+v, want a correction of %s", fix, first.ID)
	}
	if got, _ := AnswerOn([]CheckIn{first, fix}, "c1", later); got.Status != StatusMissed {
		t.Errorf("after the correction today stands as %q", got.Status)
	}
	if note := Answer([]CheckIn{first}, "c1", StatusNote, "a thought", later); note.Corrects != "" {
		t.Errorf("a note corrected the answer: %+v", note)
	}
}

func TestRecordAndCorrect(t *testing.T) {
	auckland := time.FixedZone("NZDT", 13*3600)
	day := time.Date(2026, 1, 10, 23, 30, 0, 0, auckland) // still the 10th where the user is
	now := time.Date(2026, 1, 11, 0, 5, 0, 0, auckland)
	c := Record("c1", day, StatusKept, "walked together", now)
	if c.Day != "2026-01-10" || c.Recorded != "2026-01-11T00:05:00+13:00" || c.CommitmentID != "c1" ||
		c.Status != "kept" || c.Note != "walked together" || c.ID == "" || c.Corrects != "" {
		t.Errorf("Record = %+v", c)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("Record gave an invalid check-in: %v", err)
	}
	fix := Correct(c, StatusMissed, "", now.Add(time.Hour))
	if fix.Corrects != c.ID || fix.Day != c.Day || fix.CommitmentID != "c1" || fix.ID == c.ID || fix.Status != "missed" {
		t.Errorf("Correct = %+v", fix)
	}
	if err := fix.Validate(); err != nil {
		t.Errorf("Correct gave an invalid check-in: %v", err)
	}
	if got := Effective([]CheckIn{c, fix}); len(got) != 1 || !reflect.DeepEqual(got[0], fix) {
		t.Errorf("Effective after Correct = %+v", got)
	}
}

func TestCheckInValidate(t *testing.T) {
	good := CheckIn{ID: "a", CommitmentID: "c", Day: "2026-01-10", Status: "note", Note: "ok", Recorded: "2026-01-10T10:00:00Z"}
	if err := good.Validate(); err != nil {
		t.Fatalf("Validate() = %v", err)
	}
	tests := []struct {
		name string
		edit func(*CheckIn)
		want string
	}{
		{"no id", func(c *CheckIn) { c.ID = "" }, `id "": is missing`},
		{"no commitment", func(c *CheckIn) { c.CommitmentID = "" }, `commitment_id "": is missing`},
		{"bad day", func(c *CheckIn) { c.Day = "2026-02-30" }, `day "2026-02-30"`},
		{"bad status", func(c *CheckIn) { c.Status = "done" }, `status "done": must be`},
		{"bad recorded", func(c *CheckIn) { c.Recorded = "2026-01-10 10:00" }, `recorded "2026-01-10 10:00"`},
		{"self correction", func(c *CheckIn) { c.Corrects = "a" }, `corrects "a": names the check-in itself`},
		{"long note", func(c *CheckIn) { c.Note = strings.Repeat("x", 4001) }, `note "(4001 characters)": is longer than 4000`},
		{"bad utf-8", func(c *CheckIn) { c.Note = "\xff" }, `note "\xff": is not valid UTF-8`},
	}
	for _, tt := range tests {
		c := good
		tt.edit(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Validate() = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestCheckInJSON(t *testing.T) {
	b, _ := json.Marshal(CheckIn{ID: "a", CommitmentID: "c", Day: "d", Status: "kept", Note: "n", Recorded: "r", Corrects: "x"})
	want := `{"id":"a","commitment_id":"c","day":"d","status":"kept","note":"n","recorded":"r","corrects":"x"}`
	if string(b) != want {
		t.Errorf("JSON = %s, want %s", b, want)
	}
}

func FuzzEffective(f *testing.F) {
	f.Add([]byte{0, 1, 2, 1, 0, 3, 2, 2})
	f.Fuzz(func(t *testing.T, shape []byte) {
		// Each pair of bytes is one entry: its ID and the ID it corrects (0 for none).
		var in []CheckIn
		for i := 0; i+1 < len(shape); i += 2 {
			c := CheckIn{ID: fmt.Sprint(shape[i] % 8), Recorded: fmt.Sprintf("2026-01-01T00:%02d:00Z", shape[i+1]%60)}
			if shape[i+1]%3 != 0 {
				c.Corrects = fmt.Sprint(shape[i+1] % 8)
			}
			in = append(in, c)
		}
		out := Effective(in)
		if len(out) > len(in) || (len(in) > 0 && len(out) == 0) {
			t.Fatalf("Effective of %d entries gave %d", len(in), len(out))
		}
		for _, c := range out {
			if !slices.ContainsFunc(in, func(x CheckIn) bool { return reflect.DeepEqual(x, c) }) {
				t.Fatalf("Effective invented %+v", c)
			}
		}
	})
}
