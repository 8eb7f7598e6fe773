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
			el("textarea.editor-input[aria-describedby=apology-text-help apology-summary][spellcheck=true][autocapitalize=sentences][placeholder=Start with what you did, in your own words…]", "id", editorID, "input", p.act, "click", p.act, "keyup", p.act, "blur", p.act),
		),
		el("p#apology-summary.editor-summary[role=status][aria-live=polite]",
			txt(workshop.Summary(p.shown, p.report)),
		),
		markupIf(p.checkerTrouble, `<p id="apology-checker-trouble" class="notice" role="status">The checker could not load just now. Your draft is still saved as you type. Mend will try again soon.</p>`),
		elIf(p.saveError != "", "p#apology-save-error.notice.notice-warning[role=alert]",
			txt(p.saveError+" Your words are still in the editor."),
		),
		el("div.workshop-actions",
			el("button#apology-letter-open.button", "click", p.act, txt("Letter view")),
		),
	)
}

// renderDetail shows what the mark under the caret means.
func (p *apologyPage) renderDetail() app.UI {
	marked := workshop.Marked(p.shown, p.report.Findings)
	var body app.UI
	if p.active >= 0 && p.active < len(marked) {
		body = findingBody(p.shown, marked[p.active], "detail")
	}
	return el("div#apology-detail.finding-detail[aria-live=polite]", body)
}

