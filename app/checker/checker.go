// Package checker reads a draft apology the way a careful coach would: it
// highlights language that hurts an apology (excuses, "sorry if", blame,
// minimising, pressure and more) and reports which of the five parts of a
// full apology are there: ownership, specificity, impact, remedy and
// commitment.
//
// It runs offline and fast enough to check on every keystroke. The rules are
// data, embedded from mend/content/checker; this package is the engine that
// reads them. The engine understands enough structure to avoid the usual
// false alarms: negation ("I won't make excuses"), innocent uses of "if" and
// "but", quoted and reported speech, questions, list items under a header,
// contractions, chat spellings ("im sry"), curly quotes and ALL CAPS.
//
// Offsets are given both in bytes (for Go) and in UTF-16 code units (for a
// browser text area) and always point into the text exactly as typed.
package checker

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	checkerdata "mend/content/checker"
)

// Report is what the checker found in one draft.
type Report struct {
	// Findings are the problems, in text order: harmful language with the
	// span it covers, and parts of the apology that are missing, which are
	// anchored at the end of the draft with an empty span (Start == End).
	Findings []Finding `json:"findings"`
	// Components are the five parts of a full apology, always all five, in
	// the order of Components: ownership, specificity, impact, remedy,
	// commitment.
	Components []Component `json:"components"`
}

// Finding is one problem in a draft.
type Finding struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Rule     string `json:"rule"`     // rule id from the data, e.g. "COND-01"
	Category string `json:"category"` // one of Categories
	Severity string `json:"severity"` // SeverityError, SeverityWarning or SeveritySuggestion

	Start      int `json:"start"`       // byte offset into the text, inclusive
	End        int `json:"end"`         // byte offset into the text, exclusive
	StartUTF16 int `json:"start_utf16"` // Start in UTF-16 code units
	EndUTF16   int `json:"end_utf16"`   // End in UTF-16 code units

	Message    string `json:"message"`    // what the words may do to the reader
	Suggestion string `json:"suggestion"` // what to try instead
	Step       string `json:"step"`       // slug of the guide step that explains it
}

// Component says whether one part of a full apology is in the draft.
type Component struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Category string `json:"category"` // one of Components
	Present  bool   `json:"present"`  // State == StatePresent
	State    string `json:"state"`    // StatePresent, StateUnsure or StateMissing

	// The words that show the part is there, when Present; when the
	// checker is not sure, the sentence that may carry it.
	Start      int `json:"start"`
	End        int `json:"end"`
	StartUTF16 int `json:"start_utf16"`
	EndUTF16   int `json:"end_utf16"`

	// Hint says what to add when the part is reported missing, which
	// happens only once the draft has a finished sentence; when the checker
	// is not sure, it is a question for the writer ("Did you say how it
	// affected them?"). It is empty while the part is present or while the
	// first sentence is being typed.
	Hint string `json:"hint"`
}

// The states of a Component. A part is "unsure" only when the evidence
// for it is weak: a sentence that may carry it, but no clear sign. A part
// with no sign at all is "missing".
const (
	StatePresent = "present"
	StateUnsure  = "unsure"
	StateMissing = "missing"
	// StateWaiting is every part's state while the checker has no data
	// to read the draft with (see Ready).
	StateWaiting = "waiting"
)

// data is the checker's data and what has been compiled from it. Native
// builds and tests embed the rule text, and a test loads and exercises
// every rule, so compiling it cannot fail there. The app the site ships
// leaves it out of app.wasm: it fetches the rules already compiled, as an
// engine image (image.go), and gives them to Load; until then Check
// reports every part waiting. That app never compiles rule text, so the
// compiler is not in app.wasm (image_text.go, image_fetched.go).
type data struct {
	mu       sync.Mutex
	embedded bool              // source is the build's own
	source   *checkerdata.Data // rule text; nil until given
	image    []byte            // or the rules compiled, an engine image, until decoded
	err      error             // why the data given to Load did not compile or decode
	alone    *ruleSet          // the rules without the part classifier
	full     *ruleSet          // the rules with it
}

var current = newData(checkerdata.Embedded())

func newData(embedded *checkerdata.Data) *data {
	return &data{source: embedded, embedded: embedded != nil}
}

// Ready reports whether Check reads drafts: always where the data is
// embedded; in the shipped app, once Load has been given data, unless
// that data turned out not to decode.
func Ready() bool {
	current.mu.Lock()
	ok := current.source != nil || current.image != nil || current.full != nil
	current.mu.Unlock()
	return ok
}

