package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// repliesPanel lists, beside the links sent, the replies the partner sent
// back that were added to the plan, newest first.
func (p *sharePage) repliesPanel() app.UI {
	if len(p.replies) == 0 {
		return nil
	}
	replies := p.replies
	return el("section#share-replies.card[aria-labelledby=share-replies-title]",
		markup(`<h2 id="share-replies-title">Replies you received</h2>`),
		el("ul.share-history",
			each(len(replies), func(i int) app.UI {
				r := replies[len(replies)-1-i] // newest first
				return el("li",
					el("p.share-history-when", txt("Written "+readableTime(r.Written))),
					el("p.shared-detail",
						txt(fmt.Sprintf("%s and %s · added to your plan %s",
							count(r.Questions, "question", "questions"), count(r.Needs, "need", "needs"), readableTime(r.Added))),
					),
					when(r.Note != "", func() app.UI {
						return el("p.shared-text", txt("“"+r.Note+"”"))
					}),
				)
			}),
		),
	)
}

// count writes n with the singular or plural noun: "1 question", "2 needs".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
