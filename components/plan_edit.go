package components

import (
	"reflect"
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
	"mend/app/store"
)

// saveDelay is how long the plan page waits after the last keystroke
// before it saves: long enough not to write on every letter, short enough
// that little is at risk if the tab is closed.
const saveDelay = 400 * time.Millisecond

// planEdit is one change the user made to their plan, kept as a function
// so that it can be applied to the freshest stored copy when it is saved:
// two tabs editing different fields then keep both edits. key names the
// field, so a later keystroke in the same field replaces an earlier one.
type planEdit struct {
	key   string
	apply func(*plan.Plan)
}

// planEditor holds the plan as saved and the edits not saved yet. What the
// page shows is always the saved plan with the pending edits applied, so
// nothing typed disappears, whether a save fails or another tab saves.
type planEditor struct {
	saved   plan.Plan
	pending []planEdit
	shown   plan.Plan
	gen     int // counts edits, so only the last one's timer saves

	status string // what the save status line says
	failed bool

	// recent are the typed edits of the last save, kept for a moment: see
	// rebase.
	recent   []planEdit
	recentAt time.Time
}

// rebaseWindow is how long after a save this tab checks that its typed
// edits survived other tabs' saves.
const rebaseWindow = 5 * time.Second

// clonePlan returns a deep copy of p.
func clonePlan(p plan.Plan) plan.Plan {
	return store.Document{Plan: p}.Clone().Plan
}

// reset adopts p as the saved plan, keeping the pending edits on top.
func (e *planEditor) reset(p plan.Plan) {
	e.saved = p
	e.shown = clonePlan(p)
	for _, ed := range e.pending {
		ed.apply(&e.shown)
	}
}

// edit records a change, shows it at once and saves it after saveDelay.
func (e *planEditor) edit(ctx app.Context, key string, apply func(*plan.Plan)) {
	e.add(key, apply)
	e.gen++
	gen := e.gen
	ctx.After(saveDelay, func(ctx app.Context) {
		if gen == e.gen {
			e.flush(ctx)
		}
	})
}

// editNow records a change and saves it at once, for changes a person
// makes with one tap (add, remove, move, a choice from a list).
func (e *planEditor) editNow(ctx app.Context, key string, apply func(*plan.Plan)) {
	e.add(key, apply)
	e.flush(ctx)
}

func (e *planEditor) add(key string, apply func(*plan.Plan)) {
	apply(&e.shown)
	for i := range e.pending {
		if e.pending[i].key == key && key != "" {
			e.pending[i].apply = apply
			return
		}
	}
	e.pending = append(e.pending, planEdit{key, apply})
}

// flush saves every pending edit. On failure the edits stay pending (and
// on screen) and the status says what went wrong; the next edit, blur or
// tab switch tries again.
func (e *planEditor) flush(ctx app.Context) {
	if len(e.pending) == 0 {
		return
	}
	edits := e.pending
	err := updateDoc(ctx, func(doc *store.Document) {
		for _, ed := range edits {
			ed.apply(&doc.Plan)
		}
	})
	if err != nil {
		e.status, e.failed = store.UserMessage(err), true
		return
	}
	e.pending = nil
	e.recent, e.recentAt = nil, time.Now()
	for _, ed := range edits {
		if ed.key != "" {
			e.recent = append(e.recent, ed)
		}
	}
	e.reset(loadDoc().Plan)
	e.status, e.failed = "Saved on this device", false
}

// rebase runs when another tab has saved. localStorage reaches other tabs
// a moment late and the last write wins, so a tab that saved from an older
// copy at nearly the same moment as this one can drop what this tab just
// saved. Typed edits set a field to a value, so applying them again is
// safe: if the other tab's document lacks them, they are saved again on
// top of it. Only the edits of the last few seconds are checked, and only
// when they are really missing, so two tabs never save back and forth.
func (e *planEditor) rebase(ctx app.Context) {
	if len(e.recent) == 0 || time.Since(e.recentAt) > rebaseWindow {
		e.recent = nil
		return
	}
	fresh := loadDoc().Plan
	withOurs := clonePlan(fresh)
	for _, ed := range e.recent {
		ed.apply(&withOurs)
	}
	if reflect.DeepEqual(withOurs, fresh) {
		return
	}
	for _, ed := range e.recent {
		// A newer edit of the same field, not saved yet, wins.
		if !slices.ContainsFunc(e.pending, func(p planEdit) bool { return p.key == ed.key }) {
			e.add(ed.key, ed.apply)
		}
	}
	e.flush(ctx)
}
