package plan

import (
	"crypto/rand"
	"encoding/base32"
	"strings"
)

// idEncoding spells IDs in lower-case letters and digits only, so they are
// safe in URLs, share links and HTML ids without escaping.
var idEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// MaxIDLength is the longest ID Validate accepts.
const MaxIDLength = 64

// NewID returns a fresh random ID of ten lower-case letters and digits.
//
// It draws on crypto/rand, which works in the browser under WebAssembly
// (through crypto.getRandomValues) as well as natively. Forty-eight random
// bits make a clash within one person's plan vanishingly unlikely; use
// Plan.UnusedID when a clash must be ruled out.
func NewID() string {
	var b [6]byte
	rand.Read(b[:]) // never returns an error; it crashes the program if randomness is unavailable
	return idEncoding.EncodeToString(b[:])
}

// UnusedID returns a fresh ID that no entry of p uses yet.
func (p Plan) UnusedID() string {
	taken := p.ids()
	for {
		if id := NewID(); !taken[id] {
			return id
		}
	}
}

// ids collects every ID used in p.
func (p Plan) ids() map[string]bool {
	taken := make(map[string]bool)
	p.eachID(func(_, id string) { taken[id] = true })
	return taken
}

// eachID calls f with the field path and ID of every entry in p, in display order.
func (p Plan) eachID(f func(field, id string)) {
	for _, s := range Sections {
		for i, id := range s.EntryIDs(&p) {
			f(Index(s.Field, i), id)
		}
	}
}

// EntryIDs returns the IDs of the entries of section s in p, in order; a
// text section has none.
func (s SectionInfo) EntryIDs(p *Plan) []string {
	switch s.Kind {
	case KindItems:
		return entryIDs(*s.Items(p))
	case KindCommitments:
		return entryIDs(p.Commitments)
	case KindBoundaries:
		return entryIDs(p.Boundaries)
	case KindQuestions:
		return entryIDs(p.Questions)
	}
	return nil
}

func entryIDs[T Entry](list []T) []string {
	out := make([]string, len(list))
	for i, e := range list {
		out[i] = e.EntryID()
	}
	return out
}

// validID reports whether id is non-empty, short, and made only of ASCII
// letters, digits, '-' and '_', so it can travel in links and anchors as is.
func validID(id string) bool {
	if id == "" || len(id) > MaxIDLength {
		return false
	}
	return strings.IndexFunc(id, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) < 0
}
