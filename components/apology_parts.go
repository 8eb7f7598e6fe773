package components

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/checker"
	"mend/app/workshop"
	"mend/content/guide"
)

// renderEditor is the label, the text area over its overlay, and the
// polite summary read out after a pause in typing.
func (p *apologyPage) renderEditor() app.UI {
	return app.Section().Class("workshop-editor").Aria("labelledby", "apology-text-label").Body(
		app.Label().ID("apology-text-label").For(editorID).Class("editor-label").Text(p.draftName()),
		app.P().ID("apology-text-help").Class("muted editor-help").Text("Saved on this device as you type. Marked words have a note below."),
		app.Div().Class("editor").Body(
			app.Div().ID(overlayID).Class("editor-overlay").Aria("hidden", "true"),
			app.Textarea().ID(editorID).Class("editor-input").
				Aria("describedby", "apology-text-help apology-summary").
				Attr("spellcheck", "true").
				Attr("autocapitalize", "sentences").
				Placeholder("Start with what you did, in your own words…").
				OnInput(p.onInput).
				OnClick(p.onCaret).
				OnKeyUp(p.onCaret).
				OnBlur(p.onBlur),
		),
		app.P().ID("apology-summary").Class("editor-summary").Role("status").Aria("live", "polite").
			Text(workshop.Summary(p.shown, p.report)),
		app.If(p.saveError != "", func() app.UI {
			return app.P().ID("apology-save-error").Class("notice notice-warning").Role("alert").
				Text(p.saveError + " Your words are still in the editor.")
		}),
		app.Div().Class("workshop-actions").Body(
			app.Button().ID("apology-letter-open").Class("button").Text("Letter view").
				OnClick(func(ctx app.Context, e app.Event) { p.save(ctx); p.settleReport(); p.letter = true }),
		),
	)
}

// renderDetail shows what the mark under the caret means.
func (p *apologyPage) renderDetail() app.UI {
	marked := workshop.Marked(p.shown, p.report.Findings)
	return app.Div().ID("apology-detail").Class("finding-detail").Aria("live", "polite").Body(
		app.If(p.active >= 0 && p.active < len(marked), func() app.UI {
			return findingBody(p.shown, marked[p.active], "detail")
		}),
	)
}

// renderFindings lists every mark with what it means, what to try and the
// guide step that explains it.
func (p *apologyPage) renderFindings() app.UI {
	marked := workshop.Marked(p.shown, p.report.Findings)
	return app.Section().Class("workshop-findings").Aria("labelledby", "findings-heading").Body(
		app.H2().ID("findings-heading").Text("What to look at"),
		app.If(len(marked) == 0, func() app.UI {
			return app.P().Class("muted").Text("Nothing marked. Marks appear under words that could get in the way.")
		}),
		app.Ol().ID("apology-findings").Class("findings").Body(
			app.Range(marked).Slice(func(i int) app.UI {
				f := marked[i]
				li := app.Li().Class("finding hl-"+f.Category).DataSet("category", f.Category).DataSet("rule", f.Rule)
				if i == p.active {
					li = li.Class("is-active")
				}
				return li.Body(
					findingBody(p.shown, f, "list-"+strconv.Itoa(i)),
					app.Button().Class("button button-small button-quiet").
						Aria("label", "Show in draft: “"+workshop.Quote(p.shown, f.Start, f.End, 40)+"”").
						Text("Show in draft").
						OnClick(func(ctx app.Context, e app.Event) {
							p.active = i
							selectInEditor(f.StartUTF16, f.EndUTF16)
						}),
				)
			}),
		),
	)
}

