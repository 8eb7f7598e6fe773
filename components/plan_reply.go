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
	return elIn(id, "div#$-proposal.proposal",
		markup(`<p class="proposal-note"><strong>Proposed by them. </strong>Not agreed yet: talk it over, then answer.</p>`),
		el("div.entry-actions",
			elIn(id, "button#$-agree.button[type=button][aria-describedby=$-text]", "click", func(ctx app.Context, e app.Event) {
				p.editor.EditNow("", func(pl *plan.Plan) { *pl = pl.Agree(b.ID, time.Now()) })
			},
				txt("We agree"),
			),
			elIn(id, "button#$-decline.button.button-quiet[type=button][aria-describedby=$-text]", "click", func(ctx app.Context, e app.Event) {
				p.editor.EditNow("", func(pl *plan.Plan) { *pl = pl.Decline(b.ID) })
			},
				txt("Not this one"),
			),
		),
	)
}

// fromReply marks a question that came from the partner's reply.
func fromReply(q plan.Question) app.UI {
	if q.From == "" {
		return nil
	}
	return el("p.field-hint.from-reply", "id", "question-"+q.ID+"-from", txt("From their reply."))
}
