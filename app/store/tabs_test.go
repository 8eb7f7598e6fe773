package store

import (
	"errors"
	"testing"

	"mend/app/plan"
)

func TestTwoTabsKeepEachOthersEdits(t *testing.T) {
	m := NewMemory()
	a := mustOpen(t, m)
	b := mustOpen(t, m)
	if err := a.Update(func(d *Document) { d.Plan.WhatIDid = "from A" }); err != nil {
		t.Fatal(err)
	}
	// B has not reloaded; its edit must still keep A's.
	if err := b.Update(func(d *Document) { d.Plan.Impact = "from B" }); err != nil {
		t.Fatal(err)
	}
	if err := a.Update(func(d *Document) { d.Plan.Closeness = append(d.Plan.Closeness, plan.Item{ID: "k", Text: "walk"}) }); err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*Store{"A": a, "B": b, "reopened": mustOpen(t, m)} {
		if name == "B" {
			if changed, p := b.Reload(); !changed || p != nil {
				t.Errorf("B.Reload() = %v, %v; want a change", changed, p)
			}
		}
		d := s.Doc()
		if d.Plan.WhatIDid != "from A" || d.Plan.Impact != "from B" || len(d.Plan.Closeness) != 1 {
			t.Errorf("%s sees %+v; an edit was lost", name, d.Plan)
		}
	}
	if changed, p := b.Reload(); changed || p != nil {
		t.Errorf("second Reload = %v, %v; want no change", changed, p)
	}
}

func TestReloadAfterOtherTabDeletes(t *testing.T) {
	m := NewMemory()
	a := mustOpen(t, m)
	b := mustOpen(t, m)
	if err := a.Update(func(d *Document) { d.Plan.WhatIDid = "x" }); err != nil {
		t.Fatal(err)
	}
	b.Reload()
	if err := a.DeleteEverything(); err != nil {
		t.Fatal(err)
	}
	if changed, p := b.Reload(); !changed || p != nil || !b.Doc().Plan.IsEmpty() {
		t.Errorf("Reload after delete = %v, %v, %+v", changed, p, b.Doc())
	}
}

func TestOtherTabLeavesUnreadableText(t *testing.T) {
	m := NewMemory()
	a := mustOpen(t, m)
	if err := a.Update(func(d *Document) { d.Plan.WhatIDid = "mine" }); err != nil {
		t.Fatal(err)
	}
	m.Set(Key, `{"v":7}`) // a newer Mend in another tab
	err := a.Update(func(d *Document) { d.Plan.Impact = "x" })
	if !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("Update = %v, want ErrNewerVersion", err)
	}
	if got := stored(t, m, Key); got != `{"v":7}` {
		t.Errorf("overwrote newer data: %s", got)
	}
	if a.Doc().Plan.WhatIDid != "mine" {
		t.Error("lost the document on screen")
	}
	if changed, p := a.Reload(); changed || p == nil || p.Kind != KindNewer {
		t.Errorf("Reload = %v, %+v", changed, p)
	}
	// The other tab starts fresh; this tab recovers on the storage event.
	m.Set(Key, `{"v":1,"plan":{"remedy":"fresh"}}`)
	if changed, p := a.Reload(); !changed || p != nil || a.Doc().Plan.Remedy != "fresh" {
		t.Errorf("Reload after repair = %v, %+v", changed, p)
	}
	if err := a.Update(func(d *Document) { d.Plan.Impact = "x" }); err != nil {
		t.Errorf("Update after repair = %v", err)
	}
}
