package share

import (
	"crypto/sha256"
	"fmt"
	"time"

	"mend/app/plan"
)

// The record inside a link holds its fields in one fixed order, with no
// names or tags: numbers as unsigned varints, text as a varint byte length
// and that many bytes of UTF-8. A newer app may add fields only after the
// last one listed here; this app stops reading there and ignores the rest,
// so newer links still open.
//
//	sections        bit i set when the section with plan.SectionInfo.Bit i
//	                is shared
//	shared at       Unix minutes
//	version         the plan's share sequence number
//	started         day number from dateZero (0: no start date)
//	list lengths    of each list section, in bit order (giving up,
//	                commitments, boundaries, questions, closeness)
//	texts           of each text section, in bit order (what I did, impact,
//	                why and change, remedy)
//	entries         each list in that order; per entry its text (a question
//	                is its question then its answer) and its ID tag
//	commitments     per commitment: cadence code, weekday (zigzag), date
//	                and since (day numbers from the start day)
//	boundaries      per boundary: the day it was agreed
//
// Format 2 holds the sections with bits 0 to format2Sections-1 in that
// layout. A section added later (its bit is format2Sections or more) is
// written after them, each on its own in the same four parts, so links from
// this app still open in an app that does not know it.
//
// A section that is not shared has empty text and no entries. Text comes
// before numbers, close to the dictionary it is matched against, and the
// numbers sit together at the end: binary bytes scattered among words cost
// deflate more than they weigh.

// format2Sections is how many sections format 2 was made with.
const format2Sections = 9

// sectionsByBit are plan.Sections ordered by their bit in the sections
// field; the section at index i has bit i. Bits are never reused; a bit
// this app does not know is ignored.
var sectionsByBit = func() []plan.SectionInfo {
	out := make([]plan.SectionInfo, len(plan.Sections))
	for _, s := range plan.Sections {
		if s.Bit >= uint(len(out)) || out[s.Bit].ID != "" {
			panic(fmt.Sprintf("share: section %q has bit %d, which is taken or leaves a gap", s.ID, s.Bit))
		}
		out[s.Bit] = s
	}
	return out
}()

// recordGroups are the groups of sections the record holds one after the
// other: format 2's sections, then each later section alone.
var recordGroups = func() [][]plan.SectionInfo {
	groups := [][]plan.SectionInfo{sectionsByBit[:min(format2Sections, len(sectionsByBit))]}
	for i := format2Sections; i < len(sectionsByBit); i++ {
		groups = append(groups, sectionsByBit[i:i+1])
	}
	return groups
}()

// sectionBit returns the bit of section s, and false for a section links
// cannot carry.
func sectionBit(s plan.Section) (uint, bool) {
	info, ok := plan.LookupSection(s)
	return info.Bit, ok
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
	sections uint64 // bits of sectionsByBit
	sharedAt int64  // Unix minutes
	version  uint64
}

// shared reports whether section s is in c.
func (c *content) shared(s plan.Section) bool {
	bit, ok := sectionBit(s)
	return ok && c.sections&(1<<bit) != 0
}

// marshal writes the record of c, leaving out everything in sections that
// were not shared. It refuses what the record cannot carry faithfully (and
// plan.Validate refuses too): text that is not UTF-8, dates not written
// YYYY-MM-DD, and cadences without a code.
func (c *content) marshal() ([]byte, error) {
	p := &c.plan
	w := &recordWriter{tags: idTags{}}
	w.uint(c.sections)
	w.uint(uint64(c.sharedAt))
	w.uint(c.version)
	w.day("start date", p.Started, dateZero)
	base := startDay(p.Started)
	for _, group := range recordGroups {
		c.marshalGroup(w, group, base)
	}
	if w.err != nil {
		return nil, w.err
	}
	return w.buf, nil
}

// marshalGroup writes the four parts of the record for a group of sections.
func (c *content) marshalGroup(w *recordWriter, group []plan.SectionInfo, base time.Time) {
	p := &c.plan
	for _, s := range group {
		if s.Kind != plan.KindText {
			w.uint(uint64(len(c.entryIDs(s))))
		}
	}
	for _, s := range group {
		if s.Kind == plan.KindText {
			text := *s.Text(p)
			if !c.shared(s.ID) {
				text = ""
			}
			w.text(text)
		}
	}
	for _, s := range group {
		if !c.shared(s.ID) {
			continue
		}
		switch s.Kind {
		case plan.KindItems:
			for _, it := range *s.Items(p) {
				w.entry(it.ID, it.Text)
			}
		case plan.KindCommitments:
			for _, cm := range p.Commitments {
				w.entry(cm.ID, cm.Text)
			}
		case plan.KindBoundaries:
			for _, b := range p.Boundaries {
				w.entry(b.ID, b.Text)
			}
		case plan.KindQuestions:
			for _, q := range p.Questions {
				w.text(q.Question)
				w.entry(q.ID, q.Answer)
			}
		}
	}
	for _, s := range group {
		if !c.shared(s.ID) {
			continue
		}
		switch s.Kind {
		case plan.KindCommitments:
			for _, cm := range p.Commitments {
				code := -1
				for i, c := range cadenceCodes {
					if c == cm.Cadence {
						code = i
					}
				}
				if code < 0 {
					w.fail(fmt.Errorf("share: unknown cadence %q", cm.Cadence))
				}
				w.uint(uint64(max(code, 0)))
				w.uint(zigzag(int64(cm.Weekday)))
				w.day("commitment date", cm.Date, base)
				w.day("commitment start", cm.Since, base)
			}
		case plan.KindBoundaries:
			for _, b := range p.Boundaries {
				w.day("boundary date", b.Agreed, base)
			}
		}
	}
}

