package components

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/plan"
	"mend/app/progress"
	"mend/app/route"
	"mend/app/store"
)

// chartWeeks is how many weeks the consistency chart shows.
const chartWeeks = 8

// progressPage is the page at /progress: today's check-ins, the weeks so
// far, and a calendar file of reminders.
type progressPage struct {
	app.Compo

	doc        store.Document
	now        time.Time
	notes      map[string]string // commitment ID → note being written
	correcting map[string]bool   // commitment ID → "change today's answer" is open
	message    string
	failed     bool
	icsURL     string
	stop       func()
}

func newProgressPage() *progressPage { return &progressPage{} }

const progressPagePurpose = "Check in on each commitment and see how steady you have been, week by week."

func (p *progressPage) OnPreRender(ctx app.Context) {
	setPageMeta(ctx, "Progress", progressPagePurpose)
	p.refresh(ctx)
}

func (p *progressPage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "Progress", progressPagePurpose)
	p.refresh(ctx)
}

// OnInit reads the device's data before the page is first drawn, so the
// live page shows it from its first frame rather than one frame later.
func (p *progressPage) OnInit() {
	if app.IsClient {
		p.refresh(app.Context{})
	}
}

func (p *progressPage) OnMount(ctx app.Context) {
	p.stop = listenWindow(ctx, "storage", p.refresh)
}

func (p *progressPage) OnDismount() {
	if p.stop != nil {
		p.stop()
		p.stop = nil
	}
	releaseFileURL(p.icsURL)
	p.icsURL = ""
}

// refresh shows the document as stored now. Notes being written are kept.
func (p *progressPage) refresh(ctx app.Context) {
	p.doc = loadDoc()
	p.now = time.Now()
	if p.notes == nil {
		p.notes = map[string]string{}
		p.correcting = map[string]bool{}
	}
}

// answer handles the controls of every check-in card. It reads which
// commitment and what to do from the element itself: go-app keeps the
// handler a card was first drawn with while the handler comes from the
// same code, so a closure over the commitment would still answer for the
// card's old commitment after the list changed (in another tab, say).
func (p *progressPage) answer(ctx app.Context, e app.Event) {
	data := ctx.JSSrc().Get("dataset")
	id := data.Get("commitment").String()
	switch action := data.Get("action").String(); action {
	case "type":
		p.notes[id] = ctx.JSSrc().Get("value").String()
	case "change":
		p.correcting[id] = true
	default:
		p.record(ctx, id, action)
	}
}

// record saves a check-in for commitment id today: a new entry, or a
// correction of today's answer when there is one.
func (p *progressPage) record(ctx app.Context, id, status string) {
	if !hasCommitment(p.doc.Plan, id) {
		// The plan changed since the card was drawn: show it as it is now.
		p.refresh(ctx)
		p.message, p.failed = "That commitment is no longer in your plan, so nothing was saved. The list is up to date now.", true
		return
	}
	entry := progress.Answer(p.doc.CheckIns, id, status, p.notes[id], time.Now())
	err := updateDoc(ctx, func(doc *store.Document) { doc.CheckIns = append(doc.CheckIns, entry) })
	if err != nil {
		p.message, p.failed = store.UserMessage(err), true
		return
	}
	delete(p.notes, id)
	delete(p.correcting, id)
	p.refresh(ctx)
	p.failed = false
	switch status {
	case progress.StatusKept:
		p.message = "Saved: kept today. Doing what you said, day after day, is what rebuilds trust."
	case progress.StatusMissed:
		p.message = "Saved: missed today. An honest record counts for more than a perfect one. Tomorrow is a new day."
	default:
		p.message = "Your note is saved."
	}
	releaseFileURL(p.icsURL)
	p.icsURL = ""
}

