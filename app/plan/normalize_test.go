package plan

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestNormalize(t *testing.T) {
	in := Plan{
		WhatIDid:     "  I lied.\r\nMore than once.\r\n ",
		Impact:       "\t\n",
		WhyAndChange: "a\rb",
		Remedy:       " x ",
		GivingUp:     []Item{{" g1 ", " late nights "}, {"g2", "   "}, {"g3", ""}},
		Commitments: []Commitment{
			{ID: "c1", Text: " call ", Cadence: " Daily ", Since: " 2026-01-01 "},
			{ID: "c2", Text: "\n", Cadence: Daily, Since: "2026-01-01"},
			{ID: "c3", Text: "therapy", Cadence: Once, Date: " 2026-02-01\t", Since: "2026-01-01"},
		},
		Boundaries: []Boundary{{ID: "b1", Text: "", Agreed: "2026-01-01"}, {ID: "b2", Text: " no secrets ", Agreed: " 2026-01-02 "}},
		Questions:  []Question{{ID: "q1", Question: " ", Answer: " "}, {ID: "q2", Question: "why?", Answer: ""}, {ID: "q3", Question: "", Answer: " because "}},
		Closeness:  []Item{{"k1", " "}},
		Started:    " 2026-01-01 ",
	}
	want := Plan{
		WhatIDid:     "I lied.\nMore than once.",
		WhyAndChange: "a\nb",
		Remedy:       "x",
		GivingUp:     []Item{{"g1", "late nights"}},
		Commitments: []Commitment{
			{ID: "c1", Text: "call", Cadence: Daily, Since: "2026-01-01"},
			{ID: "c3", Text: "therapy", Cadence: Once, Date: "2026-02-01", Since: "2026-01-01"},
		},
		Boundaries: []Boundary{{ID: "b2", Text: "no secrets", Agreed: "2026-01-02"}},
		Questions:  []Question{{ID: "q2", Question: "why?", Answer: ""}, {ID: "q3", Question: "", Answer: "because"}},
		Started:    "2026-01-01",
	}
	before, _ := json.Marshal(in)
	got := in.Normalize()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Normalize() =\n%+v\nwant\n%+v", got, want)
	}
	if after, _ := json.Marshal(in); string(after) != string(before) {
		t.Errorf("Normalize changed its input:\n%s\n%s", before, after)
	}
	if again := got.Normalize(); !reflect.DeepEqual(again, got) {
		t.Errorf("Normalize is not idempotent:\n%+v\n%+v", got, again)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("normalised plan is invalid: %v", err)
	}
	if !reflect.DeepEqual(Plan{}.Normalize(), Plan{}) {
		t.Errorf("Normalize of the zero plan = %+v", Plan{}.Normalize())
	}
}

func FuzzNormalizeValidate(f *testing.F) {
	f.Add("I did it", " 2026-01-01 ", "daily", 3, "2026-02-01", "c1", "c1")
	f.Add("\r\n\xff", "2026-02-30", "once", 7, "", "", "x y")
	f.Add("", "", "Weekly ", -1, " 2026-01-01", "a", "b")
	f.Fuzz(func(t *testing.T, text, date, cadence string, weekday int, date2, id1, id2 string) {
		p := Plan{
			WhatIDid:    text,
			Started:     date,
			GivingUp:    []Item{{id1, text}},
			Commitments: []Commitment{{ID: id2, Text: text, Cadence: Cadence(cadence), Weekday: weekday, Date: date2, Since: date}},
			Boundaries:  []Boundary{{ID: id1 + "b", Text: text, Agreed: date2}},
			Questions:   []Question{{ID: id2 + "q", Question: text, Answer: date}},
		}
		err := p.Validate() // must not panic
		n := p.Normalize()
		if again := n.Normalize(); !reflect.DeepEqual(again, n) {
			t.Fatalf("Normalize is not idempotent: %+v then %+v", n, again)
		}
		if err == nil {
			if nerr := n.Validate(); nerr != nil {
				t.Fatalf("valid plan became invalid after Normalize: %v", nerr)
			}
		}
	})
}
