package store

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"mend/app/plan"
)

var unreadable = []struct {
	name, raw string
	kind      Kind
	is        error
}{
	{"not JSON", `{"v":1,"plan":{"what_i_did":"I`, KindCorrupt, ErrUnreadable},
	{"binary", "\x00\xff\xfe garbage", KindCorrupt, ErrUnreadable},
	{"newer version", `{"v":2,"plan":{},"future":true}`, KindNewer, ErrNewerVersion},
	{"huge version", `{"v":99999999999999999999999,"plan":{}}`, KindNewer, ErrNewerVersion},
	{"no version", `{"plan":{}}`, KindShape, ErrUnreadable},
	{"version zero", `{"v":0,"plan":{}}`, KindShape, ErrUnreadable},
	{"version text", `{"v":"1","plan":{}}`, KindShape, ErrUnreadable},
	{"version fraction", `{"v":1.5,"plan":{}}`, KindShape, ErrUnreadable},
	{"array", `[1,2,3]`, KindShape, ErrUnreadable},
	{"null", `null`, KindShape, ErrUnreadable},
	{"plan is text", `{"v":1,"plan":"hello"}`, KindShape, ErrUnreadable},
	{"unknown field", `{"v":1,"plan":{},"moods":["ok"]}`, KindShape, ErrUnreadable},
	{"invalid plan", `{"v":1,"plan":{"commitments":[{"id":"c","cadence":"hourly","since":"2026-01-01"}]}}`, KindShape, ErrUnreadable},
}

func TestOpenUnreadableKeepsRawAndRefusesToSave(t *testing.T) {
	for _, tt := range unreadable {
		t.Run(tt.name, func(t *testing.T) {
			m := NewMemory()
			m.Set(Key, tt.raw)
			s, p := Open(m, clock())
			if p == nil {
				t.Fatal("Open found no problem")
			}
			if p.Kind != tt.kind || !errors.Is(p, tt.is) || p.Raw != tt.raw || p.Message == "" {
				t.Errorf("Problem = %+v, want kind %q wrapping %v with the raw text", p, tt.kind, tt.is)
			}
			err := s.Update(func(d *Document) { d.Plan.WhatIDid = "new" })
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindUnreadable {
				t.Errorf("Update over unreadable data = %v, want kind %q", err, KindUnreadable)
			}
			if got := stored(t, m, Key); got != tt.raw {
				t.Errorf("stored text changed to %q", got)
			}
			if p2 := s.Problem(); p2 == nil || p2.Raw != tt.raw {
				t.Errorf("Store.Problem() = %+v", p2)
			}
		})
	}
}

func TestStartFreshSetsRawAside(t *testing.T) {
	m := NewMemory()
	raw := "\xff not JSON and not UTF-8"
	m.Set(Key, raw)
	s, p := Open(m, clock())
	if p == nil {
		t.Fatal("no problem")
	}
	if err := s.StartFresh(); err != nil {
		t.Fatal(err)
	}
	if s.Problem() != nil {
		t.Error("problem remains after StartFresh")
	}
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "again" }); err != nil {
		t.Fatal(err)
	}
	copies, err := s.SetAside()
	if err != nil || len(copies) != 1 {
		t.Fatalf("SetAside() = %+v, %v; want one copy", copies, err)
	}
	if c := copies[0]; c.Raw != raw || c.Kind != string(KindCorrupt) || !strings.HasPrefix(c.Key, SetAsidePrefix) || c.At == "" {
		t.Errorf("set-aside copy = %+v", c)
	}
	keys, _ := m.Keys()
	for _, k := range keys {
		if v := stored(t, m, k); !jsonValid(v) {
			t.Errorf("%s holds invalid JSON: %q", k, v)
		}
	}
	// A second StartFresh in the same second gets its own key.
	if err := s.StartFresh(); err != nil {
		t.Fatal(err)
	}
	if copies, _ := s.SetAside(); len(copies) != 2 {
		t.Errorf("SetAside() after two fresh starts = %d copies", len(copies))
	}
}

func TestStartFreshWithoutRoom(t *testing.T) {
	m := NewMemory()
	raw := strings.Repeat("x", 1000)
	m.Set(Key, raw)
	m.Limit = 1500
	s, _ := Open(m, clock())
	err := s.StartFresh()
	if !errors.Is(err, ErrQuota) || KindOf(err) != KindQuota || !strings.Contains(UserMessage(err), "Download") {
		t.Fatalf("StartFresh = %v (%q), want a quota error asking for a download", err, UserMessage(err))
	}
	// The settings page offers exactly this, under these words.
	if !strings.Contains(UserMessage(err), "start fresh without keeping a copy here") {
		t.Errorf("the message %q does not name the way out the settings page offers", UserMessage(err))
	}
	if got := stored(t, m, Key); got != raw {
		t.Error("stored text changed")
	}
	if err := s.StartFreshWithoutCopy(); err != nil {
		t.Fatal(err)
	}
	if s.Problem() != nil || !jsonValid(stored(t, m, Key)) {
		t.Error("StartFreshWithoutCopy did not start fresh")
	}
}

