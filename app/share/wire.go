package share

import (
	"encoding/binary"
	"errors"
	"time"
	"unicode/utf8"
)

// errNotUTF8 is what Encode says of text that is not UTF-8 (plan.Validate
// refuses it too).
var errNotUTF8 = errors.New("share: text is not valid UTF-8")

// recordWriter appends a record's fields in order, keeping the first thing
// it could not write faithfully.
type recordWriter struct {
	buf  []byte
	tags idTags
	err  error
}

func (w *recordWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// uint writes a varint. It is kept out of line: inlined at each of the
// record's fields, it cost the WebAssembly build 4 KB.
//
//go:noinline
//go:noinline
func (w *recordWriter) uint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }

// text writes s with its length; it must be UTF-8.
func (w *recordWriter) text(s string) {
	if !utf8.ValidString(s) {
		w.fail(errNotUTF8)
	}
	w.uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

// entry writes a list entry's text and the tag of its ID.
func (w *recordWriter) entry(id, text string) {
	w.text(text)
	w.buf = append(w.buf, w.tags.tag(id)...)
}

// day writes a YYYY-MM-DD date (or none) as a number from base.
func (w *recordWriter) day(what, date string, base time.Time) {
	n, err := dayNumber(what, date, base)
	if err != nil {
		w.fail(err)
	}
	w.uint(n)
}

// recordReader reads a record's fields in order. The first problem sticks:
// it is what the reader reports, and every read after it gives a zero
// value, so that code reading a record reads straight through and checks
// once at the end.
type recordReader struct {
	buf []byte
	err error
}

func (r *recordReader) fail(what string) {
	if r.err == nil {
		r.err = damaged(what)
	}
	r.buf = nil
}

// uint reads a varint; like recordWriter.uint, it is kept out of line.
//
//go:noinline
//go:noinline
func (r *recordReader) uint() uint64 {
	v, n := uvarint(r.buf)
	if n <= 0 {
		r.fail("number cut short or malformed")
		return 0
	}
	r.buf = r.buf[n:]
	return v
}

// upTo reads a number that may be at most limit.
func (r *recordReader) upTo(limit uint64) uint64 {
	v := r.uint()
	if v > limit {
		r.fail("number out of range")
		return 0
	}
	return v
}

// text reads a length and that much UTF-8.
func (r *recordReader) text() string {
	n := r.uint()
	if n > uint64(len(r.buf)) {
		r.fail("text cut short")
		return ""
	}
	s := string(r.buf[:n])
	r.buf = r.buf[n:]
	if !utf8.ValidString(s) {
		r.fail("text is not UTF-8")
		return ""
	}
	return s
}

// id reads an entry's tag; noTag gives "".
func (r *recordReader) id() string {
	if len(r.buf) < tagSize || !validTag(string(r.buf[:tagSize])) {
		r.fail("bad ID")
		return ""
	}
	tag := string(r.buf[:tagSize])
	r.buf = r.buf[tagSize:]
	if tag == noTag {
		return ""
	}
	return tag
}

// day reads a date written by recordWriter.day.
func (r *recordReader) day(base time.Time) string {
	s, err := dayString(r.uint(), base)
	if err != nil && r.err == nil {
		r.err, r.buf = err, nil
	}
	return s
}

// uvarint reads a varint in its shortest form only, so that each number has
// one spelling; n <= 0 means there is none.
func uvarint(buf []byte) (v uint64, n int) {
	v, n = binary.Uvarint(buf)
	if n > 1 && buf[n-1] == 0 {
		return 0, 0
	}
	return v, n
}
