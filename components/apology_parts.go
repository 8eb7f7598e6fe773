package components

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/checker"
	"mend/app/journey"
	"mend/app/workshop"
)

// renderEditor is the label, the text area over its overlay, and the
// polite summary read out after a pause in typing.
func (p *apologyPage) renderEditor() app.UI {
	return el("section.workshop-editor[aria-labelledby=apology-text-label]",
		el("label#apology-text-label.editor-label", "for", editorID, txt(p.draftName())),
		markup(`<p id="apology-text-help" class="muted editor-help">Saved on this device as you type. Marked words have a note below.</p>`),
		el("div.editor",
			markup(`<div id="apology-overlay" class="editor-overlay" aria-hidden="true"></div>`),
			el("textarea.editor-input[aria-describedby=apology-text-help apology-summary][spellcheck=true][autocapitalize=sentences][placeholder=Start with what you did, in your own words…]", "id", editorID, "input", p.onInput, "click", p.onCaret, "keyup", p.onCaret, "blur", p.onBlur),
		),
		el("p#apology-summary.editor-summary[role=status][aria-live=polite]",
			txt(workshop.Summary(p.shown, p.report)),
		),
		when(p.checkerTrouble, func() app.UI {
			return app.Raw(`<p id="apology-checker-trouble" class="notice" role="status">The checker could not load just now. Your draft is still saved as you type. Mend will try again soon.</p>`)
		}),
		when(p.saveError != "", func() app.UI {
			return el("p#apology-save-error.notice.notice-warning[role=alert]",
				txt(p.saveError+" Your words are still in the editor."),
			)
		}),
		el("div.workshop-actions",
			el("button#apology-letter-open.button", "click", func(ctx app.Context, e app.Event) { p.save(ctx); p.settleReport(); p.letter = true },
				txt("Letter view"),
			),
		),
	)
}

// renderDetail shows what the mark under the caret means.
func (p *apologyPage) renderDetail() app.UI {
	marked := workshop.Marked(p.shown, p.report.Findings)
	return el("div#apology-detail.finding-detail[aria-live=polite]",
		when(p.active >= 0 && p.active < len(marked), func() app.UI {
			return findingBody(p.shown, marked[p.active], "detail")
		}),
	)
}

// renderFindings lists every mark with what it means, what to try and the
// guide step that explains it.
func (p *apologyPage) renderFindings() app.UI {
	marked := workshop.Marked(p.shown, p.report.Findings)
	return el("section.workshop-findings[aria-labelledby=findings-heading]",
		markup(`<h2 id="findings-heading">What to look at</h2>`),
		when(len(marked) == 0, func() app.UI {
			return app.Raw(`<p class="muted">Nothing marked. Marks appear under words that could get in the way.</p>`)
		}),
		el("ol#apology-findings.findings",
			each(len(marked), func(i int) app.UI {
				f := marked[i]
				class := "finding hl-" + f.Category
				if i == p.active {
					class += " is-active"
				}
				return el("li", "class", class, "data-category", f.Category, "data-rule", f.Rule,
					findingBody(p.shown, f, "list-"+strconv.Itoa(i)),
					el("button.button.button-small.button-quiet", "aria-label", "Show in draft: “"+workshop.Quote(p.shown, f.Start, f.End, 40)+"”", "click", func(ctx app.Context, e app.Event) {
						p.active = i
						selectInEditor(f.StartUTF16, f.EndUTF16)
					},
						txt("Show in draft"),
					),
				)
			}),
		),
	)
}

// findingBody is one mark explained: its kind, the words, the message,
// what to try, and the guide step.
func findingBody(text string, f checker.Finding, key string) app.UI {
	return el("div.finding-body",
		el("p.finding-title",
			el("span", "class", "finding-kind hl hl-"+f.Category, txt(workshop.Label(f.Category))),
			app.Text(" "),
			el("q.finding-quote", txt(workshop.Quote(text, f.Start, f.End, 80))),
		),
		el("p.finding-message", txt(f.Message)),
		el("p.finding-suggestion",
			markup(`<strong>Try: </strong>`),
			app.Text(f.Suggestion),
		),
		when(f.Step != "", func() app.UI {
			return el("a.finding-guide", "id", "finding-guide-"+key, "href", stepPath(f.Step), txt("In the guide: "+stepTitle(f.Step)))
		}),
	)
}

func stepTitle(slug string) string {
	if s, ok := journey.Lookup(slug); ok {
		return s.Title
	}
	return slug
}

