package plan

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits that keep a plan small enough to store, share in a link and show on
// a phone. They are far above anything a person writes by hand.
const (
	MaxTextLength = 4000 // characters in any one text field
	MaxListLength = 200  // entries in any one list
)

// FieldError is one problem found by Validate: which field, what it holds,
// and what is wrong with it.
type FieldError struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Field   string // JSON path of the field, e.g. "commitments[2].weekday"
	Value   string // the offending value, shortened if long
	Problem string // what is wrong, in plain words
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s %s: %s", e.Field, e.Value, e.Problem)
}

// Validate reports every problem in p at once, joined (see Problems.Err)
// so the caller can list them all (errors.AsType finds each *FieldError).
// It returns nil for a valid plan. Empty text is never a problem: Normalize drops empty
// entries, and a half-written plan is still a plan.
func (p Plan) Validate() error {
	v := &validator{}
	if p.Started != "" {
		v.date("started", p.Started)
	}
	for _, s := range Sections {
		f := s.Field
		if s.Kind == KindText {
			v.text(f, *s.Text(&p))
			continue
		}
		v.list(f, len(s.EntryIDs(&p)))
		switch s.Kind {
		case KindItems:
			for i, it := range *s.Items(&p) {
				v.text(Index(f, i)+".text", it.Text)
			}
		case KindCommitments:
			for i, c := range p.Commitments {
				v.commitment(Index(f, i), c)
			}
		case KindBoundaries:
			for i, b := range p.Boundaries {
				v.text(Index(f, i)+".text", b.Text)
				if b.Agreed != "" {
					v.date(Index(f, i)+".agreed", b.Agreed)
				}
				v.from(Index(f, i)+".from", b.From)
			}
		case KindQuestions:
			for i, q := range p.Questions {
				v.text(Index(f, i)+".question", q.Question)
				v.text(Index(f, i)+".answer", q.Answer)
				v.from(Index(f, i)+".from", q.From)
			}
		}
	}

	firstUse := map[string]string{}
	p.eachID(func(field, id string) {
		field += ".id"
		if !validID(id) {
			v.Add(field, id, fmt.Sprintf("must be 1 to %d letters, digits, '-' or '_'", MaxIDLength))
			return
		}
		if first, dup := firstUse[id]; dup {
			v.Add(field, id, "is already used by "+first)
			return
		}
		firstUse[id] = field
	})
	return v.Err()
}

// Validate reports every problem in c, as Plan.Validate does for a plan. The
// ID is checked for its form only; uniqueness needs the whole plan.
func (c Commitment) Validate() error {
	v := &validator{}
	v.commitment("commitment", c)
	if !validID(c.ID) {
		v.Add("commitment.id", c.ID, fmt.Sprintf("must be 1 to %d letters, digits, '-' or '_'", MaxIDLength))
	}
	return v.Err()
}

// Problems gathers the problems one validation pass finds, so that it can
// report them all at once. The store and progress packages use it too: one
// way to say what is wrong with a field.
type Problems struct{ errs []error }

// Add records that field, holding value, has problem.
//
// It is kept out of line on purpose: validators call it from dozens of
// places, and one copy of it is much smaller in the WebAssembly than one at
// each call.
//
//go:noinline
func (p *Problems) Add(field, value, problem string) {
	p.errs = append(p.errs, &FieldError{Field: field, Value: quote(value), Problem: problem})
}

// Wrap records err, a problem found by another validator, under prefix:
// "checkins[2]: " followed by what err says.
//
//go:noinline
func (p *Problems) Wrap(prefix string, err error) {
	p.errs = append(p.errs, fmt.Errorf("%s: %w", prefix, err))
}

// Err returns every problem recorded as one error, or nil when there were
// none. It reads as errors.Join would write it, one problem per line, and
// errors.Is and errors.AsType see each problem (each *FieldError).
func (p *Problems) Err() error {
	if len(p.errs) == 0 {
		return nil
	}
	return joined(slices.Clone(p.errs))
}

// joined is several problems as one error. It stands in for errors.Join,
// which linked ~2.5 KB of code of its own into the WebAssembly build.
type joined []error

func (j joined) Error() string {
	s := j[0].Error()
	for _, e := range j[1:] {
		s += "\n" + e.Error()
	}
	return s
}

// Unwrap returns the problems, for errors.Is and errors.AsType.
func (j joined) Unwrap() []error { return j }

// validator checks the fields of a plan.
type validator struct{ Problems }

func (v *validator) text(field, s string) {
	if !utf8.ValidString(s) {
		v.Add(field, s, "is not valid UTF-8 text")
	}
	if n := utf8.RuneCountInString(s); n > MaxTextLength {
		v.Add(field, s, fmt.Sprintf("is %d characters long; the limit is %d", n, MaxTextLength))
	}
}

func (v *validator) list(field string, n int) {
	if n > MaxListLength {
		v.errs = append(v.errs, &FieldError{Field: field, Value: fmt.Sprintf("(%d entries)", n),
			Problem: fmt.Sprintf("has more than %d entries", MaxListLength)})
	}
}

// date checks that s is a real YYYY-MM-DD day and returns it.
func (v *validator) date(field, s string) (time.Time, bool) {
	d, err := ParseDate(s)
	if err != nil {
		v.Add(field, s, "is not a date written as YYYY-MM-DD")
		return time.Time{}, false
	}
	return d, true
}

func (v *validator) commitment(f string, c Commitment) {
	v.text(f+".text", c.Text)
	var since time.Time
	sinceOK := false
	if c.Since == "" {
		v.Add(f+".since", c.Since, "is missing; a commitment needs the day it started")
	} else {
		since, sinceOK = v.date(f+".since", c.Since)
	}
	if c.Weekday < 0 || c.Weekday > 6 {
		v.Add(f+".weekday", fmt.Sprint(c.Weekday), "must be 0 (Sunday) to 6 (Saturday)")
	}
	switch c.Cadence {
	case Daily, Weekly:
		if c.Date != "" {
			v.date(f+".date", c.Date)
		}
	case Once:
		if c.Date == "" {
			v.Add(f+".date", c.Date, "is missing; a one-off commitment needs its day")
		} else if d, ok := v.date(f+".date", c.Date); ok && sinceOK && d.Before(since) {
			v.Add(f+".date", c.Date, "is before the day the commitment started ("+c.Since+")")
		}
	default:
		v.Add(f+".cadence", string(c.Cadence), `must be "daily", "weekly" or "once"`)
	}
}

// from checks the reply ID an entry came from, which may be empty.
func (v *validator) from(field, id string) {
	if id != "" && !validID(id) {
		v.Add(field, id, fmt.Sprintf("must be 1 to %d letters, digits, '-' or '_'", MaxIDLength))
	}
}

// Index names entry i of a list field for a problem: "commitments[2]".
//
//go:noinline
func Index(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

// quote shows a value in an error message, shortened so that a 4,000-character
// paragraph does not become a 4,000-character error.
func quote(s string) string {
	const keep = 40
	if utf8.RuneCountInString(s) <= keep {
		return fmt.Sprintf("%q", s)
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == keep {
			break
		}
		b.WriteRune(r)
		n++
	}
	return fmt.Sprintf("%q… (%d characters)", b.String(), utf8.RuneCountInString(s))
}
