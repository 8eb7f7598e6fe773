package components

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/plan"
	"mend/app/route"
)

// planPage is the page at /plan: every section of the repair plan as
// ordinary fields, saved on the device as the user types.
type planPage struct {
	app.Compo

	editor  plan.Editor
	problem bool // the stored data cannot be read; see /settings
	stops   []func()
}

func newPlanPage() *planPage { return &planPage{editor: newPlanEditor()} }

const planPagePurpose = "Write down what you did, what you heard, and what you will do differently — and keep it current."

func (p *planPage) OnPreRender(ctx app.Context) { setPageMeta(ctx, "Repair plan", planPagePurpose) }

func (p *planPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Repair plan", planPagePurpose)
	p.refresh(ctx)
}

// OnInit reads the stored plan before the page is first drawn, so the
// live page shows it from its first frame rather than one frame later.
func (p *planPage) OnInit() {
	if app.IsClient {
		p.refresh(app.Context{})
	}
}

func (p *planPage) OnMount(ctx app.Context) {
	save := func(app.Context) { p.editor.Flush() }
	p.stops = []func(){
		// Another tab saved: save what is typed here on top of it, then
		// show both.
		listenWindow(ctx, "storage", p.refresh),
		listenWindow(ctx, "visibilitychange", save),
		listenWindow(ctx, "pagehide", save),
	}
}

func (p *planPage) OnDismount() {
	for _, stop := range p.stops {
		stop()
	}
	p.stops = nil
}

// refresh saves anything pending (and anything another tab's save just
// dropped), then shows the plan as stored now.
func (p *planPage) refresh(ctx app.Context) {
	p.editor.Refresh()
	p.problem = storeProblem() != nil
}

// save is the blur handler of every field: leaving a field saves it at once.
func (p *planPage) save(ctx app.Context, e app.Event) { p.editor.Flush() }

func (p *planPage) Render() app.UI {
	pl := p.editor.Shown()
	said, failed := saveStatus(&p.editor)
	// The sections follow the fixed parts of the page, one element each.
	return shell(route.Plan, append([]app.UI{
		pageHeading("Repair plan", planPagePurpose),
		when(p.problem, func() app.UI {
			return app.Raw(`<p id="plan-problem" class="notice notice-warning"><span>Mend cannot read what is stored on this device, so nothing new can be saved yet. </span><a href="/settings">See what you can do on Your data.</a></p>`)
		}),
		app.Raw(`<p class="plan-intro">Everything here is saved on this device as you write. There is no save button, and nothing is sent anywhere.</p>`),
		// data-pending counts the edits not saved yet, for the browser tests.
		statusLine("save-status", "save-status", failed, said, "data-pending", p.editor.Pending()),
		el("div.field.plan-started",
			markup(`<label for="plan-started">The day the repair began</label>`),
			el("input[type=date]#plan-started.input.input-date", "value", pl.Started, "change", p.onStarted, "blur", p.save),
		),
	}, each(len(plan.Sections), func(i int) app.UI {
		return p.section(plan.Sections[i], pl)
	})...)...)
}

func (p *planPage) onStarted(ctx app.Context, e app.Event) {
	v := ctx.JSSrc().Get("value").String()
	p.editor.Choose("started", v, func(v string) func(*plan.Plan) { return func(pl *plan.Plan) { pl.Started = v } })
}

// section renders one section of the plan with its own fields.
func (p *planPage) section(info plan.SectionInfo, pl plan.Plan) app.UI {
	id := string(info.ID)
	return elIn(id, "section#$.card.plan-section[aria-labelledby=$-title]",
		elIn(id, "h2#$-title", txt(info.Title)),
		el("p.section-purpose", txt(info.Purpose)),
		when(info.PrivateByDefault, func() app.UI {
			return app.Raw(`<p class="private-note">Private: this stays on this device and is left out of anything you share, unless you choose to include it.</p>`)
		}),
		p.sectionBody(info, pl),
		el("p.section-guide",
			el("a", "href", route.Step(info.Step), txt(guideLinkText(info.Step))),
		),
	)
}

func (p *planPage) sectionBody(info plan.SectionInfo, pl plan.Plan) app.UI {
	switch info.Kind {
	case plan.KindText:
		return p.textSection(info, *info.Text(&pl))
	case plan.KindItems:
		return p.itemList(info, pl)
	case plan.KindCommitments:
		return p.commitments(info, pl)
	case plan.KindBoundaries:
		return p.boundaries(info, pl)
	case plan.KindQuestions:
		return p.questions(info, pl)
	}
	return app.Raw(`<div></div>`)
}

// guideLinkText names the guide step a section belongs to, so each link
// says where it goes.
func guideLinkText(slug string) string {
	if step, ok := journey.Lookup(slug); ok {
		return "Guide, step " + strconv.Itoa(step.Number) + ": " + step.Title
	}
	return "Read the guide"
}

// textSection is a section that is one paragraph the user writes.
func (p *planPage) textSection(info plan.SectionInfo, value string) app.UI {
	id := string(info.ID) + "-text"
	return el("div.field",
		el("label.visually-hidden", "for", id, txt(info.Title)),
		textArea(id, value, 5,
			"input", func(ctx app.Context, e app.Event) {
				v := ctx.JSSrc().Get("value").String()
				p.editor.Edit(uiTimers{ctx}, id, func(pl *plan.Plan) { *info.Text(pl) = v })
			},
			"blur", p.save),
	)
}

// textArea is a plain multi-line field showing value, with more of el's
// parts (its handlers). The value is set as a property, so a change made
// in another tab shows even after typing.
func textArea(id, value string, rows int, more ...any) app.UI {
	return el("textarea.input.textarea", append([]any{"id", id, "rows", rows, "maxlength", plan.MaxTextLength, "value", value}, more...)...)
}
