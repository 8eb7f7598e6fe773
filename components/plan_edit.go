package components

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
	"mend/app/store"
)

// newPlanEditor returns the plan page's editor, which keeps the edits not
// saved yet and saves them to the user's document (see plan.Editor).
func newPlanEditor() plan.Editor {
	return plan.Editor{
		Load: func() plan.Plan { return loadDoc().Plan },
		Save: func(change func(*plan.Plan)) error {
			// updateDoc reads nothing from its context.
			return updateDoc(app.Context{}, func(doc *store.Document) { change(&doc.Plan) })
		},
		Now: time.Now,
	}
}

// uiTimers runs the editor's timers on the UI goroutine, which re-renders
// the page after each.
type uiTimers struct{ ctx app.Context }

func (t uiTimers) After(d time.Duration, f func()) {
	t.ctx.After(d, func(app.Context) { f() })
}

// saveStatus is what the plan page's status line says about saving.
func saveStatus(e *plan.Editor) (text string, failed bool) {
	switch state, err := e.State(); state {
	case plan.SaveFailed:
		return store.UserMessage(err), true
	case plan.Saved:
		return "Saved on this device", false
	}
	return "", false
}
