package components

import (
	"fmt"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// repliesPanel lists, beside the links sent, the replies the partner sent
// back that were added to the plan, newest first.
func (p *sharePage) repliesPanel() app.UI {
	if len(p.replies) == 0 {
		return nil
	}
	replies := slices.Clone(p.replies)
	slices.Reverse(replies)
	return app.Section().ID("share-replies").Class("card").Aria("labelledby", "share-replies-title").Body(
		app.H2().ID("share-replies-title").Text("Replies you received"),
		app.Ul().Class("share-history").Body(app.Range(replies).Slice(func(i int) app.UI {
			r := replies[i]
			return app.Li().Body(
				app.P().Class("share-history-when").Text("Written "+readableTime(r.Written)),
				app.P().Class("shared-detail").Text(fmt.Sprintf("%s and %s · added to your plan %s",
					count(r.Questions, "question", "questions"), count(r.Needs, "need", "needs"), readableTime(r.Added))),
				app.If(r.Note != "", func() app.UI {
					return app.P().Class("shared-text").Text("“" + r.Note + "”")
				}),
			)
		})),
	)
}

// count writes n with the singular or plural noun: "1 question", "2 needs".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
