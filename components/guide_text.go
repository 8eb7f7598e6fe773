package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"mend/content/guide"
)

// spans renders a run of the guide's text as text nodes: emphasis as <em>,
// links as ordinary in-app links, which go-app follows without a reload.
// Nothing is parsed as HTML, so the words can never become markup.
func spans(p guide.Paragraph) []app.UI {
	nodes := make([]app.UI, len(p))
	for i, s := range p {
		var node app.UI = app.Text(s.Text)
		if s.Emphasis {
			node = app.Em().Body(node)
		}
		if s.Href != "" {
			node = app.A().Href(s.Href).Body(node)
		}
		nodes[i] = node
	}
	return nodes
}

// paragraphs renders each paragraph as a <p>.
func paragraphs(ps []guide.Paragraph) []app.UI {
	nodes := make([]app.UI, len(ps))
	for i, p := range ps {
		nodes[i] = app.P().Body(spans(p)...)
	}
	return nodes
}

// listItems renders each paragraph as an <li>.
func listItems(ps []guide.Paragraph) []app.UI {
	nodes := make([]app.UI, len(ps))
	for i, p := range ps {
		nodes[i] = app.Li().Body(spans(p)...)
	}
	return nodes
}

// stepPath is the address of a step's page in the guide.
func stepPath(slug string) string { return "/guide/" + slug }

// sourceID is the id of a source's entry in the guide's Sources section,
// so an evidence note can link straight to it.
func sourceID(key string) string { return "source-" + key }
