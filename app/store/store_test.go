package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"mend/app/plan"
	"mend/app/progress"
)

// clock returns a now function that starts at a fixed time and moves one
// second per call, so every save has its own Updated.
func clock() func() time.Time {
	t := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

func mustOpen(t *testing.T, b Backend) *Store {
	t.Helper()
	s, p := Open(b, clock())
	if p != nil {
		t.Fatalf("Open: unexpected problem %+v", p)
	}
	return s
}

func stored(t *testing.T, m *Memory, key string) string {
	t.Helper()
	v, ok, err := m.Get(key)
	if err != nil || !ok {
		t.Fatalf("Get(%q) = %q, %v, %v; want a value", key, v, ok, err)
	}
	return v
}

func TestOpenEmpty(t *testing.T) {
	m := NewMemory()
	s := mustOpen(t, m)
	if d := s.Doc(); d.V != Version || !d.Plan.IsEmpty() {
		t.Errorf("Doc() = %+v, want an empty document of version %d", d, Version)
	}
	if keys, _ := m.Keys(); len(keys) != 0 {
		t.Errorf("Open wrote keys %v; it must never write", keys)
	}
}

func TestUpdateSavesValidJSONAndReopens(t *testing.T) {
	m := NewMemory()
	s := mustOpen(t, m)
	err := s.Update(func(d *Document) {
		d.Plan.WhatIDid = "I broke a promise."
		d.GuideDone = append(d.GuideDone, "own-it")
	})
	if err != nil {
		t.Fatal(err)
	}
	raw := stored(t, m, Key)
	if !json.Valid([]byte(raw)) {
		t.Fatalf("stored value is not JSON: %s", raw)
	}
	if !strings.Contains(raw, fmt.Sprintf(`"v":%d`, Version)) {
		t.Errorf("stored value has no version: %s", raw)
	}
	again := mustOpen(t, m)
	d := again.Doc()
	if d.Plan.WhatIDid != "I broke a promise." || len(d.GuideDone) != 1 || d.Updated == "" {
		t.Errorf("reopened document = %+v", d)
	}
}

func TestDocIsADeepCopy(t *testing.T) {
	s := mustOpen(t, NewMemory())
	if err := s.Update(func(d *Document) {
		d.Plan.GivingUp = []plan.Item{{ID: "a", Text: "one"}}
		d.Shares = []Share{{At: "2026-11-22T09:00:00Z", Sections: []plan.Section{plan.SectionImpact}, Version: 1}}
	}); err != nil {
		t.Fatal(err)
	}
	d := s.Doc()
	d.Plan.GivingUp[0].Text = "changed"
	d.Shares[0].Sections[0] = plan.SectionRemedy
	if got := s.Doc(); got.Plan.GivingUp[0].Text != "one" || got.Shares[0].Sections[0] != plan.SectionImpact {
		t.Errorf("changing a copy changed the Store: %+v", got)
	}
}

func TestUpdateChangeGetsACopy(t *testing.T) {
	s := mustOpen(t, NewMemory())
	if err := s.Update(func(d *Document) { d.Plan.GivingUp = []plan.Item{{ID: "a", Text: "one"}} }); err != nil {
		t.Fatal(err)
	}
	var kept *Document
	err := s.Update(func(d *Document) {
		kept = d
		d.Plan.GivingUp[0].Text = strings.Repeat("x", plan.MaxTextLength+1) // invalid
	})
	if err == nil {
		t.Fatal("Update accepted an invalid change")
	}
	kept.Plan.GivingUp[0].Text = "meddling later"
	if got := s.Doc().Plan.GivingUp[0].Text; got != "one" {
		t.Errorf("failed change leaked into the Store: %q", got)
	}
}

func TestUpdateInvalidChangesNothing(t *testing.T) {
	m := NewMemory()
	s := mustOpen(t, m)
	if err := s.Update(func(d *Document) { d.Plan.Remedy = "first" }); err != nil {
		t.Fatal(err)
	}
	before := stored(t, m, Key)
	tests := map[string]func(*Document){
		"long text": func(d *Document) { d.Plan.Remedy = strings.Repeat("a", plan.MaxTextLength+1) },
		"bad cadence": func(d *Document) {
			d.Plan.Commitments = []plan.Commitment{{ID: "c", Cadence: "hourly", Since: "2026-01-01"}}
		},
		"bad check-in":   func(d *Document) { d.CheckIns = []progress.CheckIn{{ID: "x"}} },
		"unknown step":   func(d *Document) { d.GuideDone = []string{"no-such-step"} },
		"step twice":     func(d *Document) { d.GuideDone = []string{"own-it", "own-it"} },
		"draft no id":    func(d *Document) { d.Drafts = []Draft{{Text: "hi"}} },
		"draft bad time": func(d *Document) { d.Drafts = []Draft{{ID: "d", Created: "yesterday"}} },
		"share section": func(d *Document) {
			d.Shares = []Share{{At: "2026-11-22T09:00:00Z", Sections: []plan.Section{"secrets"}}}
		},
		"duplicate draft": func(d *Document) { d.Drafts = []Draft{{ID: "d"}, {ID: "d"}} },
	}
	for name, change := range tests {
		t.Run(name, func(t *testing.T) {
			err := s.Update(change)
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindInvalid || !errors.Is(err, ErrInvalid) {
				t.Fatalf("Update = %v, want an *Error of kind %q", err, KindInvalid)
			}
			if msg := UserMessage(err); !strings.Contains(msg, "wasn't saved") || !strings.Contains(msg, "safe") {
				t.Errorf("UserMessage = %q", msg)
			}
			if got := stored(t, m, Key); got != before {
				t.Errorf("stored data changed after a refused update")
			}
			if got := s.Doc().Plan.Remedy; got != "first" {
				t.Errorf("Doc().Plan.Remedy = %q, want %q", got, "first")
			}
		})
	}
}

func TestQuotaKeepsEverything(t *testing.T) {
	m := NewMemory()
	s := mustOpen(t, m)
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "small" }); err != nil {
		t.Fatal(err)
	}
	m.Limit = m.Used() * 2 // room for the backup copy and a little more
	before := stored(t, m, Key)
	err := s.Update(func(d *Document) {
		d.Drafts = append(d.Drafts, Draft{ID: "big", Text: strings.Repeat("words ", 1000)})
	})
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindQuota || !errors.Is(err, ErrQuota) {
		t.Fatalf("Update = %v, want an *Error of kind quota", err)
	}
	if got := UserMessage(err); got != msgQuota {
		t.Errorf("UserMessage = %q", got)
	}
	if got := stored(t, m, Key); got != before {
		t.Errorf("stored data changed after a quota failure")
	}
	if d := s.Doc(); len(d.Drafts) != 0 || d.Plan.WhatIDid != "small" {
		t.Errorf("Doc() changed after a quota failure: %+v", d)
	}
	// Once there is room again, saving works.
	m.Limit = 0
	if err := s.Update(func(d *Document) { d.Plan.Impact = "later" }); err != nil {
		t.Fatal(err)
	}
}

