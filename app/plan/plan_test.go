package plan

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"mend/app/journey"
)

func TestSectionsPointAtRealSteps(t *testing.T) {
	seen := map[Section]bool{}
	for _, s := range Sections {
		if !journey.Valid(s.Step) {
			t.Errorf("section %q points at unknown step %q", s.ID, s.Step)
		}
		if seen[s.ID] {
			t.Errorf("section %q listed twice", s.ID)
		}
		seen[s.ID] = true
		if s.Title == "" || s.Purpose == "" {
			t.Errorf("section %q needs a title and a purpose", s.ID)
		}
	}
	if len(Sections) != 9 {
		t.Errorf("len(Sections) = %d, want 9", len(Sections))
	}
}

func TestOnlyWhyAndChangeIsPrivateByDefault(t *testing.T) {
	for _, s := range Sections {
		if want := s.ID == SectionWhyAndChange; s.PrivateByDefault != want {
			t.Errorf("section %q PrivateByDefault = %v, want %v", s.ID, s.PrivateByDefault, want)
		}
	}
}

func TestSectionValidAndLookup(t *testing.T) {
	for _, s := range Sections {
		if !s.ID.Valid() {
			t.Errorf("%q.Valid() = false", s.ID)
		}
		if got, ok := LookupSection(s.ID); !ok || got.ID != s.ID {
			t.Errorf("LookupSection(%q) = %v, %v", s.ID, got.ID, ok)
		}
	}
	for _, bad := range []Section{"", "What-I-Did", "notes", "commitment"} {
		if bad.Valid() {
			t.Errorf("%q.Valid() = true, want false", bad)
		}
	}
}

// full is a plan with something in every section, used by several tests.
func full() Plan {
	return Plan{
		WhatIDid:     "I read your messages without asking.",
		Impact:       "You felt watched and small.",
		WhyAndChange: "I was anxious and did not say so.",
		Remedy:       "I will tell you when I feel anxious instead.",
		GivingUp:     []Item{{"g1", "Checking your phone"}},
		Commitments: []Commitment{
			{ID: "c1", Text: "Tell you where I am", Cadence: Daily, Since: "2026-01-05"},
			{ID: "c2", Text: "Talk on Sundays", Cadence: Weekly, Weekday: 0, Since: "2026-01-05"},
			{ID: "c3", Text: "See a counsellor", Cadence: Once, Date: "2026-02-01", Since: "2026-01-05"},
		},
		Boundaries: []Boundary{{ID: "b1", Text: "No phones at dinner", Agreed: "2026-01-06"}},
		Questions:  []Question{{ID: "q1", Question: "Was there anything else?", Answer: "No. Nothing else."}},
		Closeness:  []Item{{"k1", "A walk on Saturday"}},
		Started:    "2026-01-05",
	}
}

