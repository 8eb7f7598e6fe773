package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"mend/app/share"
)

func TestKeptReply(t *testing.T) {
	m := NewMemory()
	if k, bad, err := LoadKeptReply(m); k != nil || bad || err != nil {
		t.Fatalf("empty: %v %v %v", k, bad, err)
	}
	want := KeptReply{Kept: "2026-03-07T20:14:00Z", Questions: []string{"Why?"}, Needs: []string{"Call first."}, Note: "Tired."}
	if err := SaveKeptReply(m, want); err != nil {
		t.Fatal(err)
	}
	got, bad, err := LoadKeptReply(m)
	want.V = KeptReplyVersion
	if err != nil || bad || !reflect.DeepEqual(*got, want) {
		t.Errorf("got %+v, %v, %v", got, bad, err)
	}
	// Nothing else is stored, and the document is not touched.
	if _, ok, _ := m.Get(Key); ok {
		t.Error("keeping a reply wrote the document")
	}
	for _, raw := range []string{`{`, `{"v":2,"kept":"x"}`, `{"v":1}`, `{"v":1,"kept":"x","mood":"ok"}`} {
		m.Set(KeptReplyKey, raw)
		if k, bad, err := LoadKeptReply(m); k != nil || !bad || err != nil {
			t.Errorf("%s: %v %v %v", raw, k, bad, err)
		}
		if v, _, _ := m.Get(KeptReplyKey); v != raw {
			t.Errorf("reading %s changed it", raw)
		}
	}
	if err := ForgetKeptReply(m); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := m.Get(KeptReplyKey); ok {
		t.Error("ForgetKeptReply left the copy")
	}
	full := NewMemory()
	full.Limit = 10
	var e *Error
	if err := SaveKeptReply(full, want); !errors.As(err, &e) || e.Kind != KindQuota {
		t.Errorf("full storage: %v", err)
	}
}

func TestKeepReplyHoldsItsWords(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	r := share.Reply{Questions: []string{"Why then?"}, Needs: []string{"Space on Sundays"}, Note: "  tired  ", WrittenAt: now}
	k := KeepReply(r, now)
	if k.Note != "tired" || k.Kept != "2026-03-01T09:30:00Z" || k.V != KeptReplyVersion {
		t.Errorf("KeepReply gave %+v", k)
	}
	if !k.Holds(r) {
		t.Error("a kept reply does not hold the reply it was made from")
	}
	later := r
	later.WrittenAt = now.Add(time.Hour)
	if !k.Holds(later) {
		t.Error("the same words written later are not held")
	}
	changed := r
	changed.Needs = []string{"Space on Saturdays"}
	if k.Holds(changed) {
		t.Error("a reply with other words is held")
	}
}

func TestDocumentAddsAReplyOnce(t *testing.T) {
	written := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	r := share.Reply{Questions: []string{"Why then?", "Is there more?"}, Needs: []string{"Space on Sundays"}, Note: "ok", WrittenAt: written}
	d := Empty()
	if !d.AddReply(r, written.Add(time.Hour)) {
		t.Fatal("a new reply was not added")
	}
	if len(d.Plan.Questions) != 2 || len(d.Plan.Boundaries) != 1 || !d.Plan.Boundaries[0].Proposed {
		t.Fatalf("the plan holds %d questions and boundaries %+v", len(d.Plan.Questions), d.Plan.Boundaries)
	}
	want := Reply{ID: r.ID(), Written: "2026-03-01T09:30:00Z", Added: "2026-03-01T10:30:00Z", Questions: 2, Needs: 1, Note: "ok"}
	if len(d.Replies) != 1 || !reflect.DeepEqual(d.Replies[0], want) {
		t.Fatalf("replies received: %+v, want [%+v]", d.Replies, want)
	}
	again := r
	again.WrittenAt = written.Add(2 * time.Minute) // the same words made into a link later
	if d.AddReply(again, written.Add(2*time.Hour)) {
		t.Error("the same reply was added twice")
	}
	if len(d.Plan.Questions) != 2 || len(d.Plan.Boundaries) != 1 || len(d.Replies) != 1 {
		t.Errorf("adding again changed the document: %d questions, %d boundaries, %d replies", len(d.Plan.Questions), len(d.Plan.Boundaries), len(d.Replies))
	}
}
