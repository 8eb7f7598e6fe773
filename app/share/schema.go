package share

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"mend/app/plan"
)

// Field numbers of the link's record, in the order they are written. A
// number is never reused or renumbered: add new fields with new numbers (old
// apps skip them), and give new kinds of content new fields rather than
// changing what an old one means.
//
// Lists are stored by column: a repeated text field with one entry's text
// per occurrence, then columns with one value per entry (0 for none; a
// column left out is all zeros). All the text comes first, right after the
// dictionary, and the numbers last: per-entry framing would cost four bytes
// an entry, and binary bytes scattered among words cost deflate more than
// they weigh.
const (
	fieldSections     = 1 // varint: bit sectionBits[s] set for each shared section
	fieldSharedAt     = 2 // varint: Unix minutes
	fieldVersion      = 3 // varint: the plan's share sequence number
	fieldStarted      = 4 // varint: day number from dateZero
	fieldWhatIDid     = 5 // text
	fieldImpact       = 6 // text
	fieldWhyAndChange = 7 // text
	fieldRemedy       = 8 // text

	fieldGivingUpText   = 9  // repeated text
	fieldCommitmentText = 10 // repeated text
	fieldBoundaryText   = 11 // repeated text
	fieldQuestionText   = 12 // repeated text
	fieldAnswerText     = 13 // repeated text, one per question
	fieldClosenessText  = 14 // repeated text

	fieldIDs                = 16 // the tag of every entry above, in field order (see idTags)
	fieldCommitmentCadences = 17 // packed indexes into cadenceCodes
	fieldCommitmentWeekdays = 18 // packed zigzag
	fieldCommitmentDates    = 19 // packed day numbers from the start day
	fieldCommitmentSince    = 20 // packed day numbers from the start day
	fieldBoundaryAgreed     = 21 // packed day numbers from the start day

	lastField = fieldBoundaryAgreed
)

// sectionBits gives each section its bit in fieldSections. Like field
// numbers, bits are never reused; a bit this app does not know is ignored.
var sectionBits = map[plan.Section]uint{
	plan.SectionWhatIDid:     0,
	plan.SectionImpact:       1,
	plan.SectionWhyAndChange: 2,
	plan.SectionRemedy:       3,
	plan.SectionGivingUp:     4,
	plan.SectionCommitments:  5,
	plan.SectionBoundaries:   6,
	plan.SectionQuestions:    7,
	plan.SectionCloseness:    8,
}

// fieldSection says which section each content field belongs to.
var fieldSection = [...]plan.Section{
	fieldWhatIDid:           plan.SectionWhatIDid,
	fieldImpact:             plan.SectionImpact,
	fieldWhyAndChange:       plan.SectionWhyAndChange,
	fieldRemedy:             plan.SectionRemedy,
	fieldGivingUpText:       plan.SectionGivingUp,
	fieldCommitmentText:     plan.SectionCommitments,
	fieldCommitmentCadences: plan.SectionCommitments,
	fieldCommitmentWeekdays: plan.SectionCommitments,
	fieldCommitmentDates:    plan.SectionCommitments,
	fieldCommitmentSince:    plan.SectionCommitments,
	fieldBoundaryText:       plan.SectionBoundaries,
	fieldBoundaryAgreed:     plan.SectionBoundaries,
	fieldQuestionText:       plan.SectionQuestions,
	fieldAnswerText:         plan.SectionQuestions,
	fieldClosenessText:      plan.SectionCloseness,
}

// cadenceCodes are the cadences by their numbers; 0 is no cadence. An app
// that meets a code it does not know shows the commitment without one.
var cadenceCodes = []plan.Cadence{0: "", 1: plan.Daily, 2: plan.Weekly, 3: plan.Once}

// An entry carries a tag in place of its ID. The author's IDs are random
// strings that deflate cannot shrink; a partner only needs IDs that stay the
// same from one link to the next (to show what changed) and differ within a
// link. A tag is three lower-case letters taken from the ID's hash: letters
// cost deflate less than binary bytes, and 17,576 tags make it unlikely that
// a new entry takes the tag of one a partner saw before. When two IDs in one
// link would share a tag, the later one takes the next three letters of its
// hash.
const tagSize = 3

// noTag stands for an empty ID.
const noTag = "000"

type idTags map[string]string // tag by ID, and ID by tag (prefixed "\x00")

