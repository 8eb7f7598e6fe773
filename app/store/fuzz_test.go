package store

import (
	"path/filepath"
	"testing"
)

// FuzzOpen stores arbitrary bytes as the document and opens it. Open must
// never panic; unreadable text must come back byte for byte in Problem.Raw
// and stay under Key; saving must then be refused; and StartFresh must set
// the exact bytes aside.
func FuzzOpen(f *testing.F) {
	addFixtures(f, filepath.Join("v*", "*.json"))
	for _, tt := range unreadable {
		f.Add([]byte(tt.raw))
	}
	f.Add([]byte(`{"v":1,"plan":{},"checkins":[{"id":"x","commitment_id":"c","day":"2026-01-01","status":"kept","recorded":"2026-01-01T00:00:00Z"}]}`))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := NewMemory()
		m.Set(Key, string(raw))
		s, p := Open(m, clock())
		if p == nil {
			// Readable: saving keeps it readable.
			if err := s.Update(func(*Document) {}); err != nil {
				t.Fatalf("Update of a readable document: %v", err)
			}
			if _, p := Open(m, clock()); p != nil {
				t.Fatalf("saved document is unreadable: %+v", p)
			}
			return
		}
		if p.Raw != string(raw) {
			t.Fatalf("Problem.Raw = %q, want %q", p.Raw, raw)
		}
		if err := s.Update(func(d *Document) { d.Plan.WhatIDid = "x" }); err == nil {
			t.Fatal("saved over unreadable data")
		}
		if got := stored(t, m, Key); got != string(raw) {
			t.Fatalf("stored value changed to %q", got)
		}
		if err := s.StartFresh(); err != nil {
			t.Fatal(err)
		}
		copies, err := s.SetAside()
		if err != nil || len(copies) != 1 || copies[0].Raw != string(raw) {
			t.Fatalf("set-aside copies = %+v, %v", copies, err)
		}
		keys, _ := m.Keys()
		for _, k := range keys {
			if !jsonValid(stored(t, m, k)) {
				t.Fatalf("%s is not JSON", k)
			}
		}
	})
}

// FuzzLoadKept stores arbitrary bytes as the kept copy. LoadKept must never
// panic or change what is stored, and a copy it reads must save and read
// back the same.
func FuzzLoadKept(f *testing.F) {
	addFixtures(f, filepath.Join("kept-v0", "*.json"))
	f.Add([]byte(`{"v":1,"kept":"2026-03-05T08:15:00Z","plan":{},"sections":[],"shared_at":"2026-03-04T19:30:00Z","version":1}`))
	f.Add([]byte(`{"v":2}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := NewMemory()
		m.Set(KeptKey, string(raw))
		k, unreadable, err := LoadKept(m)
		if err != nil || (k == nil) != unreadable {
			t.Fatalf("LoadKept = %v, unreadable %v, %v", k, unreadable, err)
		}
		if got := stored(t, m, KeptKey); got != string(raw) {
			t.Fatalf("LoadKept changed the stored copy to %q", got)
		}
		if k == nil {
			return
		}
		if err := SaveKept(m, *k); err != nil {
			t.Fatal(err)
		}
		again, unreadable, err := LoadKept(m)
		if err != nil || unreadable || again == nil || mustJSONOf(t, again) != mustJSONOf(t, k) {
			t.Fatalf("saved %+v, read back %+v (%v, %v)", k, again, unreadable, err)
		}
	})
}
