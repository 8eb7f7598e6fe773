package components

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
)

// weekdays are the choices of a weekly commitment, in time.Weekday order.
var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// cadences are the choices of how often a commitment is checked in on.
var cadences = []struct {
	value plan.Cadence
	label string
}{
	{plan.Daily, "Every day"},
	{plan.Weekly, "Once a week"},
	{plan.Once, "Once, on one day"},
}

// listControls are the move and remove buttons of one entry of any list.
func listControls[T plan.Entry](p *planPage, list func(*plan.Plan) *[]T, id string, index, count int, noun string) app.UI {
	return p.entryControls(id, index, count, noun,
		func(ctx app.Context, delta int) {
			p.editor.EditNow("", func(pl *plan.Plan) { l := list(pl); *l = plan.Move(*l, id, delta) })
		},
		func(ctx app.Context) {
			p.editor.EditNow("", func(pl *plan.Plan) { l := list(pl); *l = plan.Remove(*l, id) })
		})
}

// listView is how the plan page shows one list section: each entry's
// fields with its move and remove buttons, then the add button.
type listView[T plan.Entry] struct {
	info  plan.SectionInfo
	list  func(*plan.Plan) *[]T
	items []T
	// prefix starts the element ids of an entry: prefix + "-" + its ID,
	// then the field (first is the field the keyboard moves to when the
	// entry is added).
	prefix, first string
	add           func(plan.Plan) T
	fields        func(id string, i int, e T, set func(func(*T)) func(*plan.Plan)) []app.UI
}

func renderList[T plan.Entry](p *planPage, v listView[T]) app.UI {
	return el("div",
		el("ol.entries",
			each(len(v.items), func(i int) app.UI {
				e := v.items[i]
				set := func(f func(*T)) func(*plan.Plan) { return plan.EditEntry(v.list, e.EntryID(), f) }
				return el("li.entry",
					append(
						v.fields(v.prefix+"-"+e.EntryID(), i, e, set),
						listControls(p, v.list, e.EntryID(), i, len(v.items), v.info.Noun),
					),
				)
			}),
		),
		p.addButton(string(v.info.ID)+"-add", v.info.Add, func(ctx app.Context) string {
			e := v.add(p.editor.Shown())
			p.editor.EditNow("", func(pl *plan.Plan) { l := v.list(pl); *l = plan.Add(*l, e) })
			return v.prefix + "-" + e.EntryID() + v.first
		}),
	)
}

// entryText is one typed field of a list entry with its label: a line
// when rows is 0, else a box of that many rows. scope is the entry's id.
func (p *planPage) entryText(scope, id, label, value string, rows int, edit func(v string) func(*plan.Plan)) app.UI {
	onInput := p.textEdit(id, edit)
	var field app.UI
	if rows > 0 {
		field = textArea(id, value, rows, "input", onInput, app.EventScope(scope), "blur", p.save)
	} else {
		field = textInput(id, value, "input", onInput, app.EventScope(scope), "blur", p.save)
	}
	return el("div.field", el("label", "for", id, txt(label)), field)
}

// textEdit is an input handler that saves the field's value into the
// entry, after the usual pause.
func (p *planPage) textEdit(key string, apply func(v string) func(*plan.Plan)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.editor.Edit(uiTimers{ctx}, key, apply(ctx.JSSrc().Get("value").String()))
	}
}

// choiceEdit is a change handler (a list or a date) that saves at once
// (see plan.Editor.Choose).
func (p *planPage) choiceEdit(key string, apply func(v string) func(*plan.Plan)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.editor.Choose(key, ctx.JSSrc().Get("value").String(), apply)
	}
}