// renderParts is the checklist of the five parts of a full apology.
func (p *apologyPage) renderParts() app.UI {
	return el("section.workshop-parts[aria-labelledby=parts-heading]",
		markup(`<h2 id="parts-heading">The five parts of a full apology</h2>`),
		el("ul#apology-parts.parts",
			each(len(p.report.Components), func(i int) app.UI {
				c := p.report.Components[i]
				present := "false"
				if c.Present {
					present = "true"
				}
				var detail app.UI
				switch {
				case c.Present:
					detail = el("p.part-detail", app.Text("You wrote: "), el("q", txt(workshop.Quote(p.shown, c.Start, c.End, 80))))
				case c.State == checker.StateUnsure && c.Hint != "":
					// Worded as a question: the writer knows better than the checker.
					detail = el("p.part-detail",
						app.Text(c.Hint+" Maybe here: "),
						el("q", txt(workshop.Quote(p.shown, c.Start, c.End, 80))),
					)
				case c.Hint != "":
					detail = el("p.part-detail", txt(c.Hint))
				case c.State == checker.StateWaiting:
					detail = app.Raw(`<p class="part-detail muted">Checked as soon as the checker is ready.</p>`)
				default:
					detail = app.Raw(`<p class="part-detail muted">Checked once you start writing.</p>`)
				}
				state := workshop.StateLabel(c)
				return el("li.part", "data-component", c.Category, "data-present", present, "data-state", c.State,
					el("p.part-title",
						el("span.part-state", txt(state)),
						app.Text(" "),
						el("span", txt(workshop.Label(c.Category))),
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
	return el("section.workshop-drafts.card[aria-labelledby=drafts-heading]",
		markup(`<h2 id="drafts-heading">Your drafts</h2>`),
		when(len(p.drafts) == 0, func() app.UI {
			return app.Raw(`<p class="muted">None yet. What you type below is kept as your first draft.</p>`)
		}),
		el("ul#apology-drafts.drafts",
			each(len(p.drafts), func(i int) app.UI {
				d := p.drafts[i]
				current := "" // go-app leaves out an attribute whose value is empty
				if d.ID == p.current {
					current = "true"
				}
				return el("li",
					el("button.draft", "data-draft", d.ID, "aria-current", current, "click", func(ctx app.Context, e app.Event) { p.switchTo(ctx, d.ID) },
						el("span.draft-name", txt(d.Name)),
						el("span.draft-date", txt(workshop.DateLabel(d.Updated, now))),
					),
				)
			}),
		),
		when(p.renaming, p.renderRename),
		el("div.workshop-actions",
			el("button#apology-new.button", "click", func(ctx app.Context, e app.Event) { p.newDraft(ctx, "", "") },
				txt("New draft"),
			),
			when(p.current != "" && !p.renaming, func() app.UI {
				return el("button#apology-rename.button.button-quiet", "click", func(ctx app.Context, e app.Event) {
					p.renaming = true
					ctx.Defer(func(app.Context) { focusByID("apology-name") })
				},
					txt("Rename"),
				)
			}),
			when(p.current != "", func() app.UI {
				return el("button#apology-duplicate.button.button-quiet", "click", p.duplicate, txt("Duplicate"))
			}),
			when(p.current != "", func() app.UI {
				return el("button#apology-delete.button.button-quiet", "click", p.remove, txt("Delete"))
			}),
		),
		p.renderStatus(),
	)
}

func (p *apologyPage) renderRename() app.UI {
	return el("form.rename", "submit", func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		p.rename(ctx, app.Window().GetElementByID("apology-name").Get("value").String())
	},
		markup(`<label for="apology-name">Name of this draft</label>`),
		el("input#apology-name[type=text]", "maxlength", workshop.MaxNameLength, "value", p.draftName()),
		el("div.workshop-actions",
			markup(`<button class="button" type="submit">Save name</button>`),
			el("button[type=button].button.button-quiet", "click", func(ctx app.Context, e app.Event) { p.renaming = false },
				txt("Cancel"),
			),
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
	return el("div#apology-status.workshop-status[role=status]",
		when(p.status != "", func() app.UI {
			return el("p.notice",
				el("span", txt(p.status+" ")),
				when(p.undo != nil, func() app.UI {
					return el("button#apology-undo.button.button-small", "click", p.restore, txt("Undo"))
				}),
			)
		}),
	)
}

// renderLetter is the draft as clean text to copy, print or send however
// the person chooses. Nothing is sent from here.
func (p *apologyPage) renderLetter() app.UI {
	return el("section#apology-letter-view.letter-view[aria-labelledby=letter-heading]",
		markup(`<h2 id="letter-heading">Your letter</h2>`),
		markup(`<p class="muted">Just your words, to copy into a message or print. Mend sends nothing anywhere.</p>`),
		el("div#apology-letter.letter", txt(workshop.Letter(p.text))),
		el("div.workshop-actions",
			el("button#apology-copy.button", "click", func(ctx app.Context, e app.Event) {
				copyText(workshop.Letter(p.text), "apology-letter", func(copied bool) {
					ctx.Dispatch(func(ctx app.Context) {
						if copied {
							p.say(ctx, "Copied. Paste it wherever you choose.", nil)
						} else {
							p.say(ctx, "The letter is selected: use your device’s Copy.", nil)
						}
					})
				})
			},
				txt("Copy"),
			),
			el("button#apology-print.button.button-quiet", "click", func(ctx app.Context, e app.Event) { app.Window().Call("print") },
				txt("Print"),
			),
			el("button#apology-letter-close.button.button-quiet", "click", func(ctx app.Context, e app.Event) {
				p.letter = false
				focusEditor()
			},
				txt("Back to writing"),
			),
		),
	)
}

// renderExamples offers sample drafts that show what the checker does.
func (p *apologyPage) renderExamples() app.UI {
	return el("details.workshop-examples.card",
		markup(`<summary>Try an example</summary>`),
		markup(`<p class="muted">Each opens as a new draft, so your own stay as they are.</p>`),
		el("ul.examples",
			each(len(workshop.Examples()), func(i int) app.UI {
				ex := workshop.Examples()[i]
				return el("li",
					el("button.example", "data-example", strconv.Itoa(i), "click", func(ctx app.Context, e app.Event) { p.newDraft(ctx, ex.Name, ex.Text) },
						el("span.example-name", txt(ex.Name)),
						el("span.example-note", txt(ex.Note)),
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
