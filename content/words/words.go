package words

import (
	"fmt"
	"strconv"
)

// Tier is one patience message: shown for days up to and including UpTo,
// or for every later day when Last.
type Tier struct {
	UpTo    int
	Last    bool
	Message string
}

// Patience returns the patience messages, in order of days, from
// patience.txt.
var Patience = lazily(readPatience)

func readPatience() ([]Tier, error) {
	recs, err := parse("patience.txt")
	if err != nil {
		return nil, err
	}
	var out []Tier
	for i, r := range recs {
		t := Tier{Message: r.get("message")}
		days := r.get("days")
		if days == "after" {
			t.Last = true
		} else if t.UpTo, err = strconv.Atoi(days); err != nil {
			return nil, fmt.Errorf("patience.txt:%d: days must be a number or \"after\"", r[0].line)
		}
		if t.Message == "" || t.Last != (i == len(recs)-1) || i > 0 && !t.Last && t.UpTo <= out[i-1].UpTo {
			return nil, fmt.Errorf("patience.txt:%d: each message needs words and more days than the one before, and only the last is \"after\"", r[0].line)
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("patience.txt: no messages")
	}
	return out, nil
}

// Example is a sample draft that shows what the apology checker does.
type Example struct {
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
var Examples = lazily(readExamples)

func readExamples() ([]Example, error) {
	recs, err := parse("examples.txt")
	if err != nil {
		return nil, err
	}
	var out []Example
	for _, r := range recs {
		e := Example{Name: r.get("name"), Note: r.get("note"), Text: r.get("text"), Good: r.get("good") == "yes", Unsure: r.get("unsure")}
		if e.Name == "" || e.Note == "" || e.Text == "" {
			return nil, fmt.Errorf("examples.txt:%d: an example needs a name, a note and a text", r[0].line)
		}
		out = append(out, e)
	}
	return out, nil
}

// Labels returns the name for people of each checker category, by
// category, from labels.txt.
var Labels = lazily(readLabels)

func readLabels() (map[string]string, error) {
	recs, err := parse("labels.txt")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, r := range recs {
		for _, f := range r {
			if _, dup := out[f.key]; dup || f.value == "" {
				return nil, fmt.Errorf("labels.txt:%d: each category needs one label", f.line)
			}
			out[f.key] = f.value
		}
	}
	return out, nil
}
