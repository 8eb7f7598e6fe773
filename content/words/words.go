package words

// Tier is one patience message: shown for days up to and including UpTo,
// or for every later day when Last.
type Tier struct {
	UpTo    int
	Last    bool
	Message string
}

// Patience returns the patience messages, in order of days, from
// patience.txt.
func Patience() []Tier { return patience }

// Example is a sample draft that shows what the apology checker does.
type Example struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Name string // the draft's name when loaded, and the button's label
	Note string // what the example shows
	Text string
	Good bool // true for the example that has every part and nothing to look at
	// Unsure names the part the checker is not sure of, for the example
	// that shows the "not sure" state.
	Unsure string
}

// Examples returns the samples behind "Try an example", from
// examples.txt.
func Examples() []Example { return examples }

// Label is the name for people of one checker category, from labels.txt.
type Label struct {
	Category string
	Name     string
}

// LabelOf returns the name for people of a checker category, and false
// for a category labels.txt does not name.
func LabelOf(category string) (string, bool) {
	for _, l := range labels {
		if l.Category == category {
			return l.Name, true
		}
	}
	return "", false
}
