package components

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
)

// weekdays are the choices of a weekly commitment, in time.Weekday order:
// each value, then its label.
var weekdays = []string{"0", "Sunday", "1", "Monday", "2", "Tuesday", "3", "Wednesday", "4", "Thursday", "5", "Friday", "6", "Saturday"}

// cadences are the choices of how often a commitment is checked in on:
// each value, then its label.
var cadences = []string{
	string(plan.Daily), "Every day",
	string(plan.Weekly), "Once a week",
	string(plan.Once), "Once, on one day",
}

// listView is how the plan page shows one list section, whatever the type
// of its entries: each entry's fields with its move and remove buttons,
// then the add button. plan.SectionInfo's methods add, change, move and
// remove entries of any list, so everything here is drawn by the same code
// for every list.
type listView struct {
	info plan.SectionInfo
	ids  []string // the entries' IDs, in order
	// prefix starts the element ids of an entry: prefix + "-" + its ID,
	// then the field (first is the field the keyboard moves to when the
	// entry is added).
	prefix, first string
	// fields draws entry i's fields; id starts their element ids.
	fields func(id string, i int) []app.UI
}

// edit is the change that sets one field of an entry (named like its
// element: "-text").
func (v *listView) edit(id, field, value string) func(*plan.Plan) {
	return v.info.Edit(id, func(e any) { setEntryField(e, field, value) })
}

// setEntryField sets the field of a list entry that the element id suffix
// names to what was typed or chosen.
func setEntryField(entry any, field, v string) {
	switch e := entry.(type) {
	case *plan.Item:
		e.Text = v
	case *plan.Commitment:
		switch field {
		case "-text":
			e.Text = v
		case "-cadence":
			e.SetCadence(plan.Cadence(v), time.Now())
		case "-weekday":
			e.Weekday, _ = strconv.Atoi(v)
		case "-date":
			e.SetOnceDate(v)
		case "-since":
			e.Since = v
		}
	case *plan.Boundary:
		switch field {
		case "-text":
			e.Text = v
		case "-agreed":
			e.Agreed = v
		}
	case *plan.Question:
		switch field {
		case "-question":
			e.Question = v
		case "-answer":
			e.Answer = v
		}
	}
}

func (p *planPage) renderList(v *listView) app.UI {
	n := len(v.ids)
	return el("div",
		el("ol.entries",
			each(n, func(i int) app.UI {
				id := v.ids[i]
				return el("li.entry",
					v.fields(v.prefix+"-"+id, i),
					p.entryControls(v, id, i, n),
				)
			}),
		),
		el("button[type=button].button.button-small.add-entry", "id", string(v.info.ID)+"-add", "click", func(ctx app.Context, e app.Event) {
			id, add := v.info.New(p.editor.Shown(), time.Now())
			p.editor.EditNow("", add)
			// Move the keyboard to the new entry.
			focus := v.prefix + "-" + id + v.first
			ctx.Defer(func(app.Context) {
				if el := app.Window().GetElementByID(focus); el.Truthy() {
					el.Call("focus")
				}
			})
		},
			txt(v.info.Add),
		),
	)
}

// entryButtons are the move and remove buttons of a list entry: the verb
// that names each for screen readers, its text, and how far it moves the
// entry (0 removes it).
var entryButtons = [...]struct {
	verb, text string
	delta      int
}{
	{"Move up", "↑ Up", -1},
	{"Move down", "↓ Down", 1},
	{"Remove", "Remove", 0},
}

// entryControls are the move and remove buttons of one list entry, named
// for screen readers with the entry's position.
func (p *planPage) entryControls(v *listView, entryID string, index, count int) app.UI {
	// The scope ties each handler to its entry: go-app keeps a handler
	// whose code is unchanged, which would otherwise act on the entry that
	// used to be in this place.
	scope := app.EventScope(entryID, index, count)
	named := " " + strings.ToLower(v.info.Noun) + " " + strconv.Itoa(index+1)
	return el("div.entry-controls",
		each(len(entryButtons), func(j int) app.UI {
			b := entryButtons[j]
			return el("button[type=button].button.button-quiet.button-small", "aria-label", b.verb+named,
				"disabled", b.delta < 0 && index == 0 || b.delta > 0 && index == count-1,
				"click", func(ctx app.Context, e app.Event) {
					change := v.info.Move(entryID, b.delta)
					if b.delta == 0 {
						change = v.info.Remove(entryID)
					}
					p.editor.EditNow("", change)
				}, scope,
				txt(b.text),
			)
		}),
	)
}

// dateRows is entryInput's rows for a date field.
const dateRows = -1

