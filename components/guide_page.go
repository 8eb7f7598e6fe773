package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/journey"
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

// page is the page's words; without the guide's words (guideMissing),
// only what the journey knows of it.
func (p *sidePage) page() guide.Page {
	page, ok := guide.LookupPage(p.Slug)
	if !ok {
		page.Page, _ = journey.LookupPage(p.Slug)
	}
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
	if !guide.Ready() {
		content = append(content, app.Raw(guideMissing))
	}
	for _, sec := range page.Sections {
		content = append(content, section(sec.ID, sec.Heading, "", writeBlocks(nil, sec.Blocks)))
	}
	if e := page.Evidence; e != nil {
		b := append(writeEach(nil, "<p>", "</p>", e.Text), `<p class="evidence-sources">Sources:</p><ul class="evidence-list">`...)
		b = append(writeSourceLinks(b, e.Keys, "<li>", "", "</li>"), "</ul>"...)
		content = append(content, section("evidence", "Where this comes from", "card evidence", b))
	}
	if page.ForReader {
		return frame("app app-reader", app.Raw(`<span class="brand">Mend</span>`), nil, content, forYouPromise, nil)
	}
	return shell(page.Path, content...)
}

// forYouPromise is the footer of the reader's pages that hold no plan.
const forYouPromise = "Private by design: this page saves nothing and sends nothing anywhere. No account, no tracking."

// writeBlocks appends a section's paragraphs as <p> and each run of list
// items as one <ul>.
func writeBlocks(b []byte, bs []guide.Block) []byte {
	inList := false
	for _, block := range bs {
		if block.Item != inList {
			inList = block.Item
			if inList {
				b = append(b, `<ul class="page-list">`...)
			} else {
				b = append(b, "</ul>"...)
			}
		}
		if block.Item {
			b = append(writeSpans(append(b, "<li>"...), block.Text), "</li>"...)
		} else {
			b = append(writeSpans(append(b, "<p>"...), block.Text), "</p>"...)
		}
	}
	if inList {
		b = append(b, "</ul>"...)
	}
	return b
}