func (p *progressPage) Render() app.UI {
	pl := p.doc.Plan
	weeks := progress.Chart(pl, p.doc.CheckIns, p.now, chartWeeks)
	return shell(route.Progress,
		pageHeading("Progress", progressPagePurpose),
		p.sinceCard(pl),
		statusLine("checkin-status", "save-status", p.failed, p.message),
		el("section#today.data-section[aria-labelledby=today-title]",
			markup(`<h2 id="today-title">Today</h2>`),
			p.today(pl),
		),
		el("section#weeks.card.data-section[aria-labelledby=weeks-title]",
			markup(`<h2 id="weeks-title">Week by week</h2>`),
			weekChart(weeks),
		),
		p.reminders(pl),
		p.history(pl),
	)
}

// weekChart is the week-by-week chart with its key, or, when there are no
// weeks to chart (see progress.Chart), a line that says what will show
// here.
func weekChart(weeks []progress.Week) app.UI {
	if weeks == nil {
		return el("p#chart-summary", txt("Your weeks will show here once your plan has a commitment to check in on."))
	}
	return el("div",
		el("figure.chart",
			el("div[aria-hidden=true]", app.Raw(progress.ChartSVG(weeks))),
			el("figcaption#chart-summary", txt(progress.ChartSummary(weeks))),
		),
		markup(`<ul class="chart-key" aria-hidden="true"><li><span class="key-kept"></span>Kept</li><li><span class="key-missed"></span>Missed</li><li><span class="key-unrecorded"></span>Not recorded</li></ul>`),
	)
}

// sinceCard is the number of days since the repair began, with a patience
// message for this stage.
func (p *progressPage) sinceCard(pl plan.Plan) app.UI {
	card := func(body ...app.UI) app.UI {
		return el("section#since.card.data-section[aria-label=Time so far]", body)
	}
	if pl.Started == "" {
		return card(
			app.Raw(`<p>Add the day your repair began to your plan, and Mend will count the days with you.</p>`),
			app.Raw(`<a class="inline-link" href="/plan#plan-started">Set the start day on your plan</a>`),
		)
	}
	days, err := progress.DaysSince(pl.Started, p.now)
	if err != nil {
		return card(
			app.Raw(`<p>The start day on your plan is after today. Is the date right?</p>`),
			app.Raw(`<a class="inline-link" href="/plan#plan-started">Check the start day on your plan</a>`),
		)
	}
	count := "Day 1 of your repair"
	if days > 0 {
		count = strconv.Itoa(days) + " days since your repair began"
		if days == 1 {
			count = "1 day since your repair began"
		}
	}
	return card(
		el("p#days-since.progress-days", txt(count)),
		el("p#patience.patience", txt(progress.PatienceMessage(days))),
	)
}

// today lists a check-in card for each commitment due today.
func (p *progressPage) today(pl plan.Plan) app.UI {
	if len(pl.Commitments) == 0 {
		return app.Raw(`<div><p>Check-ins follow the commitments in your plan. Once you add one, it shows here on the days it is due.</p><a class="inline-link" href="/plan#commitments">Add a commitment to your plan</a></div>`)
	}
	due := progress.Today(pl, p.doc.CheckIns, p.now)
	if len(due) == 0 {
		return app.Raw(`<p>Nothing is due today. Your commitments still count on the days between.</p>`)
	}
	return el("ul.entries",
		each(len(due), func(i int) app.UI { return p.checkIn(due[i]) }),
	)
}