// renderFindings lists every mark with what it means, what to try and the
// guide step that explains it.
func (p *apologyPage) renderFindings() app.UI {
	marked := workshop.Marked(p.shown, p.report.Findings)
	return el("section.workshop-findings[aria-labelledby=findings-heading]",
		markup(`<h2 id="findings-heading">What to look at</h2>`),
		markupIf(len(marked) == 0, `<p class="muted">Nothing marked. Marks appear under words that could get in the way.</p>`),
		el("ol#apology-findings.findings",
			each(len(marked), func(i int) app.UI {
				f := marked[i]
				class := "finding hl-" + f.Category
				if i == p.active {
					class += " is-active"
				}
				return el("li", "class", class, "data-category", f.Category, "data-rule", f.Rule,
					findingBody(p.shown, f, "list-"+strconv.Itoa(i)),
					el("button.button.button-small.button-quiet", "aria-label", "Show in draft: “"+workshop.Quote(p.shown, f.Start, f.End, 40)+"”", "data-finding", i, "click", p.act,
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
		elIf(f.Step != "", "a.finding-guide", "id", "finding-guide-"+key, "href", stepPath(f.Step), txt("In the guide: "+stepTitle(f.Step))),
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
		markupIf(len(p.drafts) == 0, `<p class="muted">None yet. What you type below is kept as your first draft.</p>`),
		el("ul#apology-drafts.drafts",
			each(len(p.drafts), func(i int) app.UI {
				d := p.drafts[i]
				current := "" // go-app leaves out an attribute whose value is empty
				if d.ID == p.current {
					current = "true"
				}
				return el("li",
					el("button.draft", "data-draft", d.ID, "aria-current", current, "click", p.act,
						el("span.draft-name", txt(d.Name)),
						el("span.draft-date", txt(workshop.DateLabel(d.Updated, now))),
					),
				)
			}),
		),
		p.renderRename(),
		el("div.workshop-actions",
			el("button#apology-new.button", "click", p.act, txt("New draft")),
			elIf(p.current != "" && !p.renaming, "button#apology-rename.button.button-quiet", "click", p.act, txt("Rename")),
			elIf(p.current != "", "button#apology-duplicate.button.button-quiet", "click", p.act, txt("Duplicate")),
			elIf(p.current != "", "button#apology-delete.button.button-quiet", "click", p.act, txt("Delete")),
		),
		p.renderStatus(),
	)
}

// renderRename is the form that names the current draft, while renaming.
func (p *apologyPage) renderRename() app.UI {
	if !p.renaming {
		return nil
	}
	return el("form#apology-rename-form.rename", "submit", p.act,
		markup(`<label for="apology-name">Name of this draft</label>`),
		el("input#apology-name[type=text]", "maxlength", workshop.MaxNameLength, "value", p.draftName()),
		el("div.workshop-actions",
			markup(`<button class="button" type="submit">Save name</button>`),
			el("button[type=button]#apology-rename-cancel.button.button-quiet", "click", p.act, txt("Cancel")),
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
		elIf(p.status != "", "p.notice",
			el("span", txt(p.status+" ")),
			elIf(p.undo != nil, "button#apology-undo.button.button-small", "click", p.act, txt("Undo")),
		),
	)
}

// renderLetter is the draft as clean text to copy, print or send however
// the person chooses. Nothing is sent from here.
func (p *apologyPage) renderLetter() app.UI {
	if !p.letter {
		return nil
	}
	return el("section#apology-letter-view.letter-view[aria-labelledby=letter-heading]",
		markup(`<h2 id="letter-heading">Your letter</h2>`),
		markup(`<p class="muted">Just your words, to copy into a message or print. Mend sends nothing anywhere.</p>`),
		el("div#apology-letter.letter", txt(workshop.Letter(p.text))),
		el("div.workshop-actions",
			el("button#apology-copy.button", "click", p.act, txt("Copy")),
			el("button#apology-print.button.button-quiet", "click", p.act, txt("Print")),
			el("button#apology-letter-close.button.button-quiet", "click", p.act, txt("Back to writing")),
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
					el("button.example", "data-example", strconv.Itoa(i), "click", p.act,
						el("span.example-name", txt(ex.Name)),
						el("span.example-note", txt(ex.Note)),
					),
				)
			}),
		),
	)
}

// act does what the workshop's editor, buttons and forms ask, told apart
// by the element's id, or by the data attribute of a button in a list:
// one handler for the page instead of one per control.
func (p *apologyPage) act(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	switch src.Get("id").String() {
	case editorID:
		switch e.Get("type").String() {
		case "input":
			p.onInput(ctx)
		case "blur":
			p.settleReport()
			p.save(ctx)
		default:
			p.onCaret(ctx, e)
		}
	case "apology-letter-open":
		p.save(ctx)
		p.settleReport()
		p.letter = true
	case "apology-new":
		p.newDraft(ctx, "", "")
	case "apology-rename":
		p.renaming = true
		ctx.Defer(func(app.Context) { focusByID("apology-name") })
	case "apology-rename-form":
		e.PreventDefault()
		p.rename(ctx, app.Window().GetElementByID("apology-name").Get("value").String())
	case "apology-rename-cancel":
		p.renaming = false
	case "apology-duplicate":
		p.duplicate(ctx)
	case "apology-delete":
		p.remove(ctx)
	case "apology-undo":
		p.restore(ctx)
	case "apology-copy":
		copyText(workshop.Letter(p.text), "apology-letter", func(copied bool) {
			ctx.Dispatch(func(ctx app.Context) {
				if copied {
					p.say(ctx, "Copied. Paste it wherever you choose.", nil)
				} else {
					p.say(ctx, "The letter is selected: use your device’s Copy.", nil)
				}
			})
		})
	case "apology-print":
		app.Window().Call("print")
	case "apology-letter-close":
		p.letter = false
		focusEditor()
	default:
		data := src.Get("dataset")
		if id := data.Get("draft"); id.Truthy() {
			p.switchTo(ctx, id.String())
		} else if n, err := strconv.Atoi(data.Get("example").String()); err == nil && n < len(workshop.Examples()) {
			ex := workshop.Examples()[n]
			p.newDraft(ctx, ex.Name, ex.Text)
		} else if n, err := strconv.Atoi(data.Get("finding").String()); err == nil {
			if marked := workshop.Marked(p.shown, p.report.Findings); n < len(marked) {
				p.active = n
				selectInEditor(marked[n].StartUTF16, marked[n].EndUTF16)
			}
		}
	}
}

func focusByID(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}
