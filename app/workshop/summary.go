package workshop

import (
	"fmt"
	"strings"

	"mend/app/checker"
	"mend/content/words"
)

// Label returns the name of a checker category for people (the five parts
// as what a full apology does, the harmful kinds as what the words do), or
// the category itself if it has none. The names are in
// content/words/labels.txt.
func Label(category string) string {
	if l, ok := words.LabelOf(category); ok {
		return l
	}
	return category
}

// StateLabel is the short word beside a part in the checklist.
func StateLabel(c checker.Component) string {
	switch {
	case c.Present:
		return "There"
	case c.State == checker.StateUnsure && c.Hint != "":
		return "Not sure"
	case c.State == checker.StateWaiting:
		return "Waiting"
	}
	return "Not yet"
}

// Summary says in one short line what the checker sees, for the page's
// polite live region: "2 things to look at, 4 of 5 parts present".
func Summary(text string, r checker.Report) string {
	if strings.TrimSpace(text) == "" {
		return "Nothing written yet."
	}
	if r.Waiting() {
		return "The checker is getting ready."
	}
	marked := len(Marked(text, r.Findings))
	present, unsure := 0, 0
	for _, c := range r.Components {
		switch {
		case c.Present:
			present++
		case c.State == checker.StateUnsure && c.Hint != "":
			unsure++
		}
	}
	var look string
	switch marked {
	case 0:
		look = "Nothing to look at"
	case 1:
		look = "1 thing to look at"
	default:
		look = fmt.Sprintf("%d things to look at", marked)
	}
	if unsure > 0 {
		return fmt.Sprintf("%s, %d of %d parts present, %d not sure", look, present, len(checker.Components), unsure)
	}
	return fmt.Sprintf("%s, %d of %d parts present", look, present, len(checker.Components))
}

// Letter returns the draft as it would be copied or printed: the words as
// written, without the blank space around them.
func Letter(text string) string {
	return strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
}