// checkIn is one commitment's card for today: kept, missed or a note, or
// the answer already given with a way to change it.
func (p *progressPage) checkIn(due progress.DueCheckIn) app.UI {
	c, earlier, answered := due.Commitment, due.Answer, due.Answered
	id := "checkin-" + c.ID
	asking := !answered || p.correcting[c.ID]
	return elIn(id, "li#$.card.checkin",
		el("h3", txt(c.Text)),
		el("p.entry-schedule", txt(c.Schedule())),
		when(answered, func() app.UI {
			return el("p.checkin-status", txt("Today: "+statusWords(earlier.Status)))
		}),
		either(asking, func() app.UI {
			return el("div",
				elIn(id, "div.field",
					markup(`<label for="$-note">A note (optional)</label>`),
					elIn(id, "textarea#$-note.input.textarea[rows=2]", "maxlength", plan.MaxTextLength, "value", p.notes[c.ID], "data-commitment", c.ID, "data-action", "type", "input", p.answer),
				),
				el("div.actions",
					elIn(id, "button#$-kept.button[type=button]", "data-commitment", c.ID, "data-action", progress.StatusKept, "click", p.answer, txt("I kept it")),
					elIn(id, "button#$-missed.button.button-quiet[type=button]", "data-commitment", c.ID, "data-action", progress.StatusMissed, "click", p.answer, txt("I missed it")),
					when(!answered, func() app.UI {
						return elIn(id, "button#$-note-only.button.button-quiet[type=button]", "data-commitment", c.ID, "data-action", progress.StatusNote, "click", p.answer, txt("Save the note only"))
					}),
				),
			)
		}, func() app.UI {
			return elIn(id, "button#$-change.button.button-quiet.button-small[type=button]", "data-commitment", c.ID, "data-action", "change", "click", p.answer,
				txt("Change today's answer"),
			)
		}),
	)
}

func statusWords(status string) string {
	switch status {
	case progress.StatusKept:
		return "kept"
	case progress.StatusMissed:
		return "missed"
	default:
		return "a note"
	}
}

// reminders offers a calendar file of the check-in schedule, made here.
func (p *progressPage) reminders(pl plan.Plan) app.UI {
	return el("section#reminders.card.data-section[aria-labelledby=reminders-title]",
		markup(`<h2 id="reminders-title">Reminders in your calendar</h2>`),
		markup(`<p>Mend cannot send reminders: it has no server. Instead, it can make a calendar file with a gentle evening reminder for each commitment. The events are titled only “Mend check-in”; the words of your commitment are in the event's details.</p>`),
		p.calendarFile(pl),
	)
}

// calendarFile is the button that makes the calendar file, then the link
// to download it.
func (p *progressPage) calendarFile(pl plan.Plan) app.UI {
	switch {
	case len(pl.Commitments) == 0:
		return app.Raw(`<p>Add a commitment to your plan first.</p>`)
	case p.icsURL == "":
		return el("button[type=button]#ics-make.button", "click", func(ctx app.Context, e app.Event) {
			p.icsURL = fileURL(progress.ICS(p.doc.Plan, time.Now(), appName), "text/calendar")
		},
			txt("Make the calendar file"),
		)
	}
	return el("div",
		el("a#ics-download.button[download=mend-check-ins.ics]", "href", p.icsURL, txt("Download mend-check-ins.ics")),
		markup(`<p class="field-hint">Open the file to add the reminders to your calendar. If you change your commitments, make a new file: importing it updates the events.</p>`),
	)
}

// history lists what stands in the check-in history, newest first.
func (p *progressPage) history(pl plan.Plan) app.UI {
	entries := progress.Effective(p.doc.CheckIns)
	texts := map[string]string{}
	for _, c := range pl.Commitments {
		texts[c.ID] = c.Text
	}
	return el("section#history.card.data-section[aria-labelledby=history-title]",
		markup(`<h2 id="history-title">History</h2>`),
		either(len(entries) == 0, func() app.UI {
			return app.Raw(`<p>Nothing recorded yet. Each check-in you make shows here, honestly, as it was.</p>`)
		}, func() app.UI {
			return el("ul.history",
				each(len(entries), func(i int) app.UI {
					ci := entries[len(entries)-1-i]
					what := texts[ci.CommitmentID]
					if what == "" {
						what = "A commitment no longer in your plan"
					}
					meta := ci.Day + " · " + statusWords(ci.Status)
					if ci.Corrects != "" {
						meta += " (changed later)"
					}
					return el("li",
						el("span", txt(what)),
						el("span.history-meta", txt(meta)),
						when(ci.Note != "", func() app.UI { return el("p.history-note", txt(ci.Note)) }),
					)
				}),
			)
		}),
	)
}

// hasCommitment reports whether the plan still has the commitment id.
func hasCommitment(pl plan.Plan, id string) bool {
	for _, c := range pl.Commitments {
		if c.ID == id {
			return true
		}
	}
	return false
}
