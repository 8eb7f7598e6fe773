package components

import (
	"slices"
	"strings"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	escape "mend/app/markup"
	"mend/app/route"
	"mend/content/guide"
)

// The guide's pages are fixed words, so they are written as markup: one
// string per part of a page, which go-app puts into the page in one step.
// Built element by element, the same part costs a call into the browser
// for every element, attribute and run of text, and a JavaScript value the
// Go runtime has to track for most of them: on the guide's home that was
// most of the time the program took to draw its first page. Text is always
// escaped (markup.Escape), so the guide's words can never become markup.

// guideMissing is what the guide's pages say in place of their words when
// the app the site ships could not load them (mend/content/guide's Ready):
// the app works on, and reloading fetches the words again.
const guideMissing = `<p id="guide-missing" class="notice notice-warning" role="status">The words of this guide page did not load just now. Reload the page to try again. Nothing you saved is lost.</p>`

// writeSpans appends a run of the guide's text: emphasis as <em>, links as
// ordinary in-app links, which go-app follows without a reload.
func writeSpans(b []byte, p guide.Paragraph) []byte {
	for _, s := range glueTrailingPunctuation(p) {
		end := ""
		if s.Href != "" {
			b = append(b, `<a href="`...)
			b = append(b, escape.Escape(s.Href)...)
			b = append(b, `">`...)
			end = "</a>"
		}
		if s.Emphasis {
			b = append(b, "<em>"...)
			end = "</em>" + end
		}
		b = append(b, escape.Escape(s.Text)...)
		b = append(b, end...)
	}
	return b
}

// glueTrailingPunctuation moves what directly follows an emphasised or
// linked span, up to the next space, into that span: "Explain and prevent"
// + "." becomes "Explain and prevent.", and the full stop is part of the
// link, never set apart from its word.
func glueTrailingPunctuation(p guide.Paragraph) guide.Paragraph {
	out := slices.Clone(p)
	for i := 0; i+1 < len(out); i++ {
		styled, next := out[i], out[i+1]
		if styled.Href == "" && !styled.Emphasis || next.Href != "" || next.Emphasis {
			continue
		}
		n := strings.IndexFunc(next.Text, unicode.IsSpace)
		if n < 0 {
			n = len(next.Text)
		}
		out[i].Text += next.Text[:n]
		out[i+1].Text = next.Text[n:]
	}
	return out
}

// writeEach appends each paragraph as an element: open is its start tag
// ("<p>", "<li>"), close its end tag.
func writeEach(b []byte, open, close string, ps []guide.Paragraph) []byte {
	for _, p := range ps {
		b = append(b, open...)
		b = writeSpans(b, p)
		b = append(b, close...)
	}
	return b
}

// writeText appends s, escaped.
func writeText(b []byte, s string) []byte { return append(b, escape.Escape(s)...) }

// openSection starts one titled part of a guide page: a section with an
// id to link to, labelled by its h2; class adds to its classes (a card).
// closeSection ends it.
func openSection(b []byte, id, heading, class string) []byte {
	b = append(b, `<section id="`+id+`" class="step-section`...)
	if class != "" {
		b = append(b, " "+class...)
	}
	b = append(b, `" aria-labelledby="`+id+`-heading"><h2 id="`+id+`-heading">`...)
	return append(writeText(b, heading), "</h2>"...)
}

const closeSection = "</section>"

// section is a whole titled part of a guide page, its body already
// written as markup.
func section(id, heading, class string, body []byte) app.UI {
	return app.Raw(string(append(append(openSection(nil, id, heading, class), body...), closeSection...)))
}

// writeSourceLinks appends the short names of sources, each linked to its
// entry on the guide's home, between open and close tags and separated
// by sep.
func writeSourceLinks(b []byte, keys []string, open, sep, close string) []byte {
	for i, key := range keys {
		source, _ := guide.LookupSource(key)
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, open+`<a href="`+route.Guide+"#"+sourceID(key)+`">`...)
		b = append(writeText(b, source.Short), "</a>"+close...)
	}
	return b
}

// stepPath is the address of a step's page in the guide.
var stepPath = route.Step

// sourceID is the id of a source's entry in the guide's Sources section,
// so an evidence note can link straight to it.
func sourceID(key string) string { return "source-" + key }