func TestSectionText(t *testing.T) {
	p := full()
	p.Questions = append(p.Questions, Question{ID: "q2", Question: "Why?"})
	p.GivingUp = append(p.GivingUp, Item{ID: "g2"})
	tests := []struct {
		s    Section
		want []string
	}{
		{SectionWhatIDid, []string{"I read your messages without asking."}},
		{SectionImpact, []string{"You felt watched and small."}},
		{SectionWhyAndChange, []string{"I was anxious and did not say so."}},
		{SectionRemedy, []string{"I will tell you when I feel anxious instead."}},
		{SectionGivingUp, []string{"Checking your phone"}},
		{SectionCommitments, []string{"Tell you where I am", "Talk on Sundays", "See a counsellor"}},
		{SectionBoundaries, []string{"No phones at dinner"}},
		{SectionQuestions, []string{"Was there anything else?", "No. Nothing else.", "Why?"}},
		{SectionCloseness, []string{"A walk on Saturday"}},
		{"unknown", nil},
	}
	for _, tt := range tests {
		if got := p.SectionText(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("SectionText(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if got := (Plan{}).SectionText(SectionWhatIDid); got != nil {
		t.Errorf("empty plan SectionText = %q, want nil", got)
	}
}

func TestIsEmpty(t *testing.T) {
	tests := []struct {
		name string
		p    Plan
		want bool
	}{
		{"zero", Plan{}, true},
		{"only a start date", Plan{Started: "2026-01-05"}, true},
		{"entries without text", Plan{GivingUp: []Item{{ID: "a"}}, Questions: []Question{{ID: "b"}}}, true},
		{"a paragraph", Plan{Remedy: "x"}, false},
		{"an answer without its question", Plan{Questions: []Question{{ID: "b", Answer: "yes"}}}, false},
		{"a commitment", Plan{Commitments: []Commitment{{ID: "c", Text: "t"}}}, false},
		{"closeness", Plan{Closeness: []Item{{"k", "walk"}}}, false},
		{"full", full(), false},
	}
	for _, tt := range tests {
		if got := tt.p.IsEmpty(); got != tt.want {
			t.Errorf("%s: IsEmpty() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSchedule(t *testing.T) {
	tests := []struct {
		c    Commitment
		want string
	}{
		{Commitment{Cadence: Daily}, "Every day"},
		{Commitment{Cadence: Weekly, Weekday: 2}, "Every Tuesday"},
		{Commitment{Cadence: Weekly, Weekday: 0}, "Every Sunday"},
		{Commitment{Cadence: Weekly, Weekday: 9}, "Every week"},
		{Commitment{Cadence: Once, Date: "2026-03-01"}, "Once, on 2026-03-01"},
		{Commitment{Cadence: Once}, "Once"},
		{Commitment{Cadence: "hourly"}, `Unknown schedule "hourly"`},
	}
	for _, tt := range tests {
		if got := tt.c.Schedule(); got != tt.want {
			t.Errorf("%+v.Schedule() = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestJSONFieldNames(t *testing.T) {
	// Stored data and share links depend on these names.
	b, err := json.Marshal(full())
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{`"what_i_did"`, `"impact"`, `"why_and_change"`, `"remedy"`, `"giving_up"`,
		`"commitments"`, `"boundaries"`, `"questions"`, `"closeness"`, `"started"`, `"cadence":"weekly"`,
		`"since"`, `"date"`, `"agreed"`, `"question"`, `"answer"`, `"id"`, `"text"`} {
		if !strings.Contains(string(b), name) {
			t.Errorf("JSON lacks %s: %s", name, b)
		}
	}
	var back Plan
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, full()) {
		t.Errorf("round trip = %+v, %v", back, err)
	}
	if b, _ := json.Marshal(Plan{}); string(b) != "{}" {
		t.Errorf("empty plan JSON = %s, want {}", b)
	}
}

// TestTheSectionTableMatchesThePlan checks each entry of Sections against
// the Plan it describes: its accessor fits its kind and reaches the field
// whose JSON name is Field, the kinds with a field of their own appear
// once, and every bit is its own.
func TestTheSectionTableMatchesThePlan(t *testing.T) {
	kinds := map[Kind]int{}
	bits := map[uint]Section{}
	for _, s := range Sections {
		kinds[s.Kind]++
		if other, dup := bits[s.Bit]; dup {
			t.Errorf("sections %q and %q share bit %d", s.ID, other, s.Bit)
		}
		bits[s.Bit] = s.ID
		if (s.Kind == KindText) != (s.Text != nil) || (s.Kind == KindItems) != (s.Items != nil) {
			t.Errorf("section %q: its accessors do not fit its kind", s.ID)
			continue
		}
		if (s.Kind != KindText) != (s.Noun != "" && s.Add != "") {
			t.Errorf("section %q: a list needs a noun and add words, and only a list", s.ID)
		}
		var p Plan
		switch s.Kind {
		case KindText:
			*s.Text(&p) = "x"
		case KindItems:
			*s.Items(&p) = []Item{{ID: "a", Text: "x"}}
		case KindCommitments:
			p.Commitments = []Commitment{{ID: "a", Text: "x"}}
		case KindBoundaries:
			p.Boundaries = []Boundary{{ID: "a", Text: "x"}}
		case KindQuestions:
			p.Questions = []Question{{ID: "a", Question: "x"}}
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var fields map[string]any
		json.Unmarshal(b, &fields)
		if _, ok := fields[s.Field]; !ok || len(fields) != 1 {
			t.Errorf("section %q with one word in it is stored as %s, want only %q", s.ID, b, s.Field)
		}
		if got := p.SectionText(s.ID); !slices.Equal(got, []string{"x"}) {
			t.Errorf("section %q: SectionText = %q, want [x]", s.ID, got)
		}
	}
	for _, k := range []Kind{KindCommitments, KindBoundaries, KindQuestions} {
		if kinds[k] != 1 {
			t.Errorf("%d sections of kind %d, which has one field in Plan", kinds[k], k)
		}
	}
}
