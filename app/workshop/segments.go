package workshop

import (
	"slices"

	"mend/app/checker"
)

// Segment is one run of the draft's text in the highlight overlay: plain
// text, or words that one or more findings cover.
type Segment struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Text     string // the words, exactly as typed
	Finding  int    // index into the findings it was made from; -1 for plain text
	Category string // the category of that finding, "" for plain text
	Rule     string // the rule of that finding, "" for plain text
	Start    int    // byte offset of Text in the draft
}

// Highlighted reports whether the segment marks a finding.
func (s Segment) Highlighted() bool { return s.Finding >= 0 }

// Segments cuts text into runs at every edge of every finding that covers
// words (a missing part, anchored with an empty span, covers none), so the
// overlay can mark each run. Where findings overlap, a run belongs to the
// innermost one: the one that starts last, then the one that ends first,
// so a short "sorry if" inside a longer "sorry if …, but" keeps its own
// mark and the longer finding still shows where it reaches beyond it.
// Concatenating the Text of every segment gives text back unchanged.
func Segments(text string, findings []checker.Finding) []Segment {
	cuts := []int{0, len(text)}
	for _, f := range findings {
		if spans(f, text) {
			cuts = append(cuts, f.Start, f.End)
		}
	}
	slices.Sort(cuts)
	var out []Segment
	for i := 0; i+1 < len(cuts); i++ {
		start, end := cuts[i], cuts[i+1]
		if start == end {
			continue
		}
		best := -1
		for j, f := range findings {
			if !spans(f, text) || f.Start > start || f.End < end {
				continue
			}
			if best < 0 || f.Start > findings[best].Start ||
				f.Start == findings[best].Start && f.End < findings[best].End {
				best = j
			}
		}
		seg := Segment{Text: text[start:end], Finding: best, Start: start}
		if best >= 0 {
			seg.Category, seg.Rule = findings[best].Category, findings[best].Rule
		}
		// Neighbouring plain runs (or runs of the same finding) merge, so
		// the overlay has as few elements as the marks need.
		if n := len(out); n > 0 && out[n-1].Finding == seg.Finding {
			out[n-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}

// spans reports whether f covers words that lie inside text.
func spans(f checker.Finding, text string) bool {
	return f.Start >= 0 && f.End > f.Start && f.End <= len(text)
}

// SameLook reports whether a and b draw the same: same words, same mark.
// The overlay reuses an element whose segment looks the same.
func SameLook(a, b Segment) bool {
	return a.Text == b.Text && a.Category == b.Category && a.Rule == b.Rule
}

// Changed returns the part of the overlay that must be redrawn to go from
// old to new: the segments before prefix and from the suffix ends on look
// the same in both, so only old[prefix:oldEnd] is replaced by
// new[prefix:newEnd]. A keystroke usually changes one segment.
func Changed(old, new []Segment) (prefix, oldEnd, newEnd int) {
	for prefix < len(old) && prefix < len(new) && SameLook(old[prefix], new[prefix]) {
		prefix++
	}
	oldEnd, newEnd = len(old), len(new)
	for oldEnd > prefix && newEnd > prefix && SameLook(old[oldEnd-1], new[newEnd-1]) {
		oldEnd--
		newEnd--
	}
	return prefix, oldEnd, newEnd
}

// Marked returns the findings that mark words in the draft (not the
// missing parts, which the checklist shows), in text order.
func Marked(text string, findings []checker.Finding) []checker.Finding {
	var out []checker.Finding
	for _, f := range findings {
		if spans(f, text) {
			out = append(out, f)
		}
	}
	return out
}

// At returns the index in findings of the innermost finding whose words
// include the UTF-16 position pos (where the caret is in a text area), or
// -1. A caret just after the last letter still counts as inside.
func At(findings []checker.Finding, pos int) int {
	best := -1
	for i, f := range findings {
		if f.EndUTF16 <= f.StartUTF16 || pos < f.StartUTF16 || pos > f.EndUTF16 {
			continue
		}
		if best < 0 || f.StartUTF16 > findings[best].StartUTF16 ||
			f.StartUTF16 == findings[best].StartUTF16 && f.EndUTF16 < findings[best].EndUTF16 {
			best = i
		}
	}
	return best
}

// Quote returns the words a finding or a present part covers, for showing
// them back, shortened to about max bytes on a rune boundary.
func Quote(text string, start, end, max int) string {
	if start < 0 || end > len(text) || start >= end {
		return ""
	}
	q := text[start:end]
	if len(q) <= max {
		return q
	}
	cut := max
	for cut > 0 && !runeStart(q[cut]) {
		cut--
	}
	return q[:cut] + "…"
}

func runeStart(b byte) bool { return b&0xC0 != 0x80 }