func (t idTags) tag(id string) string {
	if id == "" {
		return noTag
	}
	if tag, ok := t[id]; ok {
		return tag
	}
	sum := sha256.Sum256([]byte("mend share id\x00" + id))
	letters := make([]byte, len(sum))
	for i, b := range sum {
		letters[i] = 'a' + b%26
	}
	tag := string(letters[:tagSize])
	for i := tagSize; i+tagSize <= len(letters); i += tagSize {
		if _, taken := t["\x00"+tag]; !taken {
			break
		}
		tag = string(letters[i : i+tagSize])
	}
	t[id], t["\x00"+tag] = tag, id
	return tag
}

// validTag reports whether s is a tag or noTag.
func validTag(s string) bool {
	if s == noTag {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return len(s) == tagSize
}

// dateZero is day 0 of the start date: recent, so that it takes two bytes.
// Other dates count from the start date, so they mostly take one.
var dateZero = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// maxDays keeps decoded days within years 0000 to 9999.
const maxDays = 4_000_000

// dayNumber turns a YYYY-MM-DD date into its number: the zigzag of its days
// from base, plus one, so that 0 means no date.
func dayNumber(what, s string, base time.Time) (uint64, error) {
	if s == "" {
		return 0, nil
	}
	d, err := plan.ParseDate(s)
	if err != nil || plan.FormatDate(d) != s {
		return 0, fmt.Errorf("share: %s %q is not a YYYY-MM-DD date", what, s)
	}
	// Unix seconds, not Duration, which only spans 292 years.
	return zigzag((d.Unix()-base.Unix())/(24*60*60)) + 1, nil
}

// dayString turns a number made by dayNumber back into a date.
func dayString(n uint64, base time.Time) (string, error) {
	if n == 0 {
		return "", nil
	}
	days := unzigzag(n - 1)
	if days < -maxDays || days > maxDays {
		return "", damaged("day out of range")
	}
	d := base.AddDate(0, 0, int(days))
	if d.Year() < 0 || d.Year() > 9999 {
		return "", damaged("year out of range")
	}
	return plan.FormatDate(d), nil
}

// zigzag maps small negative and positive numbers to small varints.
func zigzag(v int64) uint64 { return uint64(v<<1 ^ v>>63) }

func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// content is what a link carries before compression.
type content struct {
	plan     plan.Plan
	sections uint64 // sectionBits
	sharedAt int64  // Unix minutes
	version  uint64
}

// shared reports whether section s is in c.
func (c *content) shared(s plan.Section) bool { return isShared(c.sections, s) }

func isShared(sections uint64, s plan.Section) bool {
	bit, ok := sectionBits[s]
	return ok && sections&(1<<bit) != 0
}

// record is a link's record with every field in its slot, indexed by field
// number: the step between a plan and its bytes. Writing and reading one is
// the same loop for every field of a kind, so the per-section code is only
// the copying between record and plan.
type record struct {
	num     [fieldStarted + 1]uint64         // fields 1–4
	text    [fieldRemedy + 1]string          // fields 5–8
	list    [fieldClosenessText + 1][]string // fields 9–14: one text per entry
	tags    []string                         // field 16
	hasTags bool
	column  [lastField + 1][]uint64 // fields 17–21
}

// columnList is the list whose entries each column has one number for.
var columnList = [lastField + 1]int{
	fieldCommitmentCadences: fieldCommitmentText,
	fieldCommitmentWeekdays: fieldCommitmentText,
	fieldCommitmentDates:    fieldCommitmentText,
	fieldCommitmentSince:    fieldCommitmentText,
	fieldBoundaryAgreed:     fieldBoundaryText,
}

// bytes writes r in ascending field order, leaving out empty fields.
func (r *record) bytes() []byte {
	var w recordWriter
	for f := fieldSections; f <= fieldStarted; f++ {
		w.uint(f, r.num[f])
	}
	for f := fieldWhatIDid; f <= fieldRemedy; f++ {
		w.text(f, r.text[f])
	}
	for f := fieldGivingUpText; f <= fieldClosenessText; f++ {
		for _, s := range r.list[f] {
			w.entryText(f, s)
		}
	}
	w.tags(fieldIDs, strings.Join(r.tags, ""))
	for f := fieldCommitmentCadences; f <= lastField; f++ {
		w.packed(f, r.column[f])
	}
	return w.buf
}

// writer fills a record from a plan, keeping the first thing it could not
// write faithfully.
type writer struct {
	r    record
	ids  idTags
	base time.Time // the start day, from which entry dates count
	err  error
}

func (w *writer) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

func (w *writer) checkText(what, s string) string {
	if !utf8.ValidString(s) {
		w.fail(fmt.Errorf("share: %s %q is not valid UTF-8", what, s))
	}
	return s
}

// entry adds one list entry's text and ID tag.
func (w *writer) entry(field int, id, s string) {
	w.r.list[field] = append(w.r.list[field], w.checkText("entry", s))
	w.r.tags = append(w.r.tags, w.ids.tag(id))
}

// day adds one entry's date to a column.
func (w *writer) day(column int, what, date string) {
	n, err := dayNumber(what, date, w.base)
	if err != nil {
		w.fail(err)
	}
	w.r.column[column] = append(w.r.column[column], n)
}

// marshal writes the record of c, leaving out everything in sections that
// were not shared. It refuses what the record cannot carry faithfully (and
// plan.Validate refuses too): text that is not UTF-8, dates not written
// YYYY-MM-DD, and cadences without a code.
func (c *content) marshal() ([]byte, error) {
	p := &c.plan
	w := &writer{ids: idTags{}, base: dateZero}
	start, err := dayNumber("start date", p.Started, dateZero)
	w.fail(err)
	if start != 0 {
		w.base, _ = plan.ParseDate(p.Started)
	}
	w.r.num = [...]uint64{fieldSections: c.sections, fieldSharedAt: uint64(c.sharedAt), fieldVersion: c.version, fieldStarted: start}
	for f, s := range [...]string{fieldWhatIDid: p.WhatIDid, fieldImpact: p.Impact, fieldWhyAndChange: p.WhyAndChange, fieldRemedy: p.Remedy} {
		if f >= fieldWhatIDid && c.shared(fieldSection[f]) {
			w.r.text[f] = w.checkText("text", s)
		}
	}
	if c.shared(plan.SectionGivingUp) {
		for _, it := range p.GivingUp {
			w.entry(fieldGivingUpText, it.ID, it.Text)
		}
	}
	if c.shared(plan.SectionCommitments) {
		for _, cm := range p.Commitments {
			w.entry(fieldCommitmentText, cm.ID, cm.Text)
			code := slices.Index(cadenceCodes, cm.Cadence)
			if code < 0 {
				w.fail(fmt.Errorf("share: unknown cadence %q", cm.Cadence))
			}
			w.r.column[fieldCommitmentCadences] = append(w.r.column[fieldCommitmentCadences], uint64(max(code, 0)))
			w.r.column[fieldCommitmentWeekdays] = append(w.r.column[fieldCommitmentWeekdays], zigzag(int64(cm.Weekday)))
			w.day(fieldCommitmentDates, "commitment date", cm.Date)
			w.day(fieldCommitmentSince, "commitment start", cm.Since)
		}
	}
	if c.shared(plan.SectionBoundaries) {
		for _, b := range p.Boundaries {
			w.entry(fieldBoundaryText, b.ID, b.Text)
			w.day(fieldBoundaryAgreed, "boundary date", b.Agreed)
		}
	}
	if c.shared(plan.SectionQuestions) {
		for _, q := range p.Questions {
			w.entry(fieldQuestionText, q.ID, q.Question)
			w.r.list[fieldAnswerText] = append(w.r.list[fieldAnswerText], w.checkText("answer", q.Answer))
		}
	}
	if c.shared(plan.SectionCloseness) {
		for _, it := range p.Closeness {
			w.entry(fieldClosenessText, it.ID, it.Text)
		}
	}
	if w.err != nil {
		return nil, w.err
	}
	return w.r.bytes(), nil
}

// unmarshal reads a record written by marshal. Fields this app does not know
// are skipped; content of a section the link does not mark as shared makes
// the link damaged, so a partner never sees more than was chosen.
func unmarshal(buf []byte) (*content, error) {
	var r record
	in := &recordReader{buf: buf}
	for {
		f, ok, err := in.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if err := r.read(f); err != nil {
			return nil, err
		}
	}
	c := &content{sections: r.num[fieldSections], sharedAt: int64(r.num[fieldSharedAt]), version: r.num[fieldVersion]}
	if err := r.assemble(&c.plan); err != nil {
		return nil, err
	}
	return c, nil
}

// read stores one field in r, checking what can be checked of it alone.
// Fields come in ascending order, so the sections are known before any
// content.
func (r *record) read(f field) error {
	if f.num < len(fieldSection) && fieldSection[f.num] != "" && !isShared(r.num[fieldSections], fieldSection[f.num]) {
		return fieldDamaged(f.num, "in a section that was not shared")
	}
	var err error
	switch {
	case f.num >= fieldGivingUpText && f.num <= fieldClosenessText:
		var s string
		s, err = f.text()
		r.list[f.num] = append(r.list[f.num], s)
		return err
	case f.num == fieldIDs-1 || f.num > lastField:
		return nil // a newer app's field
	}
	if err := f.single(); err != nil {
		return err
	}
	switch {
	case f.num <= fieldStarted:
		r.num[f.num], err = f.uint()
		if err == nil && r.num[f.num] > maxNumber[f.num] {
			err = fieldDamaged(f.num, "out of range")
		}
		if err == nil && f.num == fieldStarted {
			_, err = dayString(r.num[f.num], dateZero)
		}
	case f.num <= fieldRemedy:
		r.text[f.num], err = f.text()
	case f.num == fieldIDs:
		r.tags, err = f.tags()
		r.hasTags = true
	default:
		r.column[f.num], err = f.packed()
	}
	return err
}

// maxNumber bounds the number fields: a share time within the next few
// hundred centuries and a version that fits an int anywhere.
var maxNumber = [fieldStarted + 1]uint64{fieldSections: 1<<64 - 1, fieldSharedAt: 1 << 34, fieldVersion: 1<<31 - 1, fieldStarted: 1<<64 - 1}

// assemble builds p from the fields of r, checking that the lists, their
// IDs and their columns agree.
func (r *record) assemble(p *plan.Plan) error {
	entries := 0
	for f := fieldGivingUpText; f <= fieldClosenessText; f++ {
		if f != fieldAnswerText {
			entries += len(r.list[f])
		}
	}
	if !r.hasTags {
		r.tags = make([]string, entries)
	}
	if len(r.tags) != entries {
		return damaged("IDs and entries differ in number")
	}
	if len(r.list[fieldQuestionText]) != len(r.list[fieldAnswerText]) {
		return damaged("questions and answers differ in number")
	}
	for f := fieldCommitmentCadences; f <= lastField; f++ {
		n := len(r.list[columnList[f]])
		switch len(r.column[f]) {
		case n:
		case 0:
			r.column[f] = make([]uint64, n) // a column left out is all zeros
		default:
			return fieldDamaged(f, "numbers and entries differ in number")
		}
	}
	a := assembler{r: r, base: dateZero}
	var err error
	if p.Started, err = dayString(r.num[fieldStarted], dateZero); p.Started != "" {
		a.base, _ = plan.ParseDate(p.Started)
	}
	p.WhatIDid, p.Impact, p.WhyAndChange, p.Remedy = r.text[fieldWhatIDid], r.text[fieldImpact], r.text[fieldWhyAndChange], r.text[fieldRemedy]

	for _, s := range r.list[fieldGivingUpText] {
		p.GivingUp = append(p.GivingUp, plan.Item{ID: a.id(), Text: s})
	}
	for i, s := range r.list[fieldCommitmentText] {
		cm := plan.Commitment{ID: a.id(), Text: s,
			Date: a.date(fieldCommitmentDates, i), Since: a.date(fieldCommitmentSince, i)}
		if code := r.column[fieldCommitmentCadences][i]; code < uint64(len(cadenceCodes)) {
			cm.Cadence = cadenceCodes[code]
		}
		wd := unzigzag(r.column[fieldCommitmentWeekdays][i])
		if wd < -1<<31 || wd > 1<<31-1 {
			a.fail(damaged("weekday out of range"))
		}
		cm.Weekday = int(wd)
		p.Commitments = append(p.Commitments, cm)
	}
	for i, s := range r.list[fieldBoundaryText] {
		p.Boundaries = append(p.Boundaries, plan.Boundary{ID: a.id(), Text: s, Agreed: a.date(fieldBoundaryAgreed, i)})
	}
	for i, s := range r.list[fieldQuestionText] {
		p.Questions = append(p.Questions, plan.Question{ID: a.id(), Question: s, Answer: r.list[fieldAnswerText][i]})
	}
	for _, s := range r.list[fieldClosenessText] {
		p.Closeness = append(p.Closeness, plan.Item{ID: a.id(), Text: s})
	}
	if err != nil {
		return err
	}
	return a.err
}

// assembler hands out a record's IDs in entry order and reads its dates,
// keeping the first problem.
type assembler struct {
	r    *record
	next int
	base time.Time
	err  error
}

func (a *assembler) fail(err error) {
	if a.err == nil {
		a.err = err
	}
}

func (a *assembler) id() string {
	tag := a.r.tags[a.next]
	a.next++
	if tag == noTag {
		return ""
	}
	return tag
}

func (a *assembler) date(column, i int) string {
	s, err := dayString(a.r.column[column][i], a.base)
	if err != nil {
		a.fail(err)
	}
	return s
}
