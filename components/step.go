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
		el("p.eyebrow", txt(fmt.Sprintf("Step %d of %d", step.Number, total))),
		pageHeading(step.Title, step.Summary),
		stepContents(step),
		stepSection("asks", "", paragraphs(step.Asks)...),
		stepSection("why", "", paragraphs(step.Why)...),
		when(step.Evidence != nil, func() app.UI {
			return stepSection("evidence", "card evidence", evidenceNote(step.Evidence)...)
		}),
		stepSection("do", "", el("ul.advice.advice-do", listItems(step.Do))),
		stepSection("dont", "", el("ul.advice.advice-dont", listItems(step.Dont))),
		stepSection("say", "", sayPairs(step.Pairs)),
		stepSection("exercise", "", append(paragraphs(step.Exercise),
			el("p.tool",
				el("a.button.tool-link", "href", step.Tool.Href,
					app.Text(step.Tool.Text),
					markup(`<span class="tool-arrow" aria-hidden="true">→</span>`),
				),
			),
		)...),
		stepSection("others", "", paragraphs(step.Others)...),
		stepSection("done", "card done-card", p.doneToggle(step)...),
		stepPager(step.Number),
	)
}

// stepSection is one part of a step page: a section with an id the table
// of contents links to, labelled by its h2.
func stepSection(id, class string, body ...app.UI) app.UI {
	heading := ""
	for _, s := range stepSections {
		if s.id == id {
			heading = s.heading
		}
	}
	return guideSection(id, heading, class, body...)
}

// guideSection is one titled part of a guide page: a section with an id
// to link to, labelled by its h2; class adds to its classes (a card).
func guideSection(id, heading, class string, body ...app.UI) app.UI {
	return elIn(id, "section#$.step-section[aria-labelledby=$-heading]", "class", class,
		elIn(id, "h2#$-heading", txt(heading)),
		body,
	)
}

// stepContents is the small table of contents at the top of a step page.
func stepContents(step guide.Step) app.UI {
	return el("nav.toc[aria-label=On this page]",
		markup(`<p class="toc-label" aria-hidden="true">On this page</p>`),
		el("ul",
			each(len(stepSections), func(i int) app.UI {
				s := stepSections[i]
				if s.id == "evidence" && step.Evidence == nil {
					return nil
				}
				return el("li", el("a", "href", "#"+s.id, txt(s.short)))
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
		sources = append(sources, el("a", "href", route.Guide+"#"+sourceID(key), txt(source.Short)))
	}
	return append(paragraphs(e.Text), el("p.evidence-sources", sources))
}

// sayPairs sets each helpful phrasing against a harmful one. Each pair is a
// description list, so "Say this" and "Not that" are words a screen reader
// speaks, and the marks and colours only repeat them.
func sayPairs(pairs []guide.SayPair) app.UI {
	return el("ul.pairs",
		each(len(pairs), func(i int) app.UI {
			return el("li.pair",
				el("dl",
					markup(`<dt class="pair-label pair-label-say"><span class="pair-icon" aria-hidden="true">✓</span>Say this</dt>`),
					el("dd.pair-say", spans(pairs[i].Say)),
					markup(`<dt class="pair-label pair-label-not"><span class="pair-icon" aria-hidden="true">✕</span>Not that</dt>`),
					el("dd.pair-not", spans(pairs[i].NotThat)),
				),
			)
		}),
	)
}

// stepPager links to the steps before and after this one.
func stepPager(number int) app.UI {
	i := number - 1
	return el("nav.pager[aria-label=Steps]",
		when(i > 0, func() app.UI {
			prev := journey.Steps[i-1]
			return el("a.pager-prev[rel=prev]", "href", route.Step(prev.Slug),
				el("span.pager-hint", txt(fmt.Sprintf("Step %d", prev.Number))),
				el("span", txt("← "+prev.Title)),
			)
		}),
		when(i+1 < len(journey.Steps), func() app.UI {
			next := journey.Steps[i+1]
			return el("a.pager-next[rel=next]", "href", route.Step(next.Slug),
				el("span.pager-hint", txt(fmt.Sprintf("Step %d", next.Number))),
				el("span", txt(next.Title+" →")),
			)
		}),
		when(i+1 == len(journey.Steps), func() app.UI {
			return app.Raw(`<a class="pager-next" href="/guide"><span class="pager-hint">The end</span><span>All steps →</span></a>`)
		}),
	)
}
