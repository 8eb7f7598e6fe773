package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/route"
	"mend/content/guide"
)

// stepPage shows one step of the guide in full.
type stepPage struct {
	app.Compo

	// Slug names the step. It is exported because go-app reuses the
	// mounted page when the app moves from one step to another and only
	// copies exported fields into it; an unexported slug would keep
	// showing the previous step.
	Slug string

	done    bool   // marked done on this device
	message string // what became of the last change to done, for the status line
	failed  bool   // the last change could not be saved
}

func newStepPage(slug string) *stepPage { return &stepPage{Slug: slug} }

func (p *stepPage) step() guide.Step {
	step, _ := guide.Lookup(p.Slug)
	return step
}

func (p *stepPage) OnPreRender(ctx app.Context) {
	step := p.step()
	setPageMeta(ctx, step.Title, step.Summary)
}

func (p *stepPage) OnNav(ctx app.Context) {
	step := p.step()
	setPageMeta(ctx, step.Title, step.Summary)
	startAtTop(ctx)
	p.done = doneSteps(loadDoc())[p.Slug]
	p.message, p.failed = "", false
}

// stepSections are the parts of a step page, in order, for the page and
// its table of contents. Evidence is left out of the contents of a step
// that has none.
var stepSections = []struct{ id, heading, short string }{
	{"asks", "What this step asks", "What it asks"},
	{"why", "Why it matters", "Why"},
	{"evidence", "What the research says", "Research"},
	{"do", "Do", "Do"},
	{"dont", "Don’t", "Don’t"},
	{"say", "Say this, not that", "Say this"},
	{"exercise", "Try this now", "Exercise"},
	{"others", "If they are not your partner", "Not a partner?"},
	{"done", "Done with this step?", "Done?"},
}

func (p *stepPage) Render() app.UI {
	step := p.step()
	total := len(journey.Steps)
	return shell(route.Step(step.Slug),
		app.P().Class("eyebrow").Text(fmt.Sprintf("Step %d of %d", step.Number, total)),
		pageHeading(step.Title, step.Summary),
		stepContents(step),
		stepSection("asks", paragraphs(step.Asks)...),
		stepSection("why", paragraphs(step.Why)...),
		app.If(step.Evidence != nil, func() app.UI {
			return stepSection("evidence", evidenceNote(step.Evidence)...).Class("card evidence")
		}),
		stepSection("do", app.Ul().Class("advice advice-do").Body(listItems(step.Do)...)),
		stepSection("dont", app.Ul().Class("advice advice-dont").Body(listItems(step.Dont)...)),
		stepSection("say", sayPairs(step.Pairs)),
		stepSection("exercise", append(paragraphs(step.Exercise),
			app.P().Class("tool").Body(
				app.A().Class("button tool-link").Href(step.Tool.Href).Body(
					app.Text(step.Tool.Text),
					app.Span().Class("tool-arrow").Aria("hidden", "true").Text("→"),
				),
			),
		)...),
		stepSection("others", paragraphs(step.Others)...),
		stepSection("done", p.doneToggle(step)...).Class("card done-card"),
		stepPager(step.Number),
	)
}

// stepSection is one part of a step page: a section with an id the table
// of contents links to, labelled by its h2.
func stepSection(id string, body ...app.UI) app.HTMLSection {
	heading := ""
	for _, s := range stepSections {
		if s.id == id {
			heading = s.heading
		}
	}
	return guideSection(id, heading, body...)
}

// guideSection is one titled part of a guide page: a section with an id
// to link to, labelled by its h2.
func guideSection(id, heading string, body ...app.UI) app.HTMLSection {
	return app.Section().ID(id).Class("step-section").Aria("labelledby", id+"-heading").Body(
		append([]app.UI{app.H2().ID(id + "-heading").Text(heading)}, body...)...,
	)
}

// stepContents is the small table of contents at the top of a step page.
func stepContents(step guide.Step) app.UI {
	return app.Nav().Class("toc").Aria("label", "On this page").Body(
		app.P().Class("toc-label").Aria("hidden", "true").Text("On this page"),
		app.Ul().Body(
			app.Range(stepSections).Slice(func(i int) app.UI {
				s := stepSections[i]
				if s.id == "evidence" && step.Evidence == nil {
					return nil
				}
				return app.Li().Body(app.A().Href("#" + s.id).Text(s.short))
			}),
		),
	)
}

// evidenceNote is the research behind a step, with the short names of its
// sources linking to their full entries on the guide's home page.
func evidenceNote(e *guide.Evidence) []app.UI {
	sources := []app.UI{app.Text("Sources: ")}
	if len(e.Keys) == 1 {
		sources[0] = app.Text("Source: ")
	}
	for i, key := range e.Keys {
		source, _ := guide.LookupSource(key)
		if i > 0 {
			sources = append(sources, app.Text("; "))
		}
		sources = append(sources, app.A().Href(route.Guide+"#"+sourceID(key)).Text(source.Short))
	}
	return append(paragraphs(e.Text), app.P().Class("evidence-sources").Body(sources...))
}

// sayPairs sets each helpful phrasing against a harmful one. Each pair is a
// description list, so "Say this" and "Not that" are words a screen reader
// speaks, and the marks and colours only repeat them.
func sayPairs(pairs []guide.SayPair) app.UI {
	return app.Ul().Class("pairs").Body(
		app.Range(pairs).Slice(func(i int) app.UI {
			return app.Li().Class("pair").Body(
				app.Dl().Body(
					app.Dt().Class("pair-label pair-label-say").Body(
						app.Span().Class("pair-icon").Aria("hidden", "true").Text("✓"),
						app.Text("Say this"),
					),
					app.Dd().Class("pair-say").Body(spans(pairs[i].Say)...),
					app.Dt().Class("pair-label pair-label-not").Body(
						app.Span().Class("pair-icon").Aria("hidden", "true").Text("✕"),
						app.Text("Not that"),
					),
					app.Dd().Class("pair-not").Body(spans(pairs[i].NotThat)...),
				),
			)
		}),
	)
}

// stepPager links to the steps before and after this one.
func stepPager(number int) app.UI {
	i := number - 1
	return app.Nav().Class("pager").Aria("label", "Steps").Body(
		app.If(i > 0, func() app.UI {
			prev := journey.Steps[i-1]
			return app.A().Class("pager-prev").Href(route.Step(prev.Slug)).Rel("prev").Body(
				app.Span().Class("pager-hint").Text(fmt.Sprintf("Step %d", prev.Number)),
				app.Span().Text("← "+prev.Title),
			)
		}),
		app.If(i+1 < len(journey.Steps), func() app.UI {
			next := journey.Steps[i+1]
			return app.A().Class("pager-next").Href(route.Step(next.Slug)).Rel("next").Body(
				app.Span().Class("pager-hint").Text(fmt.Sprintf("Step %d", next.Number)),
				app.Span().Text(next.Title+" →"),
			)
		}),
		app.If(i+1 == len(journey.Steps), func() app.UI {
			return app.A().Class("pager-next").Href(route.Guide).Body(
				app.Span().Class("pager-hint").Text("The end"),
				app.Span().Text("All steps →"),
			)
		}),
	)
}
