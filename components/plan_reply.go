package components

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
)

// What the partner wrote back in a reply link shows on the plan page for
// what it is: their needs as proposed boundaries, until the user agrees to
// each one or says no to it, and their questions marked as theirs.

// proposal marks a boundary the partner proposed and offers the two
// answers. Agreeing makes it a boundary agreed today; saying no takes it
// out of the plan.
func (p *planPage) proposal(b plan.Boundary) app.UI {
	id := "boundary-" + b.ID
	return app.Div().ID(id+"-proposal").Class("proposal").Body(
		app.P().Class("proposal-note").Body(
			app.Strong().Text("Proposed by them. "),
			app.Text("Not agreed yet: talk it over, then answer."),
		),
		app.Div().Class("entry-actions").Body(
			app.Button().ID(id+"-agree").Class("button").Type("button").Text("We agree").
				Aria("describedby", id+"-text").OnClick(func(ctx app.Context, e app.Event) {
				p.editor.EditNow("", func(pl *plan.Plan) { *pl = pl.Agree(b.ID, time.Now()) })
			}),
			app.Button().ID(id+"-decline").Class("button button-quiet").Type("button").Text("Not this one").
				Aria("describedby", id+"-text").OnClick(func(ctx app.Context, e app.Event) {
				p.editor.EditNow("", func(pl *plan.Plan) { *pl = pl.Decline(b.ID) })
			}),
		),
	)
}

// fromReply marks a question that came from the partner's reply.
func fromReply(q plan.Question) app.UI {
	if q.From == "" {
		return nil
	}
	return app.P().ID("question-" + q.ID + "-from").Class("field-hint from-reply").Text("From their reply.")
}