// entryIDs returns the IDs of the entries of list section s, or none when
// c does not share it.
func (c *content) entryIDs(s plan.SectionInfo) []string {
	if !c.shared(s.ID) {
		return nil
	}
	return s.EntryIDs(&c.plan)
}

// unmarshal reads a record written by marshal. Anything after the fields
// this app knows is a newer app's and is ignored; a record that ends before
// the sections added after format 2 leaves them empty. Content in a section
// the link does not mark as shared makes the link damaged, so a partner
// never sees more than was chosen.
func unmarshal(buf []byte) (*content, error) {
	r := &recordReader{buf: buf}
	c := &content{sections: r.uint(), sharedAt: int64(r.upTo(1 << 34)), version: r.upTo(1<<31 - 1)}
	c.plan.Started = r.day(dateZero)
	base := startDay(c.plan.Started)
	for i, group := range recordGroups {
		if i > 0 && len(r.buf) == 0 {
			break
		}
		c.unmarshalGroup(r, group, base)
	}
	if r.err != nil {
		return nil, r.err
	}
	return c, nil
}

// unmarshalGroup reads what marshalGroup wrote.
func (c *content) unmarshalGroup(r *recordReader, group []plan.SectionInfo, base time.Time) {
	p := &c.plan
	lengths := make([]int, len(group))
	total := 0
	for i, s := range group {
		if s.Kind == plan.KindText {
			continue
		}
		lengths[i] = int(r.upTo(maxContent))
		total += lengths[i]
		if lengths[i] != 0 && !c.shared(s.ID) {
			r.fail("entries in a section that was not shared")
		}
	}
	// Every entry takes at least a length byte and its tag: a count the
	// rest of the record cannot hold is damage, caught before allocating.
	if total*(1+tagSize) > len(r.buf) {
		r.fail("more entries than the record holds")
		clear(lengths)
	}
	for _, s := range group {
		if s.Kind != plan.KindText {
			continue
		}
		text := r.text()
		if text != "" && !c.shared(s.ID) {
			r.fail("text in a section that was not shared")
		}
		*s.Text(p) = text
	}
	for i, s := range group {
		if s.Kind != plan.KindText {
			s.SetLen(p, lengths[i])
		}
		switch s.Kind {
		case plan.KindItems:
			items := *s.Items(p)
			for j := range items {
				it := &items[j]
				it.Text, it.ID = r.text(), r.id()
			}
		case plan.KindCommitments:
			for j := range p.Commitments {
				cm := &p.Commitments[j]
				cm.Text, cm.ID = r.text(), r.id()
			}
		case plan.KindBoundaries:
			for j := range p.Boundaries {
				b := &p.Boundaries[j]
				b.Text, b.ID = r.text(), r.id()
			}
		case plan.KindQuestions:
			for j := range p.Questions {
				q := &p.Questions[j]
				q.Question, q.Answer, q.ID = r.text(), r.text(), r.id()
			}
		}
	}
	for _, s := range group {
		switch s.Kind {
		case plan.KindCommitments:
			for j := range p.Commitments {
				cm := &p.Commitments[j]
				if code := r.uint(); code < uint64(len(cadenceCodes)) {
					cm.Cadence = cadenceCodes[code]
				}
				weekday := unzigzag(r.uint())
				if weekday < -1<<31 || weekday > 1<<31-1 {
					r.fail("weekday out of range")
				}
				cm.Weekday = int(weekday)
				cm.Date, cm.Since = r.day(base), r.day(base)
			}
		case plan.KindBoundaries:
			for j := range p.Boundaries {
				p.Boundaries[j].Agreed = r.day(base)
			}
		}
	}
}

// startDay is the day other dates count from: the start date, or dateZero
// when there is none.
func startDay(started string) time.Time {
	if d, err := plan.ParseDate(started); err == nil {
		return d
	}
	return dateZero
}