// Load gives the checker its data as the site build writes it (Asset):
// the shipped app fetches it rather than carrying it. It fails and keeps
// nothing when the bytes are not a whole, undamaged copy of data this
// build reads (an engine image of this release; rule text too, except
// in the app the site ships). Data already at hand (embedded, or loaded
// before) is kept. The rules are read on first use, as ever; should they
// not read after all, they are dropped and Ready is false again.
func Load(asset []byte) error {
	d, err := checkerdata.Decode(asset)
	if err != nil {
		return err
	}
	image := d.Image()
	switch {
	case image != nil:
		if err := checkImage(image); err != nil {
			return err
		}
	case !readsText:
		return errImage
	}
	current.mu.Lock()
	if current.source == nil && current.image == nil && current.full == nil {
		if image != nil {
			current.image = image
		} else {
			current.source = d
		}
		current.err = nil
	}
	current.mu.Unlock()
	return nil
}

// Asset compiles this build's rules and writes them as the asset the app
// the site ships fetches (checkerdata.Encode of an engine image), for the
// site build.
func Asset() ([]byte, error) {
	image, err := EncodeImage()
	if err != nil {
		return nil, err
	}
	return checkerdata.Encode(checkerdata.New(map[string][]byte{checkerdata.ImageName: image})), nil
}

// rules returns the compiled rule data with the part classifier, reading
// it on first use so that starting the app does not pay for it until a
// draft is checked; nil while there is no data.
func rules() *ruleSet {
	d := current
	d.mu.Lock()
	if d.full == nil {
		if d.image != nil {
			d.decode()
		} else {
			d.compile()
		}
	}
	rs := d.full
	d.mu.Unlock()
	return rs
}

// decode decodes the engine image, then lets its bytes go.
func (d *data) decode() {
	if d.full, d.err = decodeImage(d.image); d.err != nil {
		d.fail()
	}
	d.image = nil
}

// rulesAlone returns the compiled rule data without the part classifier,
// which is all that training one needs; nil while there is no data.
func rulesAlone() *ruleSet {
	d := current
	d.mu.Lock()
	if d.image != nil && d.full == nil {
		d.decode()
	}
	if d.alone == nil && d.full != nil && d.source == nil {
		rs := *d.full
		rs.model, rs.harms = nil, nil
		d.alone = &rs
	}
	d.compileAlone()
	rs := d.alone
	d.mu.Unlock()
	return rs
}

// compileAlone compiles the rule text once, reporting whether the rules
// are there.
func (d *data) compileAlone() bool {
	if d.alone == nil && d.source != nil {
		if d.alone, d.err = loadRules(d.source); d.err != nil {
			d.fail()
		}
	}
	return d.alone != nil
}

// fail drops data that does not compile or decode, keeping the reason in
// d.err. Embedded data that does not compile is a build mistake, which a
// test catches first.
func (d *data) fail() {
	if d.embedded {
		panic("checker: bad rule data: " + d.err.Error())
	}
	d.source, d.image, d.alone, d.full = nil, nil, nil, nil
}

// Check reads a draft apology and reports what hurts it and which parts of a
// full apology it has. It never fails: any text, even invalid UTF-8, gets a
// report.
//
// Check reads the draft as it is being typed: a last sentence with no full
// stop may still be growing, so it waits for the words that decide a rule
// and, while no sentence is finished, reports no part missing. For a draft
// the writer has finished, use CheckFinished.
func Check(text string) Report {
	if blank(text) {
		return blankReport()
	}
	rs := rules()
	if rs == nil {
		return waitingReport()
	}
	a := analyze(rs, text)
	defer a.recycle()
	return rs.report(a)
}

// blank reports whether text has nothing to read yet: only spaces.
func blank(text string) bool { return strings.TrimSpace(text) == "" }

// blankReport is the report on a draft with nothing in it yet: no finding
// and every part missing, with no hint until a sentence is written. It
// needs no rules, so opening an empty workshop does not compile them; the
// first word typed does.
func blankReport() Report {
	rep := Report{Findings: []Finding{}, Components: make([]Component, len(Components))}
	for i, cat := range Components {
		rep.Components[i] = Component{Category: cat, State: StateMissing}
	}
	return rep
}