// findingBody is one mark explained: its kind, the words, the message,
// what to try, and the guide step.
func findingBody(text string, f checker.Finding, key string) app.UI {
	return app.Div().Class("finding-body").Body(
		app.P().Class("finding-title").Body(
			app.Span().Class("finding-kind hl hl-"+f.Category).Text(workshop.Label(f.Category)),
			app.Text(" "),
			app.Q().Class("finding-quote").Text(workshop.Quote(text, f.Start, f.End, 80)),
		),
		app.P().Class("finding-message").Text(f.Message),
		app.P().Class("finding-suggestion").Body(
			app.Strong().Text("Try: "),
			app.Text(f.Suggestion),
		),
		app.If(f.Step != "", func() app.UI {
			return app.A().Class("finding-guide").ID("finding-guide-" + key).Href(stepPath(f.Step)).Text("In the guide: " + stepTitle(f.Step))
		}),
	)
}

func stepTitle(slug string) string {
	if s, ok := guide.Lookup(slug); ok {
		return s.Title
	}
	return slug
}

// renderParts is the checklist of the five parts of a full apology.
func (p *apologyPage) renderParts() app.UI {
	return app.Section().Class("workshop-parts").Aria("labelledby", "parts-heading").Body(
		app.H2().ID("parts-heading").Text("The five parts of a full apology"),
		app.Ul().ID("apology-parts").Class("parts").Body(
			app.Range(p.report.Components).Slice(func(i int) app.UI {
				c := p.report.Components[i]
				present := "false"
				if c.Present {
					present = "true"
				}
				var detail app.UI
				switch {
				case c.Present:
					detail = app.P().Class("part-detail").Body(app.Text("You wrote: "), app.Q().Text(workshop.Quote(p.shown, c.Start, c.End, 80)))
				case c.State == checker.StateUnsure && c.Hint != "":
					// Worded as a question: the writer knows better than the checker.
					detail = app.P().Class("part-detail").Body(
						app.Text(c.Hint+" Maybe here: "), app.Q().Text(workshop.Quote(p.shown, c.Start, c.End, 80)))
				case c.Hint != "":
					detail = app.P().Class("part-detail").Text(c.Hint)
				default:
					detail = app.P().Class("part-detail muted").Text("Checked once you start writing.")
				}
				state := workshop.StateLabel(c)
				return app.Li().Class("part").DataSet("component", c.Category).DataSet("present", present).DataSet("state", c.State).Body(
					app.P().Class("part-title").Body(
						app.Span().Class("part-state").Text(state),
						app.Text(" "),
						app.Span().Text(workshop.Label(c.Category)),
					),
					detail,
				)
			}),
		),
	)
}

// renderDrafts lists the drafts on this device, with the current one's
// name, copy and delete, and a way to start another.
func (p *apologyPage) renderDrafts() app.UI {
	now := time.Now()
	return app.Section().Class("workshop-drafts card").Aria("labelledby", "drafts-heading").Body(
		app.H2().ID("drafts-heading").Text("Your drafts"),
		app.If(len(p.drafts) == 0, func() app.UI {
			return app.P().Class("muted").Text("None yet. What you type below is kept as your first draft.")
		}),
		app.Ul().ID("apology-drafts").Class("drafts").Body(
			app.Range(p.drafts).Slice(func(i int) app.UI {
				d := p.drafts[i]
				b := app.Button().Class("draft").DataSet("draft", d.ID).
					OnClick(func(ctx app.Context, e app.Event) { p.switchTo(ctx, d.ID) })
				if d.ID == p.current {
					b = b.Aria("current", "true")
				}
				return app.Li().Body(b.Body(
					app.Span().Class("draft-name").Text(d.Name),
					app.Span().Class("draft-date").Text(workshop.DateLabel(d.Updated, now)),
				))
			}),
		),
		app.If(p.renaming, p.renderRename),
		app.Div().Class("workshop-actions").Body(
			app.Button().ID("apology-new").Class("button").Text("New draft").
				OnClick(func(ctx app.Context, e app.Event) { p.newDraft(ctx, "", "") }),
			app.If(p.current != "" && !p.renaming, func() app.UI {
				return app.Button().ID("apology-rename").Class("button button-quiet").Text("Rename").
					OnClick(func(ctx app.Context, e app.Event) {
						p.renaming = true
						ctx.Defer(func(app.Context) { focusByID("apology-name") })
					})
			}),
			app.If(p.current != "", func() app.UI {
				return app.Button().ID("apology-duplicate").Class("button button-quiet").Text("Duplicate").OnClick(p.duplicate)
			}),
			app.If(p.current != "", func() app.UI {
				return app.Button().ID("apology-delete").Class("button button-quiet").Text("Delete").OnClick(p.remove)
			}),
		),
		p.renderStatus(),
	)
}

