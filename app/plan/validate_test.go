package plan

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateAcceptsGoodPlans(t *testing.T) {
	for name, p := range map[string]Plan{
		"zero":             {},
		"full":             full(),
		"empty entries":    {GivingUp: []Item{{ID: "a"}}, Commitments: []Commitment{{ID: "b", Cadence: Daily, Since: "2026-01-01"}}},
		"longest text":     {Remedy: strings.Repeat("é", MaxTextLength)},
		"once on since":    {Commitments: []Commitment{{ID: "c", Cadence: Once, Date: "2026-01-01", Since: "2026-01-01"}}},
		"weekly saturday":  {Commitments: []Commitment{{ID: "c", Cadence: Weekly, Weekday: 6, Since: "2026-01-01"}}},
		"boundary undated": {Boundaries: []Boundary{{ID: "b", Text: "x"}}},
		"leap day":         {Started: "2028-02-29"},
		"id with - and _":  {Closeness: []Item{{"A-b_9", "x"}}},
	} {
		if err := p.Validate(); err != nil {
			t.Errorf("%s: Validate() = %v, want nil", name, err)
		}
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Plan)
		want []string // each must appear in the error text, in this order
	}{
		{"bad started", func(p *Plan) { p.Started = "2026-13-01" }, []string{`started "2026-13-01": is not a date`}},
		{"impossible day", func(p *Plan) { p.Started = "2026-02-30" }, []string{`started "2026-02-30"`}},
		{"loose date format", func(p *Plan) { p.Started = "2026-1-5" }, []string{`started "2026-1-5"`}},
		{"unknown cadence", func(p *Plan) { p.Commitments[0].Cadence = "hourly" },
			[]string{`commitments[0].cadence "hourly": must be "daily", "weekly" or "once"`}},
		{"empty cadence", func(p *Plan) { p.Commitments[0].Cadence = "" }, []string{`commitments[0].cadence ""`}},
		{"weekday too big", func(p *Plan) { p.Commitments[1].Weekday = 7 }, []string{`commitments[1].weekday "7": must be 0 (Sunday) to 6 (Saturday)`}},
		{"weekday negative", func(p *Plan) { p.Commitments[1].Weekday = -1 }, []string{`commitments[1].weekday "-1"`}},
		{"once without date", func(p *Plan) { p.Commitments[2].Date = "" }, []string{`commitments[2].date "": is missing`}},
		{"once bad date", func(p *Plan) { p.Commitments[2].Date = "soon" }, []string{`commitments[2].date "soon": is not a date`}},
		{"once before since", func(p *Plan) { p.Commitments[2].Date = "2026-01-04" },
			[]string{`commitments[2].date "2026-01-04": is before the day the commitment started (2026-01-05)`}},
		{"daily with bad date", func(p *Plan) { p.Commitments[0].Date = "x" }, []string{`commitments[0].date "x"`}},
		{"no since", func(p *Plan) { p.Commitments[0].Since = "" }, []string{`commitments[0].since "": is missing`}},
		{"bad since", func(p *Plan) { p.Commitments[0].Since = "05/01/2026" }, []string{`commitments[0].since "05/01/2026": is not a date`}},
		{"bad agreed", func(p *Plan) { p.Boundaries[0].Agreed = "yesterday" }, []string{`boundaries[0].agreed "yesterday"`}},
		{"duplicate id across lists", func(p *Plan) { p.Closeness[0].ID = "c2" },
			[]string{`closeness[0].id "c2": is already used by commitments[1].id`}},
		{"duplicate id in a list", func(p *Plan) { p.GivingUp = append(p.GivingUp, Item{"g1", "x"}) },
			[]string{`giving_up[1].id "g1": is already used by giving_up[0].id`}},
		{"empty id", func(p *Plan) { p.Questions[0].ID = "" }, []string{`questions[0].id "": must be 1 to 64`}},
		{"id with space", func(p *Plan) { p.Boundaries[0].ID = "b 1" }, []string{`boundaries[0].id "b 1"`}},
		{"id too long", func(p *Plan) { p.Boundaries[0].ID = strings.Repeat("a", MaxIDLength+1) }, []string{`boundaries[0].id`}},
		{"text too long", func(p *Plan) { p.Impact = strings.Repeat("a", MaxTextLength+1) },
			[]string{`impact "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… (4001 characters): is 4001 characters long; the limit is 4000`}},
		{"answer too long", func(p *Plan) { p.Questions[0].Answer = strings.Repeat("ü", MaxTextLength+1) }, []string{`questions[0].answer`}},
		{"invalid utf-8", func(p *Plan) { p.GivingUp[0].Text = "a\xffb" }, []string{`giving_up[0].text "a\xffb": is not valid UTF-8 text`}},
		{"invalid utf-8 in question", func(p *Plan) { p.Questions[0].Question = "\xc3" }, []string{`questions[0].question`}},
		{"too many entries", func(p *Plan) {
			p.Closeness = nil
			for range MaxListLength + 1 {
				p.Closeness = append(p.Closeness, p.NewItem())
			}
		}, []string{`closeness (201 entries): has more than 200 entries`}},
		{"several at once", func(p *Plan) {
			p.WhatIDid = "\xff"
			p.Started = "x"
			p.Commitments[1].Weekday = 8
			p.Commitments[1].Cadence = "monthly"
		}, []string{`started "x"`, `what_i_did`, `commitments[1].weekday "8"`, `commitments[1].cadence "monthly"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := full()
			tt.edit(&p)
			err := p.Validate()
			if err == nil {
				t.Fatal("Validate() = nil, want an error")
			}
			msg, at := err.Error(), 0
			for _, w := range tt.want {
				i := strings.Index(msg[at:], w)
				if i < 0 {
					t.Fatalf("error %q lacks %q (after position %d)", msg, w, at)
				}
				at += i + len(w)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field == "" || fe.Problem == "" {
				t.Errorf("errors.As(*FieldError) = %+v", fe)
			}
			if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != len(tt.want) {
				t.Errorf("got %d problems, want %d: %v", n, len(tt.want), err)
			}
		})
	}
}

func TestCommitmentValidate(t *testing.T) {
	if err := full().Commitments[2].Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	err := Commitment{ID: "", Cadence: Once, Since: "2026-01-01"}.Validate()
	if err == nil || !strings.Contains(err.Error(), "commitment.date") || !strings.Contains(err.Error(), "commitment.id") {
		t.Errorf("Validate() = %v, want date and id problems", err)
	}
}

func TestProblemsReadLikeErrorsJoin(t *testing.T) {
	var p Problems
	if p.Err() != nil {
		t.Fatal("no problems gave an error")
	}
	p.Add("a", "x", "is wrong")
	p.Wrap("b", errors.New("inner"))
	p.Add("c", "", "is missing")
	err := p.Err()
	want := errors.Join(p.errs...)
	if err.Error() != want.Error() {
		t.Errorf("Err() = %q, want %q", err.Error(), want.Error())
	}
	if fe, ok := errors.AsType[*FieldError](err); !ok || fe.Field != "a" {
		t.Errorf("AsType found %v, %v; want the first field error", fe, ok)
	}
	p.Add("d", "", "comes later")
	if err.Error() != want.Error() {
		t.Error("a problem added after Err changed the error")
	}
}
