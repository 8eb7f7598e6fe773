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

func (p *progressPage) OnMount(ctx app.Context) {
	p.refresh(ctx)
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

// record saves a check-in for commitment c today: a new entry, or a
// correction of today's answer when there is one.
func (p *progressPage) record(ctx app.Context, c plan.Commitment, status string) {
	entry := progress.Answer(p.doc.CheckIns, c.ID, status, p.notes[c.ID], time.Now())
	err := updateDoc(ctx, func(doc *store.Document) { doc.CheckIns = append(doc.CheckIns, entry) })
	if err != nil {
		p.message, p.failed = store.UserMessage(err), true
		return
	}
	delete(p.notes, c.ID)
	delete(p.correcting, c.ID)
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
	weeks := progress.Weekly(pl, p.doc.CheckIns, p.now, chartWeeks)
	status := app.P().ID("checkin-status").Class("save-status").Role("status")
	if p.failed {
		status = status.Class("notice notice-warning")
	}
	return shell(route.Progress,
		pageHeading("Progress", progressPagePurpose),
		p.sinceCard(pl),
		status.Text(p.message),
		app.Section().ID("today").Class("data-section").Aria("labelledby", "today-title").Body(
			app.H2().ID("today-title").Text("Today"),
			p.today(pl),
		),
		app.Section().ID("weeks").Class("card data-section").Aria("labelledby", "weeks-title").Body(
			app.H2().ID("weeks-title").Text("Week by week"),
			app.Figure().Class("chart").Body(
				// The chart is drawn by progress.ChartSVG from numbers and
				// dates only — nothing the user wrote — so it is safe markup.
				app.Div().Aria("hidden", "true").Body(app.Raw(progress.ChartSVG(weeks))),
				app.FigCaption().ID("chart-summary").Text(progress.ChartSummary(weeks)),
			),
			app.Ul().Class("chart-key").Aria("hidden", "true").Body(
				app.Li().Body(app.Span().Class("key-kept"), app.Text("Kept")),
				app.Li().Body(app.Span().Class("key-missed"), app.Text("Missed")),
				app.Li().Body(app.Span().Class("key-unrecorded"), app.Text("Not recorded")),
			),
		),
		p.reminders(pl),
		p.history(pl),
	)
}

// sinceCard is the number of days since the repair began, with a patience
// message for this stage.
func (p *progressPage) sinceCard(pl plan.Plan) app.UI {
	card := app.Section().ID("since").Class("card data-section").Aria("label", "Time so far")
	if pl.Started == "" {
		return card.Body(
			app.P().Text("Add the day your repair began to your plan, and Mend will count the days with you."),
			app.A().Class("inline-link").Href(route.Plan+"#plan-started").Text("Set the start day on your plan"),
		)
	}
	days, err := progress.DaysSince(pl.Started, p.now)
	if err != nil {
		return card.Body(
			app.P().Text("The start day on your plan is after today. Is the date right?"),
			app.A().Class("inline-link").Href(route.Plan+"#plan-started").Text("Check the start day on your plan"),
		)
	}
	count := "Day 1 of your repair"
	if days > 0 {
		count = strconv.Itoa(days) + " days since your repair began"
		if days == 1 {
			count = "1 day since your repair began"
		}
	}
	return card.Body(
		app.P().ID("days-since").Class("progress-days").Text(count),
		app.P().ID("patience").Class("patience").Text(progress.PatienceMessage(days)),
	)
}

// today lists a check-in card for each commitment due today.
func (p *progressPage) today(pl plan.Plan) app.UI {
	if len(pl.Commitments) == 0 {
		return app.Div().Body(
			app.P().Text("Check-ins follow the commitments in your plan. Once you add one, it shows here on the days it is due."),
			app.A().Class("inline-link").Href(route.Plan+"#commitments").Text("Add a commitment to your plan"),
		)
	}
	due := progress.Today(pl, p.doc.CheckIns, p.now)
	if len(due) == 0 {
		return app.P().Text("Nothing is due today. Your commitments still count on the days between.")
	}
	return app.Ul().Class("entries").Body(
		app.Range(due).Slice(func(i int) app.UI { return p.checkIn(due[i]) }),
	)
}

// checkIn is one commitment's card for today: kept, missed or a note, or
// the answer already given with a way to change it.
func (p *progressPage) checkIn(due progress.DueCheckIn) app.UI {
	c, earlier, answered := due.Commitment, due.Answer, due.Answered
	id := "checkin-" + c.ID
	asking := !answered || p.correcting[c.ID]
	record := func(status string) app.EventHandler {
		return func(ctx app.Context, e app.Event) { p.record(ctx, c, status) }
	}
	return app.Li().ID(id).Class("card checkin").Body(
		app.H3().Text(c.Text),
		app.P().Class("entry-schedule").Text(c.Schedule()),
		app.If(answered, func() app.UI {
			return app.P().Class("checkin-status").Text("Today: " + statusWords(earlier.Status))
		}),
		app.If(asking, func() app.UI {
			return app.Div().Body(
				app.Div().Class("field").Body(
					app.Label().For(id+"-note").Text("A note (optional)"),
					app.Textarea().ID(id+"-note").Class("input textarea").Rows(2).
						MaxLength(plan.MaxTextLength).Attr("value", p.notes[c.ID]).
						OnInput(func(ctx app.Context, e app.Event) {
							p.notes[c.ID] = ctx.JSSrc().Get("value").String()
						}),
				),
				app.Div().Class("actions").Body(
					app.Button().Type("button").ID(id+"-kept").Class("button").Text("I kept it").OnClick(record(progress.StatusKept)),
					app.Button().Type("button").ID(id+"-missed").Class("button button-quiet").Text("I missed it").OnClick(record(progress.StatusMissed)),
					app.If(!answered, func() app.UI {
						return app.Button().Type("button").ID(id + "-note-only").Class("button button-quiet").Text("Save the note only").OnClick(record(progress.StatusNote))
					}),
				),
			)
		}).Else(func() app.UI {
			return app.Button().Type("button").ID(id + "-change").Class("button button-quiet button-small").
				Text("Change today's answer").
				OnClick(func(ctx app.Context, e app.Event) { p.correcting[c.ID] = true })
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
	return app.Section().ID("reminders").Class("card data-section").Aria("labelledby", "reminders-title").Body(
		app.H2().ID("reminders-title").Text("Reminders in your calendar"),
		app.P().Text("Mend cannot send reminders: it has no server. Instead, it can make a calendar file with a gentle evening reminder for each commitment. The events are titled only “Mend check-in”; the words of your commitment are in the event's details."),
		app.If(len(pl.Commitments) == 0, func() app.UI {
			return app.P().Text("Add a commitment to your plan first.")
		}).ElseIf(p.icsURL == "", func() app.UI {
			return app.Button().Type("button").ID("ics-make").Class("button").Text("Make the calendar file").
				OnClick(func(ctx app.Context, e app.Event) {
					p.icsURL = fileURL(progress.ICS(p.doc.Plan, time.Now(), appName), "text/calendar")
				})
		}).Else(func() app.UI {
			return app.Div().Body(
				app.A().ID("ics-download").Class("button").Href(p.icsURL).Download("mend-check-ins.ics").Text("Download mend-check-ins.ics"),
				app.P().Class("field-hint").Text("Open the file to add the reminders to your calendar. If you change your commitments, make a new file: importing it updates the events."),
			)
		}),
	)
}

// history lists what stands in the check-in history, newest first.
func (p *progressPage) history(pl plan.Plan) app.UI {
	entries := progress.Effective(p.doc.CheckIns)
	texts := map[string]string{}
	for _, c := range pl.Commitments {
		texts[c.ID] = c.Text
	}
	return app.Section().ID("history").Class("card data-section").Aria("labelledby", "history-title").Body(
		app.H2().ID("history-title").Text("History"),
		app.If(len(entries) == 0, func() app.UI {
			return app.P().Text("Nothing recorded yet. Each check-in you make shows here, honestly, as it was.")
		}).Else(func() app.UI {
			return app.Ul().Class("history").Body(
				app.Range(entries).Slice(func(i int) app.UI {
					ci := entries[len(entries)-1-i]
					what := texts[ci.CommitmentID]
					if what == "" {
						what = "A commitment no longer in your plan"
					}
					meta := ci.Day + " · " + statusWords(ci.Status)
					if ci.Corrects != "" {
						meta += " (changed later)"
					}
					return app.Li().Body(
						app.Span().Text(what),
						app.Span().Class("history-meta").Text(meta),
						app.If(ci.Note != "", func() app.UI { return app.P().Class("history-note").Text(ci.Note) }),
					)
				}),
			)
		}),
	)
}
