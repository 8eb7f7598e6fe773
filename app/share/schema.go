package share

import (
	"crypto/sha256"
	"fmt"
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
	fieldCommitmentCadences = 17 // packed cadenceCodes
	fieldCommitmentWeekdays = 18 // packed zigzag
	fieldCommitmentDates    = 19 // packed day numbers from the start day
	fieldCommitmentSince    = 20 // packed day numbers from the start day
	fieldBoundaryAgreed     = 21 // packed day numbers from the start day
)

// listTexts are the repeated text fields that hold one entry each, in the
// order their IDs appear in fieldIDs (answers belong to questions).
var listTexts = []int{fieldGivingUpText, fieldCommitmentText, fieldBoundaryText, fieldQuestionText, fieldClosenessText}

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
var fieldSection = map[int]plan.Section{
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

// cadenceCodes are the numbers of the cadences; 0 is no cadence. An app
// that meets a code it does not know shows the commitment without one.
var cadenceCodes = map[plan.Cadence]uint64{"": 0, plan.Daily: 1, plan.Weekly: 2, plan.Once: 3}

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
		return "", damaged(fmt.Sprintf("day %d out of range", days))
	}
	d := base.AddDate(0, 0, int(days))
	if d.Year() < 0 || d.Year() > 9999 {
		return "", damaged(fmt.Sprintf("year %d", d.Year()))
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
func (c *content) shared(s plan.Section) bool {
	bit, ok := sectionBits[s]
	return ok && c.sections&(1<<bit) != 0
}

// marshal writes the record of c, leaving out everything in sections that
// were not shared. It refuses what the record cannot carry faithfully (and
// plan.Validate refuses too): text that is not UTF-8, dates not written
// YYYY-MM-DD, and cadences without a code.
func (c *content) marshal() ([]byte, error) {
	p := &c.plan
	var (
		w, columns recordWriter // text first, then the numbers
		tags       = idTags{}
		ids        strings.Builder
		texts      = map[int][]string{}
		err        error
	)
	keep := func(e error) {
		if err == nil {
			err = e
		}
	}
	text := func(what, s string) string {
		if !utf8.ValidString(s) {
			keep(fmt.Errorf("share: %s %q is not valid UTF-8", what, s))
		}
		return s
	}
	start, e := dayNumber("start date", p.Started, dateZero)
	keep(e)
	base := dateZero
	if start != 0 {
		base, _ = plan.ParseDate(p.Started)
	}
	days := func(what string, dates []string) []uint64 {
		out := make([]uint64, len(dates))
		for i, d := range dates {
			n, e := dayNumber(what, d, base)
			keep(e)
			out[i] = n
		}
		return out
	}
	entry := func(field int, id, s string) {
		texts[field] = append(texts[field], text("entry", s))
		ids.WriteString(tags.tag(id))
	}

	w.uint(fieldSections, c.sections)
	w.uint(fieldSharedAt, uint64(c.sharedAt))
	w.uint(fieldVersion, c.version)
	w.uint(fieldStarted, start)
	for _, f := range []struct {
		num int
		s   string
	}{{fieldWhatIDid, p.WhatIDid}, {fieldImpact, p.Impact}, {fieldWhyAndChange, p.WhyAndChange}, {fieldRemedy, p.Remedy}} {
		if c.shared(fieldSection[f.num]) {
			w.text(f.num, text("text", f.s))
		}
	}
	if c.shared(plan.SectionGivingUp) {
		for _, it := range p.GivingUp {
			entry(fieldGivingUpText, it.ID, it.Text)
		}
	}
	if l := p.Commitments; c.shared(plan.SectionCommitments) {
		cadences, weekdays := make([]uint64, len(l)), make([]uint64, len(l))
		dates, since := make([]string, len(l)), make([]string, len(l))
		for i, cm := range l {
			entry(fieldCommitmentText, cm.ID, cm.Text)
			code, ok := cadenceCodes[cm.Cadence]
			if !ok {
				keep(fmt.Errorf("share: unknown cadence %q", cm.Cadence))
			}
			cadences[i], weekdays[i] = code, zigzag(int64(cm.Weekday))
			dates[i], since[i] = cm.Date, cm.Since
		}
		columns.packed(fieldCommitmentCadences, cadences)
		columns.packed(fieldCommitmentWeekdays, weekdays)
		columns.packed(fieldCommitmentDates, days("commitment date", dates))
		columns.packed(fieldCommitmentSince, days("commitment start", since))
	}
	if l := p.Boundaries; c.shared(plan.SectionBoundaries) {
		agreed := make([]string, len(l))
		for i, b := range l {
			entry(fieldBoundaryText, b.ID, b.Text)
			agreed[i] = b.Agreed
		}
		columns.packed(fieldBoundaryAgreed, days("boundary date", agreed))
	}
	if l := p.Questions; c.shared(plan.SectionQuestions) {
		for _, q := range l {
			entry(fieldQuestionText, q.ID, q.Question)
		}
		for _, q := range l {
			texts[fieldAnswerText] = append(texts[fieldAnswerText], text("answer", q.Answer))
		}
	}
	if c.shared(plan.SectionCloseness) {
		for _, it := range p.Closeness {
			entry(fieldClosenessText, it.ID, it.Text)
		}
	}
	if err != nil {
		return nil, err
	}
	for f := fieldGivingUpText; f <= fieldClosenessText; f++ {
		for _, s := range texts[f] {
			w.entryText(f, s)
		}
	}
	w.tags(fieldIDs, ids.String())
	return append(w.buf, columns.buf...), nil
}

// lists gathers the text and columns of the lists while a record is read;
// entries are assembled once every column has been seen.
type lists struct {
	texts   map[int][]string
	columns map[int][]uint64
	tags    []string
	hasTags bool
}

// unmarshal reads a record written by marshal. Fields this app does not know
// are skipped; content of a section the link does not mark as shared makes
// the link damaged, so a partner never sees more than was chosen.
func unmarshal(buf []byte) (*content, error) {
	c := &content{}
	l := lists{texts: map[int][]string{}, columns: map[int][]uint64{}}
	r := &recordReader{buf: buf}
	for {
		f, ok, err := r.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if s, isContent := fieldSection[f.num]; isContent && !c.shared(s) {
			return nil, damaged(fmt.Sprintf("field %d of a section that was not shared", f.num))
		}
		if err := c.read(f, &l); err != nil {
			return nil, err
		}
	}
	if err := c.assemble(&l); err != nil {
		return nil, err
	}
	return c, nil
}

// read stores one field in c or l.
func (c *content) read(f field, l *lists) error {
	p := &c.plan
	var err error
	switch f.num {
	case fieldGivingUpText, fieldCommitmentText, fieldBoundaryText,
		fieldQuestionText, fieldAnswerText, fieldClosenessText:
		var s string
		s, err = f.text()
		l.texts[f.num] = append(l.texts[f.num], s)
		return err
	case fieldSections, fieldSharedAt, fieldVersion, fieldStarted,
		fieldWhatIDid, fieldImpact, fieldWhyAndChange, fieldRemedy, fieldIDs,
		fieldCommitmentCadences, fieldCommitmentWeekdays, fieldCommitmentDates,
		fieldCommitmentSince, fieldBoundaryAgreed:
		if err := f.single(); err != nil {
			return err
		}
	default:
		return nil // a newer app's field
	}
	switch f.num {
	case fieldSections:
		c.sections, err = f.uint()
	case fieldSharedAt:
		var at uint64
		at, err = f.uint()
		if err == nil && at > 1<<34 {
			err = damaged("share time out of range")
		}
		c.sharedAt = int64(at)
	case fieldVersion:
		c.version, err = f.uint()
		if err == nil && c.version > 1<<31-1 {
			err = damaged("version out of range")
		}
	case fieldStarted:
		var n uint64
		if n, err = f.uint(); err == nil {
			p.Started, err = dayString(n, dateZero)
		}
	case fieldWhatIDid:
		p.WhatIDid, err = f.text()
	case fieldImpact:
		p.Impact, err = f.text()
	case fieldWhyAndChange:
		p.WhyAndChange, err = f.text()
	case fieldRemedy:
		p.Remedy, err = f.text()
	case fieldIDs:
		l.tags, err = f.tags()
		l.hasTags = true

	default:
		l.columns[f.num], err = f.packed()
	}
	return err
}

// assemble builds the plan's lists from their text and columns.
func (c *content) assemble(l *lists) error {
	var err error
	keep := func(e error) {
		if err == nil {
			err = e
		}
	}
	// column returns the numbers of field num for a list of n entries.
	column := func(num, n int) []uint64 {
		col, ok := l.columns[num]
		if !ok {
			return make([]uint64, n)
		}
		if len(col) != n {
			keep(damaged(fmt.Sprintf("field %d has %d numbers for %d entries", num, len(col), n)))
			return make([]uint64, n)
		}
		return col
	}
	entries := 0
	for _, f := range listTexts {
		entries += len(l.texts[f])
	}
	if l.hasTags && len(l.tags) != entries {
		return damaged(fmt.Sprintf("%d IDs for %d entries", len(l.tags), entries))
	}
	// ids returns the IDs of the next n entries.
	next := 0
	ids := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			if l.hasTags && l.tags[next] != noTag {
				out[i] = l.tags[next]
			}
			next++
		}
		return out
	}
	p := &c.plan
	base := dateZero
	if p.Started != "" {
		base, _ = plan.ParseDate(p.Started)
	}
	date := func(n uint64) string {
		s, e := dayString(n, base)
		keep(e)
		return s
	}

	texts := l.texts[fieldGivingUpText]
	for i, id := range ids(len(texts)) {
		p.GivingUp = append(p.GivingUp, plan.Item{ID: id, Text: texts[i]})
	}
	texts = l.texts[fieldCommitmentText]
	n := len(texts)
	cadences, weekdays := column(fieldCommitmentCadences, n), column(fieldCommitmentWeekdays, n)
	dates, since := column(fieldCommitmentDates, n), column(fieldCommitmentSince, n)
	for i, id := range ids(n) {
		cm := plan.Commitment{ID: id, Text: texts[i], Date: date(dates[i]), Since: date(since[i])}
		for cadence, code := range cadenceCodes {
			if code == cadences[i] {
				cm.Cadence = cadence
			}
		}
		w := unzigzag(weekdays[i])
		if w < -1<<31 || w > 1<<31-1 {
			keep(damaged("weekday out of range"))
		}
		cm.Weekday = int(w)
		p.Commitments = append(p.Commitments, cm)
	}
	texts = l.texts[fieldBoundaryText]
	agreed := column(fieldBoundaryAgreed, len(texts))
	for i, id := range ids(len(texts)) {
		p.Boundaries = append(p.Boundaries, plan.Boundary{ID: id, Text: texts[i], Agreed: date(agreed[i])})
	}
	texts, answers := l.texts[fieldQuestionText], l.texts[fieldAnswerText]
	if len(answers) != len(texts) {
		return damaged(fmt.Sprintf("%d questions, %d answers", len(texts), len(answers)))
	}
	for i, id := range ids(len(texts)) {
		p.Questions = append(p.Questions, plan.Question{ID: id, Question: texts[i], Answer: answers[i]})
	}
	texts = l.texts[fieldClosenessText]
	for i, id := range ids(len(texts)) {
		p.Closeness = append(p.Closeness, plan.Item{ID: id, Text: texts[i]})
	}
	return err
}