// entryInput is one field of a list entry: a line (rows 0), a box of that
// many rows, a date (dateRows) or a list of choices (value, label pairs).
// Its element id is id + field; what is typed or chosen goes into that
// field of the entry.
func (p *planPage) entryInput(v *listView, id, entryID, field, value string, rows int, choices []string) app.UI {
	key := id + field
	scope := app.EventScope(id)
	switch {
	case rows == dateRows || choices != nil:
		change := func(ctx app.Context, e app.Event) {
			p.editor.Choose(key, ctx.JSSrc().Get("value").String(), func(value string) func(*plan.Plan) {
				return v.edit(entryID, field, value)
			})
		}
		if choices == nil {
			return el("input[type=date].input.input-date", "id", key, "value", value, "change", change, scope)
		}
		return el("select.input.select", "id", key, "change", change, scope,
			each(len(choices)/2, func(j int) app.UI {
				return el("option", "value", choices[2*j], "selected", choices[2*j] == value, txt(choices[2*j+1]))
			}),
		)
	}
	input := func(ctx app.Context, e app.Event) {
		p.editor.Edit(uiTimers{ctx}, key, v.edit(entryID, field, ctx.JSSrc().Get("value").String()))
	}
	if rows > 0 {
		return el("textarea.input.textarea", "id", key, "rows", rows, "maxlength", plan.MaxTextLength, "value", value, "input", input, scope, "blur", p.save)
	}
	return el("input.input[type=text]", "id", key, "maxlength", plan.MaxTextLength, "value", value, "input", input, scope, "blur", p.save)
}

// entryField is entryInput in a div.field, after its label.
func (p *planPage) entryField(v *listView, id, entryID, field, label, value string, rows int, choices []string) app.UI {
	return el("div.field",
		el("label", "for", id+field, txt(label)),
		p.entryInput(v, id, entryID, field, value, rows, choices),
	)
}

// itemList is a section that is a list of short entries.
func (p *planPage) itemList(info plan.SectionInfo, pl plan.Plan) app.UI {
	v := &listView{info: info, ids: info.EntryIDs(&pl), prefix: string(info.ID)}
	items := *info.Items(&pl)
	v.fields = func(id string, i int) []app.UI {
		return []app.UI{
			el("label", "for", id, txt(info.Noun+" "+strconv.Itoa(i+1))),
			p.entryInput(v, id, items[i].ID, "", items[i].Text, 0, nil),
		}
	}
	return p.renderList(v)
}

func (p *planPage) commitments(info plan.SectionInfo, pl plan.Plan) app.UI {
	v := &listView{info: info, ids: info.EntryIDs(&pl), prefix: "commitment", first: "-text"}
	items := pl.Commitments
	v.fields = func(id string, i int) []app.UI {
		c := items[i]
		return []app.UI{
			p.entryField(v, id, c.ID, "-text", info.Noun+" "+strconv.Itoa(i+1), c.Text, 0, nil),
			el("div.field-row",
				p.entryField(v, id, c.ID, "-cadence", "How often I check in", string(c.Cadence), 0, cadences),
				when(c.Cadence == plan.Weekly, func() app.UI {
					return p.entryField(v, id, c.ID, "-weekday", "On", strconv.Itoa(c.Weekday), 0, weekdays)
				}),
				when(c.Cadence == plan.Once, func() app.UI {
					return p.entryField(v, id, c.ID, "-date", "On the day", c.Date, dateRows, nil)
				}),
				p.entryField(v, id, c.ID, "-since", "Since", c.Since, dateRows, nil),
			),
			el("p.entry-schedule", txt(c.Schedule())),
		}
	}
	return p.renderList(v)
}

func (p *planPage) boundaries(info plan.SectionInfo, pl plan.Plan) app.UI {
	v := &listView{info: info, ids: info.EntryIDs(&pl), prefix: "boundary", first: "-text"}
	items := pl.Boundaries
	v.fields = func(id string, i int) []app.UI {
		b := items[i]
		return []app.UI{
			p.entryField(v, id, b.ID, "-text", info.Noun+" "+strconv.Itoa(i+1), b.Text, 2, nil),
			either(b.Proposed, func() app.UI { return p.proposal(b) }, func() app.UI {
				return p.entryField(v, id, b.ID, "-agreed", "Agreed on", b.Agreed, dateRows, nil)
			}),
		}
	}
	return p.renderList(v)
}

func (p *planPage) questions(info plan.SectionInfo, pl plan.Plan) app.UI {
	v := &listView{info: info, ids: info.EntryIDs(&pl), prefix: "question", first: "-question"}
	items := pl.Questions
	v.fields = func(id string, i int) []app.UI {
		q := items[i]
		return []app.UI{
			p.entryField(v, id, q.ID, "-question", "Their question "+strconv.Itoa(i+1), q.Question, 2, nil),
			fromReply(q),
			p.entryField(v, id, q.ID, "-answer", "My honest answer", q.Answer, 3, nil),
		}
	}
	return p.renderList(v)
}
