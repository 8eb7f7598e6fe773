package plan

import (
	"errors"
	"testing"
	"time"
)

// fakeTimers runs scheduled functions only when the test says time passed.
type fakeTimers struct {
	waiting []func()
	delays  []time.Duration
}

func (f *fakeTimers) After(d time.Duration, fn func()) {
	f.waiting = append(f.waiting, fn)
	f.delays = append(f.delays, d)
}

func (f *fakeTimers) fire() {
	w := f.waiting
	f.waiting = nil
	for _, fn := range w {
		fn()
	}
}

// device is a stored plan that two editors (two tabs) share.
type device struct {
	stored Plan
	fail   error
	saves  int
}

func (d *device) editor(now *time.Time) *Editor {
	e := &Editor{
		Load: func() Plan { return d.stored.Clone() },
		Save: func(change func(*Plan)) error {
			if d.fail != nil {
				return d.fail
			}
			p := d.stored.Clone()
			change(&p)
			d.stored = p
			d.saves++
			return nil
		},
		Now: func() time.Time { return *now },
	}
	e.Reset(e.Load())
	return e
}

func setImpact(v string) func(*Plan) { return func(p *Plan) { p.Impact = v } }

func TestTypingSavesOnceAfterThePauseWithTheLastValue(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	d := &device{}
	e, timers := d.editor(&now), &fakeTimers{}
	e.Edit(timers, "impact", setImpact("I"))
	e.Edit(timers, "impact", setImpact("It hurt"))
	if e.Shown().Impact != "It hurt" || e.Pending() != 1 || d.saves != 0 {
		t.Fatalf("before the pause: shown %q, pending %d, saves %d", e.Shown().Impact, e.Pending(), d.saves)
	}
	if timers.delays[0] != SaveDelay {
		t.Errorf("scheduled after %v, want %v", timers.delays[0], SaveDelay)
	}
	timers.fire()
	if d.saves != 1 || d.stored.Impact != "It hurt" || e.Pending() != 0 {
		t.Errorf("after the pause: saves %d, stored %q, pending %d", d.saves, d.stored.Impact, e.Pending())
	}
	if state, err := e.State(); state != Saved || err != nil {
		t.Errorf("State() = %v, %v", state, err)
	}
}

func TestAFailedSaveKeepsTheEditsShownAndPending(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	full := errors.New("storage full")
	d := &device{fail: full}
	e := d.editor(&now)
	e.EditNow("remedy", func(p *Plan) { p.Remedy = "I will pay for it" })
	if state, err := e.State(); state != SaveFailed || err != full {
		t.Fatalf("State() = %v, %v; want SaveFailed, the storage error", state, err)
	}
	if e.Shown().Remedy != "I will pay for it" || e.Pending() != 1 {
		t.Errorf("the edit was lost: shown %q, pending %d", e.Shown().Remedy, e.Pending())
	}
	d.fail = nil
	e.Flush()
	if d.stored.Remedy != "I will pay for it" || e.Pending() != 0 {
		t.Errorf("the retry did not save: stored %q, pending %d", d.stored.Remedy, e.Pending())
	}
}

func TestAnotherTabsSaveKeepsWhatThisTabTyped(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	d := &device{}
	a, b := d.editor(&now), d.editor(&now)
	a.EditNow("impact", setImpact("from tab A"))
	// Tab B saves from its older copy a moment later: the last write wins
	// and drops A's words.
	b.Save(func(p *Plan) { *p = b.Shown(); p.WhatIDid = "from tab B" })
	if d.stored.Impact != "" {
		t.Fatalf("the test's stand-in for a racing tab did not drop A's edit")
	}
	now = now.Add(time.Second)
	a.Refresh()
	if d.stored.Impact != "from tab A" || d.stored.WhatIDid != "from tab B" {
		t.Errorf("after the rebase the device holds %+v, want both tabs' words", d.stored)
	}
	if a.Shown().WhatIDid != "from tab B" {
		t.Errorf("tab A does not show tab B's words")
	}
	saves := d.saves
	a.Refresh()
	if d.saves != saves {
		t.Error("a refresh with nothing missing saved again")
	}
}

