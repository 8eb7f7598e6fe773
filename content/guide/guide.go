// Package guide holds the words of Mend's guide: one page per step of the
// repair journey, the journey's home text and the research it cites.
//
// Writers edit the Markdown files in this directory (steps/<slug>.md,
// pages/<slug>.md, journey.md, sources.md). Running go generate turns them
// into plain Go data in guide_gen.go, so the app ships the text without linking a Markdown parser
// into its WebAssembly. The app the site ships (-tags fetchdata) leaves
// even that out and is given the words before it draws (load.go). Text is a slice of spans (plain, emphasised or linked)
// that the UI renders as text nodes: there is no HTML to trust or escape.
package guide

//go:generate go run ./gen

import (
	"strings"

	"mend/app/journey"
)

// Span is a run of text with a single style. Render Text as a text node,
// inside <em> when Emphasis is set and inside a link to the in-app route Href
// (for example "/guide/listen" or "/plan#commitments") when Href is not empty.
type Span struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Text     string
	Emphasis bool
	Href     string
}

// Paragraph is a paragraph or a list item: spans to render in order.
type Paragraph []Span

// String returns the paragraph as plain text, for page descriptions, search
// and tests. It is kept out of line: inlined, its loop was copied into every
// caller's code.
//
//go:noinline
func (p Paragraph) String() string {
	var b strings.Builder
	for _, s := range p {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Link points at an in-app route, such as the tool that helps with a step.
type Link struct {
	Text string // what the link says, e.g. "Write your apology in the workshop"
	Href string // an in-app route, optionally with a #section anchor
}

// SayPair contrasts a helpful phrasing with a harmful one.
type SayPair struct {
	Say     Paragraph // words that help
	NotThat Paragraph // words that hurt, which the page shows as the ones to avoid
}

// Evidence is a short research note on a step. Every key names a Source.
type Evidence struct {
	Keys []string
	Text []Paragraph
}

// Step is one page of the guide. Number, Slug and Title come from the
// journey package, which is their single source of truth.
type Step struct {
	journey.Step
	Summary  string      // one plain line for lists and the page description
	Asks     []Paragraph // what this step asks, in two or three sentences
	Why      []Paragraph // why it matters
	Evidence *Evidence   // nil when no research speaks to this step
	Do       []Paragraph // things to do, one per item (at least three)
	Dont     []Paragraph // things to avoid, one per item (at least three)
	Pairs    []SayPair   // "say this, not that" (two to four)
	Exercise []Paragraph // a small exercise to do now
	Others   []Paragraph // how the step reads for a friend, a parent, a sibling or a colleague
	Tool     Link        // the part of the app that helps with this step
}

// Page is a page beside the journey (see journey.Pages): its Slug, Path and
// Title come from the journey package.
type Page struct {
	journey.Page
	Summary  string    // one plain line for lists and the page description
	Sections []Section // in order
	Evidence *Evidence // nil when the page cites no research
}

// Section is one headed part of a Page.
type Section struct {
	ID      string // the section's anchor: its heading in lower-case words joined by hyphens
	Heading string
	Blocks  []Block
}

// Block is a paragraph, or an item of a list: consecutive items make one list.
type Block struct {
	Text Paragraph
	Item bool
}

// Journey is the text of the guide's home page.
type Journey struct {
	Intro     []Paragraph // shown above the list of steps
	Reminders []Paragraph // closing reminders, one per item
}

// Source is a piece of research cited by the guide.
type Source struct {
	Key      string    // short key used by Evidence.Keys, e.g. "lewicki2016"
	Short    string    // author-year label, e.g. "Lewicki, Polin & Lount (2016)"
	Citation Paragraph // the full reference
	Finding  Paragraph // what the guide takes from it
}

// Lookup returns the page for the step with the given slug.
func Lookup(slug string) (Step, bool) {
	for _, s := range Steps {
		if s.Slug == slug {
			return s, true
		}
	}
	return Step{}, false
}

// LookupPage returns the page beside the journey with the given slug.
func LookupPage(slug string) (Page, bool) {
	for _, p := range Pages {
		if p.Slug == slug {
			return p, true
		}
	}
	return Page{}, false
}

// LookupSource returns the source with the given key.
func LookupSource(key string) (Source, bool) {
	for _, s := range Sources {
		if s.Key == key {
			return s, true
		}
	}
	return Source{}, false
}
