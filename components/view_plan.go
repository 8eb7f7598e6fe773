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
	return el("div.shared-plan",
		el("p.shared-meta",
			app.Text(sharedWhen(sh)),
			when(sh.Plan.Started != "", func() app.UI {
				return el("span.shared-started", txt(" The repair began on "+readableDate(sh.Plan.Started)+"."))
			}),
		),
		when(len(sh.Sections) == 0, func() app.UI {
			return app.Raw(`<p class="shared-empty">No sections are shared.</p>`)
		}),
		each(len(sh.Sections), func(i int) app.UI {
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
		return el("h3", "id", id, txt(text))
	}
	return el("h2", "id", id, txt(text))
}

func sharedSection(p plan.Plan, s plan.Section, level int) app.UI {
	info, _ := plan.LookupSection(s)
	id := "shared-" + string(s)
	return elIn(id, "section#$.shared-section[aria-labelledby=$-title]",
		heading(level, id+"-title", info.Title),
		sharedSectionBody(p, info),
	)
}

func sharedSectionBody(p plan.Plan, info plan.SectionInfo) app.UI {
	if len(p.SectionText(info.ID)) == 0 {
		return app.Raw(`<p class="shared-nothing">Nothing written here yet.</p>`)
	}
	switch info.Kind {
	case plan.KindText:
		return sharedText(*info.Text(&p))
	case plan.KindItems:
		return sharedItems(*info.Items(&p))
	case plan.KindCommitments:
		return el("ul.shared-list",
			each(len(p.Commitments), func(i int) app.UI {
				return commitmentItem(p.Commitments[i])
			}),
		)
	case plan.KindBoundaries:
		return el("ul.shared-list",
			each(len(p.Boundaries), func(i int) app.UI {
				b := p.Boundaries[i]
				return el("li",
					sharedText(b.Text),
					when(b.Agreed != "", func() app.UI {
						return el("p.shared-detail", txt("Agreed on "+readableDate(b.Agreed)))
					}),
				)
			}),
		)
	case plan.KindQuestions:
		return el("ul.shared-list",
			each(len(p.Questions), func(i int) app.UI {
				q := p.Questions[i]
				return el("li.shared-question",
					markup(`<p class="shared-label">Your question</p>`),
					sharedText(q.Question),
					markup(`<p class="shared-label">My answer</p>`),
					either(q.Answer == "", func() app.UI {
						return app.Raw(`<p class="shared-nothing">Not answered yet.</p>`)
					}, func() app.UI { return sharedText(q.Answer) }),
				)
			}),
		)
	}
	return nil
}

// sharedText is one text the user wrote; the style sheet keeps its line
// breaks.
func sharedText(s string) app.UI {
	return el("p.shared-text", txt(s))
}

func sharedItems(items []plan.Item) app.UI {
	return el("ul.shared-list",
		each(len(items), func(i int) app.UI {
			return el("li", sharedText(items[i].Text))
		}),
	)
}

func commitmentItem(c plan.Commitment) app.UI {
	detail := c.Schedule()
	if c.Since != "" {
		detail += ", since " + readableDate(c.Since)
	}
	return el("li",
		sharedText(c.Text),
		el("p.shared-detail", txt(detail)),
	)
}

// changesView lists what changed between two shared plans, for the partner
// (their kept copy against a newer link) and the user (their last link
// against what they would share now).
func changesView(c share.Changes) app.UI {
	var items []app.UI
	add := func(label, what string) {
		items = append(items, el("li", el("strong", txt(label)), txt(what)))
	}
	for _, x := range c.Added {
		add("New commitment: ", x.Text)
	}
	for _, x := range c.Removed {
		add("Commitment removed: ", x.Text)
	}
	for _, x := range c.Changed {
		add("Commitment changed: ", "“"+x.Before.Text+"” ("+x.Before.Schedule()+") is now “"+x.After.Text+"” ("+x.After.Schedule()+")")
	}
	sections := [...]struct {
		label string
		list  []plan.Section
	}{{"Reworded: ", c.Reworded}, {"Now shared: ", c.NowShared}, {"No longer shared: ", c.NoLongerShared}}
	for _, g := range sections {
		for _, s := range g.list {
			add(g.label, sectionTitle(s))
		}
	}
	return el("ul.changes-list", items)
}

func sectionTitle(s plan.Section) string {
	info, _ := plan.LookupSection(s)
	return info.Title
}