func TestOldEditsAreNotSavedAgainAfterTheWindow(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	d := &device{}
	a := d.editor(&now)
	a.EditNow("impact", setImpact("first"))
	d.stored.Impact = "changed in another tab later"
	now = now.Add(RebaseWindow + time.Second)
	a.Refresh()
	if d.stored.Impact != "changed in another tab later" || a.Shown().Impact != d.stored.Impact {
		t.Errorf("an edit older than the window overwrote a newer one: %q", d.stored.Impact)
	}
}

func TestAPendingEditOfTheSameFieldWinsOverTheRebase(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	d := &device{}
	a, timers := d.editor(&now), &fakeTimers{}
	a.EditNow("impact", setImpact("saved"))
	d.stored.Impact = ""
	a.Edit(timers, "impact", setImpact("typed since"))
	a.Refresh()
	if d.stored.Impact != "typed since" {
		t.Errorf("stored %q, want the newer typing", d.stored.Impact)
	}
	timers.fire() // the stale timer finds nothing left to save
	if a.Pending() != 0 {
		t.Errorf("pending %d", a.Pending())
	}
}

func TestChooseIgnoresAnEmptyValue(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	d := &device{stored: Plan{Started: "2026-01-01"}}
	e := d.editor(&now)
	set := func(v string) func(*Plan) { return func(p *Plan) { p.Started = v } }
	e.Choose("started", "", set)
	if d.saves != 0 || d.stored.Started != "2026-01-01" {
		t.Errorf("an empty choice was saved: %q", d.stored.Started)
	}
	e.Choose("started", "2026-02-01", set)
	if d.stored.Started != "2026-02-01" {
		t.Errorf("stored %q", d.stored.Started)
	}
}

func TestEditEntryFindsTheEntryWhereverItMoved(t *testing.T) {
	p := Plan{Boundaries: []Boundary{{ID: "a", Text: "x"}, {ID: "b", Text: "y"}}}
	s := section(SectionBoundaries)
	change := s.Edit("b", func(b any) { b.(*Boundary).Text = "z" })
	s.Move("b", -1)(&p)
	change(&p)
	if p.Boundaries[0].Text != "z" || p.Boundaries[1].Text != "x" {
		t.Errorf("Boundaries = %+v", p.Boundaries)
	}
	s.Remove("b")(&p)
	change(&p)
	if len(p.Boundaries) != 1 {
		t.Errorf("a removed entry came back: %+v", p.Boundaries)
	}
}

func TestSetCadenceGivesTheDayItNeeds(t *testing.T) {
	tuesday := time.Date(2026, 3, 3, 20, 0, 0, 0, time.UTC)
	c := Commitment{Cadence: Daily, Weekday: 0, Since: "2026-03-10"}
	c.SetCadence(Weekly, tuesday)
	if c.Weekday != int(time.Tuesday) {
		t.Errorf("weekly on %d, want Tuesday", c.Weekday)
	}
	c.Weekday = 5
	c.SetCadence(Weekly, tuesday)
	if c.Weekday != 5 {
		t.Error("choosing weekly again moved the weekday")
	}
	c.SetCadence(Once, tuesday)
	if c.Date != "2026-03-03" || c.Since != "2026-03-03" {
		t.Errorf("once: date %q since %q, want today for both", c.Date, c.Since)
	}
	c.SetOnceDate("2026-04-01")
	if c.Date != "2026-04-01" || c.Since != "2026-03-03" {
		t.Errorf("a later day moved the start: %+v", c)
	}
	c.SetOnceDate("2026-02-01")
	if c.Since != "2026-02-01" {
		t.Errorf("an earlier day left the start after it: %+v", c)
	}
}

func TestEqual(t *testing.T) {
	a := Plan{Impact: "x", Closeness: []Item{{"a", "b"}}}
	if !a.Equal(a.Clone()) || !(Plan{}).Equal(Plan{GivingUp: []Item{}}) {
		t.Error("equal plans compare unequal")
	}
	b := a.Clone()
	b.Closeness[0].Text = "c"
	if a.Equal(b) || a.Closeness[0].Text != "b" {
		t.Error("Clone shares its lists, or Equal missed a changed entry")
	}
	if a.Equal(Plan{Impact: "x", Closeness: a.Closeness, Started: "2026-01-01"}) {
		t.Error("Equal missed the start date")
	}
}
