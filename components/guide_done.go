package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/store"
	"mend/content/guide"
)

// doneSteps returns the steps marked done in doc, by slug. Slugs that name
// no step are ignored.
func doneSteps(doc store.Document) map[string]bool {
	done := make(map[string]bool, len(doc.GuideDone))
	for _, slug := range doc.GuideDone {
		if journey.Valid(slug) {
			done[slug] = true
		}
	}
	return done
}

// nextStep returns the first step in journey order not marked done, and
// false when every step is done.
func nextStep(done map[string]bool) (journey.Step, bool) {
	for _, step := range journey.Steps {
		if !done[step.Slug] {
			return step, true
		}
	}
	return journey.Step{}, false
}

// markStepDone returns slugs with slug added (done) or removed (not done),
// keeping the list in journey order and free of repeats.
func markStepDone(slugs []string, slug string, done bool) []string {
	marked := doneSteps(store.Document{GuideDone: slugs})
	marked[slug] = done
	var out []string
	for _, step := range journey.Steps {
		if marked[step.Slug] {
			out = append(out, step.Slug)
		}
	}
	return out
}

// doneToggle is the step page's "Mark this step as done": a real checkbox
// with its label, saved on the device as soon as it changes.
func (p *stepPage) doneToggle(step guide.Step) []app.UI {
	status := app.P().ID("done-status").Class("done-status").Role("status")
	if p.failed {
		status = status.Class("notice notice-warning")
	}
	return []app.UI{
		app.P().Text("Mark it when you have read it and tried the exercise. Mend then shows you where you are on the journey. Only this device knows."),
		app.Label().Class("done-toggle").For("step-done").Body(
			app.Input().Type("checkbox").ID("step-done").Checked(p.done).OnChange(p.onDoneChange),
			app.Span().Text("Mark this step as done"),
		),
		status.Text(p.message),
	}
}

func (p *stepPage) onDoneChange(ctx app.Context, e app.Event) {
	done := ctx.JSSrc().Get("checked").Bool()
	step := p.step()
	err := updateDoc(ctx, func(doc *store.Document) {
		doc.GuideDone = markStepDone(doc.GuideDone, step.Slug, done)
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
	next, ok := nextStep(marked)
	if !ok {
		return "Saved. Every step is marked done."
	}
	return fmt.Sprintf("Saved. Next on your journey: step %d, %s.", next.Number, next.Title)
}
