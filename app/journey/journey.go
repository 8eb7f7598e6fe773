// Package journey names the fourteen steps of repairing trust that Mend teaches.
//
// It is the single source of truth for each step's slug (used in routes, links,
// checker findings and the plan) and its short title. The words of the guide
// itself live in content/guide.
package journey

// Step is one stage of the repair journey.
type Step struct {
	Number int    // 1-based position in the journey
	Slug   string // fixed URL-safe identifier, e.g. "own-it"
	Title  string // short imperative title shown in lists and navigation
}

// Steps lists the journey in order. The slugs are fixed: links that people
// have saved or shared depend on them.
var Steps = []Step{
	{1, "own-it", "Own it"},
	{2, "listen", "Listen"},
	{3, "apologize", "Apologize"},
	{4, "answer-honestly", "Answer honestly"},
	{5, "explain-and-prevent", "Explain and prevent"},
	{6, "make-amends", "Make amends"},
	{7, "show-change", "Show change"},
	{8, "keep-promises", "Keep promises"},
	{9, "set-boundaries", "Set boundaries"},
	{10, "work-on-yourself", "Work on yourself"},
	{11, "be-patient", "Be patient"},
	{12, "rebuild-closeness", "Rebuild closeness"},
	{13, "keep-it-private", "Keep it private"},
	{14, "accept-and-forgive-yourself", "Accept and forgive yourself"},
}

// Lookup returns the step with the given slug and whether it exists.
func Lookup(slug string) (Step, bool) {
	for _, s := range Steps {
		if s.Slug == slug {
			return s, true
		}
	}
	return Step{}, false
}

// Valid reports whether slug names one of the fourteen steps.
func Valid(slug string) bool {
	_, ok := Lookup(slug)
	return ok
}

// Page is a page that stands beside the journey rather than in it: when the
// guide is the wrong tool, when they say no, where to find help, and the
// page for the person who was hurt. Its slug and path are fixed like a
// step's, and the words live in content/guide/pages/<slug>.md.
type Page struct {
	Slug  string // fixed URL-safe identifier, e.g. "safety"
	Path  string // the page's route: /guide/<slug>, or /<slug> for the reader
	Title string // the page's heading
	// ForReader marks a page for the person who was hurt, who reads a
	// shared plan: it wears the reader's frame and is not part of the guide.
	ForReader bool
}

// Pages lists the pages beside the journey. They are not numbered: none of
// them is a step, and the journey keeps its fourteen.
var Pages = []Page{
	{"safety", "/guide/safety", "Safety first", false},
	{"when-they-say-no", "/guide/when-they-say-no", "When they say no", false},
	{"getting-help", "/guide/getting-help", "Getting help", false},
	{"after-an-affair", "/guide/after-an-affair", "After an affair", false},
	{"for-you", "/for-you", "For you, the one who was hurt", true},
}

// LookupPage returns the page with the given slug and whether it exists.
func LookupPage(slug string) (Page, bool) {
	for _, p := range Pages {
		if p.Slug == slug {
			return p, true
		}
	}
	return Page{}, false
}
