package guide

import (
	"encoding/binary"
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
	c := &codec{}
	c.words(&words{Steps, Pages, Home, Sources})
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
	c.words(w)
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
// its length, in the order the words are walked; or, reading, walks the
// same way and fills the words in. One walk for both keeps the two in
// step. Reading JSON instead took the app 15 ms before its first drawing;
// this takes about a millisecond.
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

// list walks a slice: its length, then each item. Reading, an empty
// slice stays nil.
func list[T any](c *codec, s *[]T, each func(*codec, *T)) {
	n := c.count(len(*s))
	if c.reading && n > 0 {
		*s = make([]T, n)
	}
	for i := range *s {
		each(c, &(*s)[i])
	}
}

func (c *codec) words(w *words) {
	list(c, &w.Steps, (*codec).step)
	list(c, &w.Pages, (*codec).page)
	c.paragraphs(&w.Home.Intro)
	c.paragraphs(&w.Home.Reminders)
	list(c, &w.Sources, (*codec).source)
}

func (c *codec) step(s *Step) {
	c.text(&s.Summary)
	for _, ps := range []*[]Paragraph{&s.Asks, &s.Why} {
		c.paragraphs(ps)
	}
	c.evidence(&s.Evidence)
	for _, ps := range []*[]Paragraph{&s.Do, &s.Dont} {
		c.paragraphs(ps)
	}
	list(c, &s.Pairs, (*codec).pair)
	for _, ps := range []*[]Paragraph{&s.Exercise, &s.Others} {
		c.paragraphs(ps)
	}
	c.text(&s.Tool.Text)
	c.text(&s.Tool.Href)
}

func (c *codec) pair(p *SayPair) {
	c.paragraph(&p.Say)
	c.paragraph(&p.NotThat)
}

func (c *codec) page(p *Page) {
	c.text(&p.Summary)
	list(c, &p.Sections, (*codec).section)
	c.evidence(&p.Evidence)
}

func (c *codec) section(s *Section) {
	c.text(&s.ID)
	c.text(&s.Heading)
	list(c, &s.Blocks, (*codec).block)
}

func (c *codec) block(b *Block) {
	c.paragraph(&b.Text)
	c.flag(&b.Item)
}

func (c *codec) source(s *Source) {
	c.text(&s.Key)
	c.text(&s.Short)
	c.paragraph(&s.Citation)
	c.paragraph(&s.Finding)
}

// evidence walks an optional note: whether there is one, then the note.
func (c *codec) evidence(e **Evidence) {
	has := *e != nil
	c.flag(&has)
	if !has {
		return
	}
	if c.reading {
		*e = &Evidence{}
	}
	list(c, &(*e).Keys, (*codec).text)
	c.paragraphs(&(*e).Text)
}

func (c *codec) paragraphs(ps *[]Paragraph) { list(c, ps, (*codec).paragraph) }

func (c *codec) paragraph(p *Paragraph) { list(c, (*[]Span)(p), (*codec).span) }

func (c *codec) span(s *Span) {
	c.text(&s.Text)
	c.flag(&s.Emphasis)
	c.text(&s.Href)
}
