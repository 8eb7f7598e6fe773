package share

import (
	"time"

	"mend/app/plan"
)

// Fit says how well a link of some length travels in messages.
type Fit int

// The fits of a link.
const (
	Fine    Fit = iota // every app carries it
	Long               // some apps cut it: worth a warning
	TooLong            // chat apps cut it: not offered
)

// LinkFit returns how well a link of n characters travels.
func LinkFit(n int) Fit {
	switch {
	case n > MaxLinkLen:
		return TooLong
	case n > LongLinkLen:
		return Long
	}
	return Fine
}

// Suggested reports whether the share page ticks section s of p before the
// user chooses: every section with words in it, except the private
// reflections.
func Suggested(p plan.Plan, s plan.SectionInfo) bool {
	return !s.PrivateByDefault && len(p.SectionText(s.ID)) > 0
}

// Next returns what a new link sharing sections of p at now would carry,
// read back as the partner's page reads it, so the author's preview shows
// exactly that. Its version is one more than lastVersion (the version of
// the author's last link, 0 for none), except when last — that link,
// decoded, or nil when there is none or it cannot be read without its
// passphrase — shares the same sections and words: then the new link keeps
// the last version, so sharing the same plan again does not look like news.
//
// Make the link itself with Encode(p, sections, Options{SharedAt: now,
// Version: next.Version, …}); Next does not compress, so it costs a small
// part of that.
func Next(p plan.Plan, sections []plan.Section, now time.Time, lastVersion int, last *Shared) (Shared, error) {
	c, err := newContent(p, sections, Options{SharedAt: now, Version: lastVersion + 1})
	if err != nil {
		return Shared{}, err
	}
	record, err := c.record()
	if err != nil {
		return Shared{}, err
	}
	back, err := unmarshal(record)
	if err != nil {
		return Shared{}, err
	}
	next := back.toShared(false)
	if last != nil && Compare(*last, next).None() {
		next.Version = lastVersion
	}
	return next, nil
}
