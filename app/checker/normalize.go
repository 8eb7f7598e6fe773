package checker

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// normalized is a draft folded into the one spelling the rules are written
// against, with a map back to the original so that every span the checker
// reports points at the words the person actually typed.
//
// Folding is rune for rune (a rune becomes one rune or disappears), so a
// rune boundary in text is always a rune boundary in the original.
type normalized struct {
	text string  // lower case; ASCII apostrophes, quotes and spaces; one long dash
	orig []int32 // orig[i] is the original byte offset of the rune that produced text[i]; orig[len(text)] = len(original)
}

// longDash is what every dash that is not a hyphen becomes.
const longDash = '—'

// foldRune maps one original rune to its normalised form; keep is false for
// invisible runes that would otherwise split a word ("sor\u00ADry").
func foldRune(r rune) (folded rune, keep bool) {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u00B4', '`', '\u2032', '\uFF07':
		return '\'', true
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\uFF02':
		return '"', true
	case '\u2010', '\u2011':
		return '-', true
	case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return longDash, true
	case '\t', '\r', '\v', '\f', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000':
		return ' ', true
	case '\u0085', '\u2028', '\u2029':
		return '\n', true
	case '\u00AD', '\u200B', '\u200C', '\u2060', '\uFEFF':
		return 0, false
	case utf8.RuneError:
		return ' ', true
	}
	switch {
	case r >= '\u2000' && r <= '\u200A':
		return ' ', true
	case r >= '\uFF01' && r <= '\uFF5E': // full-width ASCII, as typed on some phone keyboards
		r -= 0xFEE0
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	}
	return unicode.ToLower(r), true
}

// normalize folds text. Invalid UTF-8 bytes become spaces.
func normalize(text string) normalized {
	n, _ := normalizeInto(text, nil, nil)
	return n
}

// normalizeInto is normalize, building the text in buf and the offsets
// in orig (both may be nil), so a reading can reuse the last one's; it
// returns buf for the next.
func normalizeInto(text string, buf []byte, orig []int32) (normalized, []byte) {
	buf, orig = slices.Grow(buf[:0], len(text)+8), slices.Grow(orig[:0], len(text)+9)
	for i := 0; i < len(text); {
		// Printable ASCII but the backtick, most of any draft, folds to
		// itself lower-cased (as foldRune would have it).
		if c := text[i]; c >= ' ' && c < utf8.RuneSelf && c != '`' {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			orig = append(orig, int32(i))
			i++
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if f, keep := foldRune(r); keep {
			n := len(buf)
			buf = utf8.AppendRune(buf, f)
			for range len(buf) - n {
				orig = append(orig, int32(i))
			}
		}
		i += size
	}
	orig = append(orig, int32(len(text)))
	return normalized{text: string(buf), orig: orig}, buf
}
