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

// step is the step's page; without the guide's words (guideMissing), only
// what the journey knows of it.
func (p *stepPage) step() guide.Step {
	step, ok := guide.Lookup(p.Slug)
	if !ok {
		step.Step, _ = journey.Lookup(p.Slug)
	}
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
	eyebrow := app.Raw(fmt.Sprintf(`<p class="eyebrow">Step %d of %d</p>`, step.Number, len(journey.Steps)))
	if !guide.Ready() {
		return shell(route.Step(step.Slug), eyebrow, pageHeading(step.Title, ""), app.Raw(guideMissing), app.Raw(stepPager(step.Number)))
	}
	exercise := writeEach(nil, "<p>", "</p>", step.Exercise)
	exercise = append(writeText(append(exercise, `<p class="tool"><a class="button tool-link" href="`...), step.Tool.Href), `">`...)
	exercise = append(writeText(exercise, step.Tool.Text), `<span class="tool-arrow" aria-hidden="true">→</span></a></p>`...)
	return shell(route.Step(step.Slug),
		eyebrow,
		pageHeading(step.Title, step.Summary),
		app.Raw(stepContents(step)),
		stepSection("asks", "", writeEach(nil, "<p>", "</p>", step.Asks)),
		stepSection("why", "", writeEach(nil, "<p>", "</p>", step.Why)),
		when(step.Evidence != nil, func() app.UI {
			return stepSection("evidence", "card evidence", evidenceNote(step.Evidence))
		}),
		stepSection("do", "", append(writeEach([]byte(`<ul class="advice advice-do">`), "<li>", "</li>", step.Do), "</ul>"...)),
		stepSection("dont", "", append(writeEach([]byte(`<ul class="advice advice-dont">`), "<li>", "</li>", step.Dont), "</ul>"...)),
		stepSection("say", "", sayPairs(step.Pairs)),
		stepSection("exercise", "", exercise),
		stepSection("others", "", writeEach(nil, "<p>", "</p>", step.Others)),
		// The one part that changes: a form, built element by element.
		el("section#done.step-section.card.done-card[aria-labelledby=done-heading]",
			markup(`<h2 id="done-heading">Done with this step?</h2>`),
			p.doneToggle(step),
		),
		app.Raw(stepPager(step.Number)),
	)
}

// stepSection is one part of a step page, its body written as markup: a
// section with an id the table of contents links to, labelled by its h2.
func stepSection(id, class string, body []byte) app.UI {
	heading := ""
	for _, s := range stepSections {
		if s.id == id {
			heading = s.heading
		}
	}
	return section(id, heading, class, body)
}

// stepContents is the small table of contents at the top of a step page.
func stepContents(step guide.Step) string {
	b := []byte(`<nav class="toc" aria-label="On this page"><p class="toc-label" aria-hidden="true">On this page</p><ul>`)
	for _, s := range stepSections {
		if s.id == "evidence" && step.Evidence == nil {
			continue
		}
		b = append(b, `<li><a href="#`+s.id+`">`+s.short+"</a></li>"...)
	}
	return string(append(b, "</ul></nav>"...))
}

// evidenceNote is the research behind a step, with the short names of its
// sources linking to their full entries on the guide's home page.
func evidenceNote(e *guide.Evidence) []byte {
	b := writeEach(nil, "<p>", "</p>", e.Text)
	label := `<p class="evidence-sources">Sources: `
	if len(e.Keys) == 1 {
		label = `<p class="evidence-sources">Source: `
	}
	return append(writeSourceLinks(append(b, label...), e.Keys, "", "; ", ""), "</p>"...)
}

// sayPairs sets each helpful phrasing against a harmful one. Each pair is a
// description list, so "Say this" and "Not that" are words a screen reader
// speaks, and the marks and colours only repeat them.
func sayPairs(pairs []guide.SayPair) []byte {
	b := []byte(`<ul class="pairs">`)
	for _, pair := range pairs {
		b = append(b, `<li class="pair"><dl><dt class="pair-label pair-label-say"><span class="pair-icon" aria-hidden="true">✓</span>Say this</dt><dd class="pair-say">`...)
		b = append(writeSpans(b, pair.Say), `</dd><dt class="pair-label pair-label-not"><span class="pair-icon" aria-hidden="true">✕</span>Not that</dt><dd class="pair-not">`...)
		b = append(writeSpans(b, pair.NotThat), "</dd></dl></li>"...)
	}
	return append(b, "</ul>"...)
}

// stepPager links to the steps before and after this one.
func stepPager(number int) string {
	i := number - 1
	b := []byte(`<nav class="pager" aria-label="Steps">`)
	if i > 0 {
		prev := journey.Steps[i-1]
		b = append(b, fmt.Sprintf(`<a class="pager-prev" rel="prev" href="%s"><span class="pager-hint">Step %d</span><span>← `, route.Step(prev.Slug), prev.Number)...)
		b = append(writeText(b, prev.Title), "</span></a>"...)
	}
	if i+1 < len(journey.Steps) {
		next := journey.Steps[i+1]
		b = append(b, fmt.Sprintf(`<a class="pager-next" rel="next" href="%s"><span class="pager-hint">Step %d</span><span>`, route.Step(next.Slug), next.Number)...)
		b = append(writeText(b, next.Title), " →</span></a>"...)
	} else {
		b = append(b, `<a class="pager-next" href="/guide"><span class="pager-hint">The end</span><span>All steps →</span></a>`...)
	}
	return string(append(b, "</nav>"...))
}
