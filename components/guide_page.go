package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/route"
	"mend/content/guide"
)

// sidePage shows a page beside the journey (journey.Pages): safety, help,
// and the page for the person who was hurt. The guide's pages wear the
// author's frame; a page ForReader is for the person reading a shared plan
// and wears the reader's frame, with nothing to edit or install. Neither
// reads or writes the device's storage.
type sidePage struct {
	app.Compo

	// Slug names the page. Exported for the same reason as stepPage.Slug:
	// go-app reuses the mounted page and copies only exported fields.
	Slug string
}

func newSidePage(slug string) *sidePage { return &sidePage{Slug: slug} }

func (p *sidePage) page() guide.Page {
	page, _ := guide.LookupPage(p.Slug)
	return page
}

func (p *sidePage) OnPreRender(ctx app.Context) {
	page := p.page()
	setPageMeta(ctx, page.Title, page.Summary)
}

func (p *sidePage) OnNav(ctx app.Context) {
	page := p.page()
	setPageMeta(ctx, page.Title, page.Summary)
	startAtTop(ctx)
}

func (p *sidePage) Render() app.UI {
	page := p.page()
	content := []app.UI{pageHeading(page.Title, page.Summary)}
	for _, sec := range page.Sections {
		content = append(content, guideSection(sec.ID, sec.Heading, "", blocks(sec.Blocks)...))
	}
	if page.Evidence != nil {
		content = append(content, guideSection("evidence", "Where this comes from", "card evidence", sourceList(page.Evidence)...))
	}
	if page.ForReader {
		return frame("app app-reader", app.Raw(`<span class="brand">Mend</span>`), nil, content, forYouPromise, nil)
	}
	return shell(page.Path, content...)
}

// forYouPromise is the footer of the reader's pages that hold no plan.
const forYouPromise = "Private by design: this page saves nothing and sends nothing anywhere. No account, no tracking."

// sourceList is a page's note on where its words come from, with each
// source as an item of a list, linked to its entry on the guide's home: a
// page may cite more sources than fit on a line.
func sourceList(e *guide.Evidence) []app.UI {
	return append(paragraphs(e.Text),
		app.Raw(`<p class="evidence-sources">Sources:</p>`),
		el("ul.evidence-list",
			each(len(e.Keys), func(i int) app.UI {
				source, _ := guide.LookupSource(e.Keys[i])
				return el("li", el("a", "href", route.Guide+"#"+sourceID(source.Key), txt(source.Short)))
			}),
		),
	)
}

// blocks renders a section's paragraphs as <p> and each run of list items
// as one <ul>.
func blocks(bs []guide.Block) []app.UI {
	var nodes []app.UI
	var items []app.UI
	flush := func() {
		if len(items) > 0 {
			nodes = append(nodes, el("ul.page-list", items))
			items = nil
		}
	}
	for _, b := range bs {
		if b.Item {
			items = append(items, el("li", spans(b.Text)))
			continue
		}
		flush()
		nodes = append(nodes, el("p", spans(b.Text)))
	}
	flush()
	return nodes
}
