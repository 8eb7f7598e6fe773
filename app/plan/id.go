package plan

import (
	"crypto/rand"
	"strings"
)

// idAlphabet spells IDs in lower-case letters and digits only, so they are
// safe in URLs, share links and HTML ids without escaping.
const idAlphabet = "abcdefghijklmnopqrstuvwxyz234567"

// IDLetters spells b in base32 with the letters of IDs, without padding:
// the same text as encoding/base32 with that alphabet gives, without the
// ~6 KB of code that package linked into the WebAssembly build.
func IDLetters(b []byte) string {
	out := make([]byte, 0, (len(b)*8+4)/5)
	var bits uint // the low n bits are not spelled yet
	n := uint(0)
	for _, c := range b {
		bits, n = bits<<8|uint(c), n+8
		for n >= 5 {
			n -= 5
			out = append(out, idAlphabet[bits>>n&31])
		}
		bits &= 1<<n - 1
	}
	if n > 0 {
		out = append(out, idAlphabet[bits<<(5-n)&31])
	}
	return string(out)
}

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
	return IDLetters(b[:])
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
