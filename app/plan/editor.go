package plan

import (
	"time"
)

// SaveDelay is how long the plan page waits after the last keystroke
// before it saves: long enough not to write on every letter, short enough
// that little is at risk if the tab is closed.
const SaveDelay = 400 * time.Millisecond

// RebaseWindow is how long after a save an Editor checks that its typed
// edits survived other tabs' saves (see Editor.Rebase).
const RebaseWindow = 5 * time.Second

// Scheduler runs f once, d from now, on the goroutine that owns the
// Editor. The plan page passes go-app's ctx.After; tests pass a fake.
type Scheduler interface {
	After(d time.Duration, f func())
}

// Edit is one change the user made to their plan, kept as a function so
// that it can be applied to the freshest stored copy when it is saved: two
// tabs editing different fields then keep both edits. Key names the field,
// so a later keystroke in the same field replaces an earlier one; an empty
// Key never replaces anything (adding, removing, moving).
type Edit struct {
	Key   string
	Apply func(*Plan)
}

// SaveState says how the last save went.
type SaveState int

// The save states.
const (
	NothingSaved SaveState = iota // no save was tried yet
	Saved                         // the last save worked
	SaveFailed                    // the last save failed; the edits are still pending
)

// Editor holds the plan as saved and the edits not saved yet. What it shows
// is always the saved plan with the pending edits applied, so nothing typed
// disappears, whether a save fails or another tab saves.
//
// Load reads the plan as stored now; Save applies a change to the stored
// plan and saves it, or fails and saves nothing; Now is the clock. All
// three are set before use.
type Editor struct {
	Load func() Plan
	Save func(change func(*Plan)) error
	Now  func() time.Time

	saved   Plan
	pending []Edit
	shown   Plan
	gen     int // counts edits, so only the last one's timer saves

	state SaveState
	err   error

	// recent are the typed edits of the last save, kept for a moment: see
	// Rebase.
	recent   []Edit
	recentAt time.Time
}

// Shown is the plan to show: as saved, with the pending edits on top.
func (e *Editor) Shown() Plan { return e.shown }

// Pending counts the edits not saved yet.
func (e *Editor) Pending() int { return len(e.pending) }

// State says how the last save went, and why it failed.
func (e *Editor) State() (SaveState, error) { return e.state, e.err }

// Reset adopts p as the saved plan, keeping the pending edits on top.
func (e *Editor) Reset(p Plan) {
	e.saved = p
	e.shown = p.Clone()
	for _, ed := range e.pending {
		ed.Apply(&e.shown)
	}
}

// Refresh saves anything pending (and anything another tab's save just
// dropped), then adopts the plan as stored now.
func (e *Editor) Refresh() {
	e.Rebase()
	e.Flush()
	e.Reset(e.Load())
}

// Edit records a change, shows it at once and saves it SaveDelay after the
// last edit.
func (e *Editor) Edit(s Scheduler, key string, apply func(*Plan)) {
	e.add(key, apply)
	e.gen++
	gen := e.gen
	s.After(SaveDelay, func() {
		if gen == e.gen {
			e.Flush()
		}
	})
}

// EditNow records a change and saves it at once, for changes a person
// makes with one tap (add, remove, move).
func (e *Editor) EditNow(key string, apply func(*Plan)) {
	e.add(key, apply)
	e.Flush()
}

// Choose records a choice from a list or a date field and saves it at
// once. An empty value — a date being cleared or half typed — is ignored,
// so a commitment never loses the day it needs.
func (e *Editor) Choose(key, value string, apply func(value string) func(*Plan)) {
	if value == "" {
		return
	}
	e.EditNow(key, apply(value))
}

func (e *Editor) add(key string, apply func(*Plan)) {
	apply(&e.shown)
	for i := range e.pending {
		if e.pending[i].Key == key && key != "" {
			e.pending[i].Apply = apply
			return
		}
	}
	e.pending = append(e.pending, Edit{key, apply})
}

// Flush saves every pending edit. On failure the edits stay pending (and
// shown) and State says what went wrong; the next edit, blur or tab switch
// tries again.
func (e *Editor) Flush() {
	if len(e.pending) == 0 {
		return
	}
	edits := e.pending
	err := e.Save(func(p *Plan) {
		for _, ed := range edits {
			ed.Apply(p)
		}
	})
	if err != nil {
		e.state, e.err = SaveFailed, err
		return
	}
	e.pending = nil
	e.recent, e.recentAt = nil, e.Now()
	for _, ed := range edits {
		if ed.Key != "" {
			e.recent = append(e.recent, ed)
		}
	}
	e.Reset(e.Load())
	e.state, e.err = Saved, nil
}

// Rebase runs when another tab has saved. localStorage reaches other tabs
// a moment late and the last write wins, so a tab that saved from an older
// copy at nearly the same moment as this one can drop what this tab just
// saved. Typed edits set a field to a value, so applying them again is
// safe: if the other tab's plan lacks them, they are saved again on top of
// it. Only the edits of the last RebaseWindow are checked, and only when
// they are really missing, so two tabs never save back and forth.
func (e *Editor) Rebase() {
	if len(e.recent) == 0 || e.recentAt.Add(RebaseWindow).Before(e.Now()) {
		e.recent = nil
		return
	}
	fresh := e.Load()
	withOurs := fresh.Clone()
	for _, ed := range e.recent {
		ed.Apply(&withOurs)
	}
	if withOurs.Equal(fresh) {
		return
	}
	for _, ed := range e.recent {
		// A newer edit of the same field, not saved yet, wins.
		newer := false
		for _, p := range e.pending {
			newer = newer || p.Key == ed.Key
		}
		if !newer {
			e.add(ed.Key, ed.Apply)
		}
	}
	e.Flush()
}
