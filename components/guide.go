package components

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
	"mend/app/route"
	"mend/content/guide"
)

// guidePage is the journey's home: the introduction, a search box, the
// fourteen steps with the ones marked done, the closing reminders and the
// research the guide cites.
type guidePage struct {
	app.Compo

	done map[string]bool // steps marked done on this device; empty when prerendered
}

func newGuidePage() *guidePage { return &guidePage{} }

const guideDescription = "Fourteen steps for repairing trust after you have hurt someone, in plain words."

func (p *guidePage) OnPreRender(ctx app.Context) { setPageMeta(ctx, "The guide", guideDescription) }

func (p *guidePage) OnNav(ctx app.Context) {
	setPageMeta(ctx, "The guide", guideDescription)
	startAtTop(ctx)
	p.done = doneSteps(loadDoc())
}

func (p *guidePage) Render() app.UI {
	return shell(route.Guide,
		pageHeading("The guide", "Fourteen steps for repairing trust. Read them in order, or go to the one you need tonight."),
		app.Raw(guideIntro()),
		newGuideSearch(),
		sidePageGroup(guideSideGroups[0]),
		el("section#steps[aria-labelledby=steps-heading]",
			markup(`<h2 id="steps-heading">The fourteen steps</h2>`),
			when(len(p.done) > 0, func() app.UI {
				return el("p.guide-progress", txt(doneCountText(len(p.done))))
			}),
			app.Raw(stepList(p.done)),
		),
		sidePageGroup(guideSideGroups[1]),
		app.Raw(string(append(writeEach([]byte(`<section id="reminders" class="card reminders" aria-labelledby="reminders-heading"><h2 id="reminders-heading">Worth remembering</h2><ul>`), "<li>", "</li>", guide.Home.Reminders), "</ul></section>"...))),
		guideSources(),
	)
}

// guideIntro is the guide's introduction, or what to do without the
// guide's words.
func guideIntro() string {
	if !guide.Ready() {
		return guideMissing
	}
	return string(append(writeEach([]byte(`<div class="guide-intro">`), "<p>", "</p>", guide.Home.Intro), "</div>"...))
}

// guideSources is the research the guide cites, with what it takes from
// each, and the help services its pages name.
func guideSources() app.UI {
	b := []byte(`<section id="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2><p class="muted">The research behind the guide’s evidence notes, and what the guide takes from each; then the help services its pages name, with the page each was checked on.</p><ul class="sources">`)
	for _, s := range guide.Sources {
		b = append(b, `<li class="source" id="`+sourceID(s.Key)+`"><p class="source-citation">`...)
		b = append(writeSpans(b, s.Citation), `</p><p class="source-finding">`...)
		b = append(writeSpans(b, s.Finding), "</p></li>"...)
	}
	return app.Raw(string(append(b, "</ul></section>"...)))
}

// sideGroup is a few of the pages beside the journey, listed together on
// the guide's home under a heading of their own.
type sideGroup struct {
	id, heading, intro string
	slugs              []string
}

// guideSideGroups place the guide's pages beside the journey on its home:
// the first group comes before the fourteen steps, the second after them.
var guideSideGroups = [2]sideGroup{
	{"before", "Before you start", "Mend is for repair when both of you are safe. If there has been violence, threats or fear, or you are in crisis, read this first.", []string{"safety"}},
	{"more-help", "More help", "For when they say no, when you want a counselor, or when the hurt was an affair.", []string{"when-they-say-no", "getting-help", "after-an-affair"}},
}

// sidePageGroup lists a group's pages, each with its summary.
func sidePageGroup(group sideGroup) app.UI {
	id := group.id
	b := []byte(`<section id="` + id + `" class="side-pages" aria-labelledby="` + id + `-heading"><h2 id="` + id + `-heading">`)
	b = append(writeText(b, group.heading), `</h2><p class="muted">`...)
	b = append(writeText(b, group.intro), `</p><ul class="cards">`...)
	for _, slug := range group.slugs {
		page := (&sidePage{Slug: slug}).page()
		b = append(b, `<li><a class="card card-link" href="`+page.Path+`"><span class="card-title">`...)
		b = append(writeText(b, page.Title), `</span><span class="card-text">`...)
		b = append(writeText(b, page.Summary), "</span></a></li>"...)
	}
	return app.Raw(string(append(b, "</ul></section>"...)))
}

// stepList is the guide's list of steps: each step's number, title and
// summary, and a visible "Done" (a word, not only a colour) once marked.
func stepList(done map[string]bool) string {
	b := []byte(`<ol class="steps">`)
	for _, s := range journey.Steps {
		step := (&stepPage{Slug: s.Slug}).step()
		b = append(b, `<li><a class="step-link guide-step" href="`+route.Step(step.Slug)+`"><span class="step-number">`+strconv.Itoa(step.Number)+`</span><span class="guide-step-text"><span class="guide-step-title">`...)
		b = writeText(b, step.Title)
		if done[step.Slug] {
			b = append(b, `<span class="done-mark"><span aria-hidden="true">✓</span>Done</span>`...)
		}
		b = append(b, `</span><span class="guide-step-summary">`...)
		b = append(writeText(b, step.Summary), "</span></span></a></li>"...)
	}
	return string(append(b, "</ol>"...))
}

// doneCountText says how far through the journey someone is.
func doneCountText(n int) string {
	total := len(journey.Steps)
	switch {
	case n >= total:
		return fmt.Sprintf("All %d steps are marked done.", total)
	case n == 1:
		return fmt.Sprintf("1 of %d steps is marked done.", total)
	default:
		return fmt.Sprintf("%d of %d steps are marked done.", n, total)
	}
}