func (p *apologyPage) renderRename() app.UI {
	return app.Form().Class("rename").OnSubmit(func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		p.rename(ctx, app.Window().GetElementByID("apology-name").Get("value").String())
	}).Body(
		app.Label().For("apology-name").Text("Name of this draft"),
		app.Input().ID("apology-name").Type("text").MaxLength(workshop.MaxNameLength).Value(p.draftName()),
		app.Div().Class("workshop-actions").Body(
			app.Button().Type("submit").Class("button").Text("Save name"),
			app.Button().Type("button").Class("button button-quiet").Text("Cancel").
				OnClick(func(ctx app.Context, e app.Event) { p.renaming = false }),
		),
	)
}

func (p *apologyPage) draftName() string {
	if i := workshop.Find(p.drafts, p.current); i >= 0 {
		return p.drafts[i].Name
	}
	return "Your apology"
}

// renderStatus is the message after a change to the drafts, with an undo
// after a delete.
func (p *apologyPage) renderStatus() app.UI {
	return app.Div().ID("apology-status").Class("workshop-status").Role("status").Body(
		app.If(p.status != "", func() app.UI {
			return app.P().Class("notice").Body(
				app.Span().Text(p.status+" "),
				app.If(p.undo != nil, func() app.UI {
					return app.Button().ID("apology-undo").Class("button button-small").Text("Undo").OnClick(p.restore)
				}),
			)
		}),
	)
}

// renderLetter is the draft as clean text to copy, print or send however
// the person chooses. Nothing is sent from here.
func (p *apologyPage) renderLetter() app.UI {
	return app.Section().ID("apology-letter-view").Class("letter-view").Aria("labelledby", "letter-heading").Body(
		app.H2().ID("letter-heading").Text("Your letter"),
		app.P().Class("muted").Text("Just your words, to copy into a message or print. Mend sends nothing anywhere."),
		app.Div().ID("apology-letter").Class("letter").Text(workshop.Letter(p.text)),
		app.Div().Class("workshop-actions").Body(
			app.Button().ID("apology-copy").Class("button").Text("Copy").OnClick(func(ctx app.Context, e app.Event) {
				copyText(workshop.Letter(p.text), "apology-letter", func(copied bool) {
					ctx.Dispatch(func(ctx app.Context) {
						if copied {
							p.say(ctx, "Copied. Paste it wherever you choose.", nil)
						} else {
							p.say(ctx, "The letter is selected: use your device’s Copy.", nil)
						}
					})
				})
			}),
			app.Button().ID("apology-print").Class("button button-quiet").Text("Print").
				OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
			app.Button().ID("apology-letter-close").Class("button button-quiet").Text("Back to writing").
				OnClick(func(ctx app.Context, e app.Event) {
					p.letter = false
					focusEditor()
				}),
		),
	)
}

// renderExamples offers sample drafts that show what the checker does.
func (p *apologyPage) renderExamples() app.UI {
	return app.Details().Class("workshop-examples card").Body(
		app.Summary().Text("Try an example"),
		app.P().Class("muted").Text("Each opens as a new draft, so your own stay as they are."),
		app.Ul().Class("examples").Body(
			app.Range(workshop.Examples()).Slice(func(i int) app.UI {
				ex := workshop.Examples()[i]
				return app.Li().Body(
					app.Button().Class("example").DataSet("example", strconv.Itoa(i)).
						OnClick(func(ctx app.Context, e app.Event) { p.newDraft(ctx, ex.Name, ex.Text) }).
						Body(
							app.Span().Class("example-name").Text(ex.Name),
							app.Span().Class("example-note").Text(ex.Note),
						),
				)
			}),
		),
	)
}

func focusByID(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}
