package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
	"mend/app/share"
)

// sharedPlanView shows a shared plan exactly as the partner sees it. The
// share page's preview and the partner's /view page both call it, so the
// two cannot differ. Every word the user wrote is set as text, never as
// HTML: a link is input from outside, whoever made it.
//
// level is the heading level of each section (2 on /view, 3 inside the
// share page's preview section).
func sharedPlanView(sh share.Shared, level int) app.UI {
	return app.Div().Class("shared-plan").Body(
		app.P().Class("shared-meta").Body(
			app.Text(sharedWhen(sh)),
			app.If(sh.Plan.Started != "", func() app.UI {
				return app.Span().Class("shared-started").Text(" The repair began on " + readableDate(sh.Plan.Started) + ".")
			}),
		),
		app.If(len(sh.Sections) == 0, func() app.UI {
			return app.P().Class("shared-empty").Text("No sections are shared.")
		}),
		app.Range(sh.Sections).Slice(func(i int) app.UI {
			return sharedSection(sh.Plan, sh.Sections[i], level)
		}),
	)
}

// sharedWhen says when a link was made and which version it is.
func sharedWhen(sh share.Shared) string {
	s := "Shared on " + sh.SharedAt.Format("Monday 2 January 2006 at 15:04")
	if sh.Version > 0 {
		s += fmt.Sprintf(" · version %d", sh.Version)
	}
	return s + "."
}

// readableDate writes a plan's YYYY-MM-DD date as "5 January 2026", or
// leaves it as written when it is not a date.
func readableDate(day string) string {
	t, err := plan.ParseDate(day)
	if err != nil {
		return day
	}
	return t.Format("2 January 2006")
}

func heading(level int, id, text string) app.UI {
	if level == 3 {
		return app.H3().ID(id).Text(text)
	}
	return app.H2().ID(id).Text(text)
}

func sharedSection(p plan.Plan, s plan.Section, level int) app.UI {
	info, _ := plan.LookupSection(s)
	id := "shared-" + string(s)
	return app.Section().Class("shared-section").ID(id).Aria("labelledby", id+"-title").Body(
		heading(level, id+"-title", info.Title),
		sharedSectionBody(p, info),
	)
}

func sharedSectionBody(p plan.Plan, info plan.SectionInfo) app.UI {
	if len(p.SectionText(info.ID)) == 0 {
		return app.P().Class("shared-nothing").Text("Nothing written here yet.")
	}
	switch info.Kind {
	case plan.KindText:
		return sharedText(*info.Text(&p))
	case plan.KindItems:
		return sharedItems(*info.Items(&p))
	case plan.KindCommitments:
		return app.Ul().Class("shared-list").Body(app.Range(p.Commitments).Slice(func(i int) app.UI {
			return commitmentItem(p.Commitments[i])
		}))
	case plan.KindBoundaries:
		return app.Ul().Class("shared-list").Body(app.Range(p.Boundaries).Slice(func(i int) app.UI {
			b := p.Boundaries[i]
			return app.Li().Body(
				sharedText(b.Text),
				app.If(b.Agreed != "", func() app.UI {
					return app.P().Class("shared-detail").Text("Agreed on " + readableDate(b.Agreed))
				}),
			)
		}))
	case plan.KindQuestions:
		return app.Ul().Class("shared-list").Body(app.Range(p.Questions).Slice(func(i int) app.UI {
			q := p.Questions[i]
			return app.Li().Class("shared-question").Body(
				app.P().Class("shared-label").Text("Your question"),
				sharedText(q.Question),
				app.P().Class("shared-label").Text("My answer"),
				app.If(q.Answer == "", func() app.UI {
					return app.P().Class("shared-nothing").Text("Not answered yet.")
				}).Else(func() app.UI { return sharedText(q.Answer) }),
			)
		}))
	}
	return nil
}

// sharedText is one text the user wrote; the style sheet keeps its line
// breaks.
func sharedText(s string) app.UI {
	return app.P().Class("shared-text").Text(s)
}

func sharedItems(items []plan.Item) app.UI {
	return app.Ul().Class("shared-list").Body(app.Range(items).Slice(func(i int) app.UI {
		return app.Li().Body(sharedText(items[i].Text))
	}))
}

func commitmentItem(c plan.Commitment) app.UI {
	detail := c.Schedule()
	if c.Since != "" {
		detail += ", since " + readableDate(c.Since)
	}
	return app.Li().Body(
		sharedText(c.Text),
		app.P().Class("shared-detail").Text(detail),
	)
}

// changesView lists what changed between two shared plans, for the partner
// (their kept copy against a newer link) and the user (their last link
// against what they would share now).
func changesView(c share.Changes) app.UI {
	var items []app.UI
	for _, x := range c.Added {
		items = append(items, app.Li().Body(app.Strong().Text("New commitment: "), app.Text(x.Text)))
	}
	for _, x := range c.Removed {
		items = append(items, app.Li().Body(app.Strong().Text("Commitment removed: "), app.Text(x.Text)))
	}
	for _, x := range c.Changed {
		items = append(items, app.Li().Body(
			app.Strong().Text("Commitment changed: "),
			app.Text("“"+x.Before.Text+"” ("+x.Before.Schedule()+") is now “"+x.After.Text+"” ("+x.After.Schedule()+")"),
		))
	}
	for _, s := range c.Reworded {
		items = append(items, app.Li().Body(app.Strong().Text("Reworded: "), app.Text(sectionTitle(s))))
	}
	for _, s := range c.NowShared {
		items = append(items, app.Li().Body(app.Strong().Text("Now shared: "), app.Text(sectionTitle(s))))
	}
	for _, s := range c.NoLongerShared {
		items = append(items, app.Li().Body(app.Strong().Text("No longer shared: "), app.Text(sectionTitle(s))))
	}
	return app.Ul().Class("changes-list").Body(items...)
}

func sectionTitle(s plan.Section) string {
	info, _ := plan.LookupSection(s)
	return info.Title
}
