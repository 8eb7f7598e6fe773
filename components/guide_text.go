package components

import (
	"slices"
	"strings"
	"unicode"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/app/route"
	"mend/content/guide"
)

// spans renders a run of the guide's text as text nodes: emphasis as <em>,
// links as ordinary in-app links, which go-app follows without a reload.
// Nothing is parsed as HTML, so the words can never become markup.
func spans(p guide.Paragraph) []app.UI {
	p = glueTrailingPunctuation(p)
	nodes := make([]app.UI, len(p))
	for i, s := range p {
		var node app.UI = app.Text(s.Text)
		if s.Emphasis {
			node = el("em", node)
		}
		if s.Href != "" {
			node = el("a", "href", s.Href, node)
		}
		nodes[i] = node
	}
	return nodes
}

// glueTrailingPunctuation moves what directly follows an emphasised or
// linked span, up to the next space, into that span: "Explain and prevent"
// + "." becomes "Explain and prevent.". go-app's prerendering puts each of
// an element's children on its own line, and that line break shows as a
// space ("Explain and prevent ."), which would be in the page everyone
// reads before the app starts.
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

// paragraphs renders each paragraph as a <p>.
func paragraphs(ps []guide.Paragraph) []app.UI {
	nodes := make([]app.UI, len(ps))
	for i, p := range ps {
		nodes[i] = el("p", spans(p))
	}
	return nodes
}

// listItems renders each paragraph as an <li>.
func listItems(ps []guide.Paragraph) []app.UI {
	nodes := make([]app.UI, len(ps))
	for i, p := range ps {
		nodes[i] = el("li", spans(p))
	}
	return nodes
}

// stepPath is the address of a step's page in the guide.
var stepPath = route.Step

// sourceID is the id of a source's entry in the guide's Sources section,
// so an evidence note can link straight to it.
func sourceID(key string) string { return "source-" + key }
