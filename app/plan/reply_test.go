package plan

import (
	"reflect"
	"testing"
	"time"
)

func TestAddReply(t *testing.T) {
	p := Plan{Questions: []Question{{ID: "q1", Question: "Old?", Answer: "Yes."}}, Boundaries: []Boundary{{ID: "b1", Text: "Agreed one", Agreed: "2026-01-01"}}}
	before := clonePlanForTest(p)
	got := p.AddReply("r1", []string{"Why?", "When?"}, []string{"Call first."})
	if !reflect.DeepEqual(p, before) {
		t.Error("AddReply changed its receiver")
	}
	if len(got.Questions) != 3 || got.Questions[1].Question != "Why?" || got.Questions[1].Answer != "" || got.Questions[2].From != "r1" {
		t.Errorf("questions %+v", got.Questions)
	}
	if len(got.Boundaries) != 2 || !got.Boundaries[1].Proposed || got.Boundaries[1].Agreed != "" || got.Boundaries[1].From != "r1" {
		t.Errorf("boundaries %+v", got.Boundaries)
	}
	if err := got.Validate(); err != nil {
		t.Error(err)
	}
	if again := got.AddReply("r1", []string{"Why?"}, []string{"x"}); !reflect.DeepEqual(again, got) {
		t.Error("adding the same reply twice changed the plan")
	}
	if !got.HasReply("r1") || got.HasReply("r2") || p.HasReply("r1") {
		t.Error("HasReply")
	}
	// A reply whose questions were all removed is still known by its needs.
	only := got
	only.Questions = only.Questions[:1]
	if !only.HasReply("r1") {
		t.Error("HasReply after the questions were removed")
	}
	if p.AddReply("", []string{"x"}, nil).Questions == nil {
		t.Error("sanity")
	}
	if len(p.AddReply("", []string{"x"}, nil).Questions) != 1 {
		t.Error("a reply without an ID was added")
	}
}

func TestAgreeAndDecline(t *testing.T) {
	p := Plan{}.AddReply("r1", nil, []string{"One", "Two"})
	one, two := p.Boundaries[0].ID, p.Boundaries[1].ID
	day := time.Date(2026, 3, 5, 10, 0, 0, 0, time.Local)
	agreed := p.Agree(one, day)
	if b := agreed.Boundaries[0]; b.Proposed || b.Agreed != "2026-03-05" {
		t.Errorf("agreed: %+v", b)
	}
	if !p.Boundaries[0].Proposed {
		t.Error("Agree changed its receiver")
	}
	if len(agreed.Proposals()) != 1 || agreed.Proposals()[0].ID != two {
		t.Errorf("proposals %+v", agreed.Proposals())
	}
	declined := agreed.Decline(two)
	if len(declined.Boundaries) != 1 || declined.Boundaries[0].ID != one {
		t.Errorf("declined: %+v", declined.Boundaries)
	}
	// An agreed boundary is neither agreed again nor declined.
	if got := declined.Decline(one); len(got.Boundaries) != 1 {
		t.Error("Decline removed an agreed boundary")
	}
	if got := declined.Agree(one, day.AddDate(0, 0, 3)); got.Boundaries[0].Agreed != "2026-03-05" {
		t.Error("Agree changed an agreed boundary's day")
	}
	if got := agreed.WithoutProposals(); len(got.Boundaries) != 1 || got.Boundaries[0].ID != one || len(agreed.Boundaries) != 2 {
		t.Errorf("WithoutProposals: %+v", got.Boundaries)
	}
}

func TestValidateFrom(t *testing.T) {
	p := Plan{Questions: []Question{{ID: "a", Question: "q", From: "bad id!"}}}
	if p.Validate() == nil {
		t.Error("a bad reply ID passed")
	}
}

func clonePlanForTest(p Plan) Plan {
	c := p
	c.Questions = append([]Question(nil), p.Questions...)
	c.Boundaries = append([]Boundary(nil), p.Boundaries...)
	return c
}