func TestRestorePrevious(t *testing.T) {
	m := NewMemory()
	s := mustOpen(t, m)
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "good" }); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, m)
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "better" }); err != nil {
		t.Fatal(err)
	}
	m.Set(Key, `{"v":1,"plan":{"what_i_did":"bett`) // damaged later
	s, p := Open(m, clock())
	if p == nil || !p.HasPrevious || p.PreviousUpdated == "" {
		t.Fatalf("Problem = %+v, want one that offers the previous copy", p)
	}
	if err := s.RestorePrevious(); err != nil {
		t.Fatal(err)
	}
	if got := s.Doc().Plan.WhatIDid; got != "good" {
		t.Errorf("restored %q, want %q", got, "good")
	}
	copies, _ := s.SetAside()
	if len(copies) != 1 || copies[0].Raw != p.Raw {
		t.Errorf("the damaged text was not set aside: %+v", copies)
	}
	if again := mustOpen(t, m); again.Doc().Plan.WhatIDid != "good" {
		t.Error("restored document was not saved")
	}
}

func TestRestorePreviousWithoutCopy(t *testing.T) {
	m := NewMemory()
	m.Set(Key, "garbage")
	s, p := Open(m, clock())
	if p == nil || p.HasPrevious {
		t.Fatalf("Problem = %+v", p)
	}
	err := s.RestorePrevious()
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindNoPrevious || !errors.Is(err, ErrNoPrevious) {
		t.Fatalf("RestorePrevious = %v", err)
	}
	m.Set(PreviousKey, "also garbage")
	if err := s.RestorePrevious(); !errors.Is(err, ErrNoPrevious) {
		t.Fatalf("RestorePrevious with unreadable copy = %v", err)
	}
	if got := stored(t, m, Key); got != "garbage" {
		t.Error("stored text changed")
	}
}

func TestDeleteEverything(t *testing.T) {
	m := NewMemory()
	m.Set("other-app", `"theirs"`)
	m.Set(Key, "garbage")
	s, _ := Open(m, clock())
	if err := s.StartFresh(); err != nil {
		t.Fatal(err)
	}
	s = mustOpen(t, m)
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "x" }); err != nil {
		t.Fatal(err)
	}
	if err := SaveKept(m, Kept{Kept: "2026-03-05T08:15:00Z", Plan: plan.Plan{Remedy: "their plan"}}); err != nil {
		t.Fatal(err)
	}
	m.Set("mend.something-later", `"from a newer Mend"`)
	m.Set("mendel", `"not ours: no dot"`)
	if keys, _ := m.Keys(); len(keys) != 7 {
		t.Fatalf("before: %v, want the document, its earlier copy, a set-aside copy, the kept copy and three others", keys)
	}
	if err := s.DeleteEverything(); err != nil {
		t.Fatal(err)
	}
	keys, _ := m.Keys()
	if !reflect.DeepEqual(keys, []string{"mendel", "other-app"}) {
		t.Errorf("keys left: %v, want only other apps' keys", keys)
	}
	if !s.Doc().Plan.IsEmpty() {
		t.Error("document not emptied")
	}
	if k, unreadable, err := LoadKept(m); k != nil || unreadable || err != nil {
		t.Errorf("LoadKept after deleting = %v, %v, %v", k, unreadable, err)
	}
}

// unlisted is a Backend that cannot list its keys.
type unlisted struct{ m *Memory }

func (u unlisted) Get(k string) (string, bool, error) { return u.m.Get(k) }
func (u unlisted) Set(k, v string) error              { return u.m.Set(k, v) }
func (u unlisted) Remove(k string) error              { return u.m.Remove(k) }

func TestDeleteEverythingWithoutAList(t *testing.T) {
	m := NewMemory()
	b := unlisted{m}
	s := mustOpen(t, b)
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "x" }); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "y" }); err != nil {
		t.Fatal(err)
	}
	if err := SaveKept(b, Kept{Kept: "2026-03-05T08:15:00Z"}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEverything(); err != nil {
		t.Fatal(err)
	}
	if keys, _ := m.Keys(); len(keys) != 0 {
		t.Errorf("keys left: %v", keys)
	}
}