func TestQuotaOnBackupCopy(t *testing.T) {
	m := NewMemory()
	first := mustOpen(t, m)
	if err := first.Update(func(d *Document) { d.Plan.WhatIDid = strings.Repeat("a", 2000) }); err != nil {
		t.Fatal(err)
	}
	m.Limit = m.Used() + 100 // no room for a second copy
	before := stored(t, m, Key)
	s := mustOpen(t, m)
	err := s.Update(func(d *Document) { d.Plan.Impact = "x" })
	if !errors.Is(err, ErrQuota) {
		t.Fatalf("Update = %v, want ErrQuota", err)
	}
	if got := stored(t, m, Key); got != before {
		t.Error("stored data changed")
	}
}

func TestStorageFailure(t *testing.T) {
	m := NewMemory()
	s := mustOpen(t, m)
	m.Fail = errors.New("SecurityError")
	err := s.Update(func(d *Document) { d.Plan.WhatIDid = "x" })
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindStorage || !errors.Is(err, ErrStorage) {
		t.Fatalf("Update = %v, want kind storage", err)
	}
	s2, p := Open(m, nil)
	if p == nil || p.Kind != KindStorage || s2 == nil {
		t.Fatalf("Open on failing storage = %v, %+v", s2, p)
	}
	m.Fail = nil
	if err := s2.Update(func(d *Document) {}); err == nil {
		t.Error("a Store opened without reading storage saved over it")
	}
}

func TestBackupKeepsWhatWasThereAtOpen(t *testing.T) {
	m := NewMemory()
	s := mustOpen(t, m)
	if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "one" }); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := m.Get(PreviousKey); ok {
		t.Error("a backup was made of nothing")
	}
	original := stored(t, m, Key)

	s = mustOpen(t, m) // a new page load
	for _, text := range []string{"two", "three"} {
		if err := s.Update(func(d *Document) { d.Plan.WhatIDid = text }); err != nil {
			t.Fatal(err)
		}
		if got := stored(t, m, PreviousKey); got != original {
			t.Errorf("after saving %q, %s = %s, want the document as opened: %s", text, PreviousKey, got, original)
		}
	}
	if !json.Valid([]byte(stored(t, m, PreviousKey))) {
		t.Error("backup is not JSON")
	}
}

func TestUserMessageForSentinels(t *testing.T) {
	for _, err := range []error{ErrQuota, ErrUnreadable, ErrNewerVersion, ErrNeedsPassphrase, ErrWrongPassphrase, ErrNotABackup, ErrInvalid, ErrStorage, ErrNoPrevious, errors.New("other")} {
		msg := UserMessage(err)
		if msg == "" || len(msg) > 250 {
			t.Errorf("UserMessage(%v) = %q", err, msg)
		}
	}
	if UserMessage(nil) != "" {
		t.Error("UserMessage(nil) is not empty")
	}
}
