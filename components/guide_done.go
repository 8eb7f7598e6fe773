package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/store"
	"mend/content/guide"
)

// doneSteps returns the guide steps doc marks done, by slug.
func doneSteps(doc store.Document) map[string]bool { return journey.Done(doc.GuideDone) }

// doneToggle is the step page's "Mark this step as done": a real checkbox
// with its label, saved on the device as soon as it changes.
func (p *stepPage) doneToggle(step guide.Step) []app.UI {
	return []app.UI{
		app.Raw(`<p>Mark it when you have read it and tried the exercise. Mend then shows you where you are on the journey. Only this device knows.</p>`),
		el("label.done-toggle[for=step-done]",
			el("input[type=checkbox]#step-done", "checked", p.done, "change", p.onDoneChange),
			markup(`<span>Mark this step as done</span>`),
		),
		statusLine("done-status", "done-status", p.failed, p.message),
	}
}

func (p *stepPage) onDoneChange(ctx app.Context, e app.Event) {
	done := ctx.JSSrc().Get("checked").Bool()
	step := p.step()
	err := updateDoc(ctx, func(doc *store.Document) {
		doc.GuideDone = journey.Mark(doc.GuideDone, step.Slug, done)
	})
	if err != nil {
		// The box must show what is really saved: go-app would not
		// touch it, as the rendered value has not changed.
		ctx.JSSrc().Set("checked", p.done)
		p.message, p.failed = store.UserMessage(err), true
		return
	}
	p.done, p.failed = done, false
	p.message = doneMessage(step, done, doneSteps(loadDoc()))
}

// doneMessage confirms a change to a step's mark and says what comes next.
func doneMessage(step guide.Step, done bool, marked map[string]bool) string {
	if !done {
		return fmt.Sprintf("Step %d is no longer marked done.", step.Number)
	}
	next, ok := journey.Next(marked)
	if !ok {
		return "Saved. Every step is marked done."
	}
	return fmt.Sprintf("Saved. Next on your journey: step %d, %s.", next.Number, next.Title)
}
