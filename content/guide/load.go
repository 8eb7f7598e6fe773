package guide

import (
	"encoding/json"
	"errors"

	"mend/app/journey"
)

// Ready reports whether the guide has its words: always in a build that
// carries them (guide_gen.go); in the app the site ships, once Load has
// been given them.
func Ready() bool { return len(Steps) > 0 }

// words is the guide's text as it travels to the shipped app. What the
// journey package holds (numbers, slugs, titles) is left out and put
// back by Load.
type words struct {
	Steps   []Step
	Pages   []Page
	Home    Journey
	Sources []Source
}

// Encode writes the words this build carries for Load, as the site build
// does for the app it ships.
func Encode() ([]byte, error) {
	if !Ready() {
		return nil, errors.New("this build does not carry the guide's words")
	}
	return json.Marshal(words{Steps, Pages, Home, Sources})
}

// Load gives the guide the words Encode wrote. Words already at hand are
// kept. It fails, changing nothing, when the bytes are not the words of
// this journey.
func Load(b []byte) error {
	if Ready() {
		return nil
	}
	w, err := decode(b)
	if err != nil {
		return err
	}
	Steps, Pages, Home, Sources = w.Steps, w.Pages, w.Home, w.Sources
	return nil
}

// decode reads words that Encode wrote and puts back what the journey
// package holds.
func decode(b []byte) (*words, error) {
	var w words
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, err
	}
	if len(w.Steps) != len(journey.Steps) || len(w.Pages) != len(journey.Pages) || len(w.Home.Intro) == 0 {
		return nil, errors.New("not the words of this guide")
	}
	for i := range w.Steps {
		w.Steps[i].Step = journey.Steps[i]
	}
	for i := range w.Pages {
		w.Pages[i].Page = journey.Pages[i]
	}
	return &w, nil
}