func (p *planPage) commitments(info plan.SectionInfo, pl plan.Plan) app.UI {
	return renderList(p, listView[plan.Commitment]{
		info: info, list: func(pl *plan.Plan) *[]plan.Commitment { return &pl.Commitments }, items: pl.Commitments,
		prefix: "commitment", first: "-text",
		add: func(pl plan.Plan) plan.Commitment { return pl.NewCommitment(time.Now()) },
		fields: func(id string, i int, c plan.Commitment, set func(func(*plan.Commitment)) func(*plan.Plan)) []app.UI {
			return []app.UI{
				p.entryText(id, id+"-text", info.Noun+" "+strconv.Itoa(i+1), c.Text, 0, func(v string) func(*plan.Plan) {
					return set(func(c *plan.Commitment) { c.Text = v })
				}),
				el("div.field-row",
					el("div.field",
						el("label", "for", id+"-cadence", txt("How often I check in")),
						el("select.input.select", "id", id+"-cadence", "change", p.choiceEdit(id+"-cadence", func(v string) func(*plan.Plan) {
							return set(func(c *plan.Commitment) { c.SetCadence(plan.Cadence(v), time.Now()) })
						}), app.EventScope(id),
							each(len(cadences), func(j int) app.UI {
								return el("option", "value", string(cadences[j].value), "selected", c.Cadence == cadences[j].value,
									txt(cadences[j].label),
								)
							}),
						),
					),
					when(c.Cadence == plan.Weekly, func() app.UI {
						return el("div.field",
							el("label", "for", id+"-weekday", txt("On")),
							el("select.input.select", "id", id+"-weekday", "change", p.choiceEdit(id+"-weekday", func(v string) func(*plan.Plan) {
								day, _ := strconv.Atoi(v)
								return set(func(c *plan.Commitment) { c.Weekday = day })
							}), app.EventScope(id),
								each(len(weekdays), func(j int) app.UI {
									return el("option", "value", strconv.Itoa(j), "selected", c.Weekday == j, txt(weekdays[j]))
								}),
							),
						)
					}),
					when(c.Cadence == plan.Once, func() app.UI {
						return el("div.field",
							el("label", "for", id+"-date", txt("On the day")),
							el("input[type=date].input.input-date", "id", id+"-date", "value", c.Date, "change", p.choiceEdit(id+"-date", func(v string) func(*plan.Plan) {
								return set(func(c *plan.Commitment) { c.SetOnceDate(v) })
							})),
						)
					}),
					el("div.field",
						el("label", "for", id+"-since", txt("Since")),
						el("input[type=date].input.input-date", "id", id+"-since", "value", c.Since, "change", p.choiceEdit(id+"-since", func(v string) func(*plan.Plan) {
							return set(func(c *plan.Commitment) { c.Since = v })
						})),
					),
				),
				el("p.entry-schedule", txt(c.Schedule())),
			}
		},
	})
}

func (p *planPage) boundaries(info plan.SectionInfo, pl plan.Plan) app.UI {
	return renderList(p, listView[plan.Boundary]{
		info: info, list: func(pl *plan.Plan) *[]plan.Boundary { return &pl.Boundaries }, items: pl.Boundaries,
		prefix: "boundary", first: "-text",
		add: func(pl plan.Plan) plan.Boundary { return pl.NewBoundary(time.Now()) },
		fields: func(id string, i int, b plan.Boundary, set func(func(*plan.Boundary)) func(*plan.Plan)) []app.UI {
			return []app.UI{
				p.entryText(id, id+"-text", info.Noun+" "+strconv.Itoa(i+1), b.Text, 2, func(v string) func(*plan.Plan) {
					return set(func(b *plan.Boundary) { b.Text = v })
				}),
				either(b.Proposed, func() app.UI { return p.proposal(b) }, func() app.UI {
					return el("div.field",
						el("label", "for", id+"-agreed", txt("Agreed on")),
						el("input[type=date].input.input-date", "id", id+"-agreed", "value", b.Agreed, "change", p.choiceEdit(id+"-agreed", func(v string) func(*plan.Plan) {
							return set(func(b *plan.Boundary) { b.Agreed = v })
						}), app.EventScope(id)),
					)
				}),
			}
		},
	})
}

func (p *planPage) questions(info plan.SectionInfo, pl plan.Plan) app.UI {
	return renderList(p, listView[plan.Question]{
		info: info, list: func(pl *plan.Plan) *[]plan.Question { return &pl.Questions }, items: pl.Questions,
		prefix: "question", first: "-question",
		add: func(pl plan.Plan) plan.Question { return pl.NewQuestion() },
		fields: func(id string, i int, q plan.Question, set func(func(*plan.Question)) func(*plan.Plan)) []app.UI {
			return []app.UI{
				p.entryText(id, id+"-question", "Their question "+strconv.Itoa(i+1), q.Question, 2, func(v string) func(*plan.Plan) {
					return set(func(q *plan.Question) { q.Question = v })
				}),
				fromReply(q),
				p.entryText(id, id+"-answer", "My honest answer", q.Answer, 3, func(v string) func(*plan.Plan) {
					return set(func(q *plan.Question) { q.Answer = v })
				}),
			}
		},
	})
}