// waitingReport is the report on a draft while the checker has no data
// yet (see Ready): no finding, and every part waiting, neither there nor
// missing.
func waitingReport() Report {
	rep := blankReport()
	for i := range rep.Components {
		rep.Components[i].State = StateWaiting
	}
	return rep
}

// Waiting reports whether the report was made while the checker had no
// data to read the draft with (see Ready): it knows nothing of the draft.
func (r Report) Waiting() bool {
	return len(r.Components) > 0 && r.Components[0].State == StateWaiting
}

// CheckFinished reads a draft the writer has finished (a file, a pasted
// letter, or the workshop's draft once typing has paused): nothing in it is
// still being typed, so its last sentence is read as ended even without a
// full stop.
func CheckFinished(text string) Report {
	if blank(text) {
		return blankReport()
	}
	rs := rules()
	if rs == nil {
		return waitingReport()
	}
	a := analyzeFor(rs, text, readSettled)
	defer a.recycle()
	return rs.report(a)
}

func (rs *ruleSet) report(a *analysis) Report {
	hits := a.findings()
	rep := Report{
		Findings:   make([]Finding, 0, len(hits)+len(Components)),
		Components: make([]Component, len(Components)),
	}
	for _, h := range hits {
		rep.Findings = append(rep.Findings, rs.finding(h, int(h.start), int(h.end)))
	}
	for ci, cat := range Components {
		c := Component{Category: cat}
		var best, missing *rule
		var bestHit hit
		for ri, r := range rs.rules {
			if !r.component || r.category != cat {
				continue
			}
			if a.found[ri] {
				if best == nil || severityRank(r.severity) > severityRank(best.severity) {
					best, bestHit = r, a.evidence[ri]
				}
				continue
			}
			if missing == nil || severityRank(r.severity) > severityRank(missing.severity) {
				missing = r
			}
		}
		c.State = a.partState(ci, missing)
		if missing == nil && c.State != StatePresent {
			missing = rs.rules[rs.mainRule[ci]] // the classifier overruled the rules
		}
		switch {
		case c.State == StatePresent && best != nil && a.inSentence(bestHit, a.partSent[ci]):
			c.Start, c.End = int(bestHit.start), int(bestHit.end)
		case c.State != StateMissing:
			c.Start, c.End = a.sentenceSpan(a.partSent[ci])
		}
		c.Present = c.State == StatePresent
		switch {
		case c.State == StateUnsure && a.finished:
			c.Hint = rs.question(cat)
		case c.State == StateMissing && a.finished:
			c.Hint = missing.suggestion
			f := rs.finding(hit{rule: rs.byID[missing.id], severity: missing.severity}, len(a.text), len(a.text))
			rep.Findings = append(rep.Findings, f)
		}
		rep.Components[ci] = c
	}
	// The findings are in text order already: the hits come sorted by
	// start and end, and a missing part's finding sits at the very end.
	fillUTF16(a.text, &rep)
	return rep
}

func (rs *ruleSet) finding(h hit, start, end int) Finding {
	r := rs.rules[h.rule]
	return Finding{
		Rule: r.id, Category: r.category, Severity: h.severity,
		Start: start, End: end,
		Message: r.message, Suggestion: r.suggestion, Step: StepFor(r.category),
	}
}

// fillUTF16 converts every byte offset in the report to UTF-16 code units
// in one pass over the text.
func fillUTF16(text string, rep *Report) {
	// Each offset is sorted together with its place in targets, packed
	// into one int as offset*n + place: the plain int sort is one the app
	// has anyway, where a sort of pairs would add its own copy.
	n := 2*len(rep.Findings) + 2*len(rep.Components)
	targets := make([]*int, 0, n)
	keys := make([]int, 0, n)
	add := func(offset int, target *int) {
		keys = append(keys, offset*n+len(targets))
		targets = append(targets, target)
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		add(f.Start, &f.StartUTF16)
		add(f.End, &f.EndUTF16)
	}
	for i := range rep.Components {
		c := &rep.Components[i]
		add(c.Start, &c.StartUTF16)
		add(c.End, &c.EndUTF16)
	}
	slices.Sort(keys)
	pos, units := 0, 0
	for _, k := range keys {
		for pos < k/n && pos < len(text) {
			c, size := utf8.DecodeRuneInString(text[pos:])
			pos += size
			units++
			if c >= 0x10000 && size == 4 {
				units++
			}
		}
		*targets[k%n] = units
	}
}
