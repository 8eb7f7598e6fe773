package guide

import (
	"encoding/binary"
	"errors"
	"reflect"

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
	c := &codec{}
	c.walk(reflect.ValueOf(&words{Steps, Pages, Home, Sources}).Elem())
	return c.buf, nil
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
	w := &words{}
	c := &codec{buf: b, reading: true, all: string(b)}
	c.walk(reflect.ValueOf(w).Elem())
	switch {
	case c.failed || len(c.buf) > 0:
		return nil, errors.New("the guide's words are damaged")
	case len(w.Steps) != len(journey.Steps) || len(w.Pages) != len(journey.Pages):
		return nil, errors.New("not the words of this guide")
	}
	for i := range w.Steps {
		w.Steps[i].Step = journey.Steps[i]
	}
	for i := range w.Pages {
		w.Pages[i].Page = journey.Pages[i]
	}
	return w, nil
}

// codec writes the words as a run of counts and texts, each text after
// its length, in the order walk goes through them; or, reading, walks
// the same way and fills the words in. One walk for both keeps the two
// in step. Reading JSON instead took the app 15 ms before its first
// drawing.
type codec struct {
	buf     []byte // written so far; or, reading, what is left
	reading bool
	failed  bool   // reading: the bytes ran out or did not add up
	all     string // reading: all the bytes, which the texts are cut from, one copy for all
}

// count writes n, or reads and returns a count no larger than what is
// left to read (so damaged bytes never ask for a huge slice).
func (c *codec) count(n int) int {
	if !c.reading {
		c.buf = binary.AppendUvarint(c.buf, uint64(n))
		return n
	}
	v, size := binary.Uvarint(c.buf)
	if size <= 0 || v > uint64(len(c.buf)-size) {
		c.failed, c.buf = true, nil
		return 0
	}
	c.buf = c.buf[size:]
	return int(v)
}

func (c *codec) text(s *string) {
	n := c.count(len(*s))
	if !c.reading {
		c.buf = append(c.buf, *s...)
		return
	}
	if n > len(c.buf) {
		c.failed, c.buf = true, nil
		return
	}
	at := len(c.all) - len(c.buf)
	*s, c.buf = c.all[at:at+n], c.buf[n:]
}

func (c *codec) flag(b *bool) {
	v := 0
	if *b {
		v = 1
	}
	*b = c.count(v) == 1
}

// walk writes or reads v: a text, a flag, a list (its length, then each
// item), an optional value (whether there is one, then the value) or a
// struct (each field in order, but for what the journey package holds and
// blank fields). Every kind the guide's types use, and nothing else.
func (c *codec) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		c.text(&s)
		v.SetString(s)
	case reflect.Bool:
		b := v.Bool()
		c.flag(&b)
		v.SetBool(b)
	case reflect.Slice:
		n := c.count(v.Len())
		if c.reading && n > 0 {
			v.Set(reflect.MakeSlice(v.Type(), n, n))
		}
		for i := range v.Len() {
			c.walk(v.Index(i))
		}
	case reflect.Pointer:
		has := !v.IsNil()
		c.flag(&has)
		if has {
			if c.reading {
				v.Set(reflect.New(v.Type().Elem()))
			}
			c.walk(v.Elem())
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if f := t.Field(i); !f.Anonymous && f.Name != "_" {
				c.walk(v.Field(i))
			}
		}
	default:
		panic("guide: no way to write a " + v.Type().String())
	}
}
