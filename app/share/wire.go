package share

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// The record format inside a link is a small subset of the protocol-buffers
// wire format: every field is a key (field number << 3 | wire type) followed
// by a varint or by a length and that many bytes. The wire type tells a
// reader how to skip a field it does not know, which is what lets an older
// app open a link that a newer one made with extra fields.
const (
	wireVarint = 0 // unsigned varint
	wireBytes  = 2 // varint length, then that many bytes: text or a nested record
)

// recordWriter appends fields to a record.
type recordWriter struct{ buf []byte }

func (w *recordWriter) key(field, wire int) {
	w.buf = binary.AppendUvarint(w.buf, uint64(field)<<3|uint64(wire))
}

// uint writes a varint field; zero is the default and is left out.
func (w *recordWriter) uint(field int, v uint64) {
	if v == 0 {
		return
	}
	w.key(field, wireVarint)
	w.buf = binary.AppendUvarint(w.buf, v)
}

// bytes writes a length-prefixed field; empty is the default and is left out.
func (w *recordWriter) bytes(field int, b []byte) {
	if len(b) == 0 {
		return
	}
	w.key(field, wireBytes)
	w.buf = binary.AppendUvarint(w.buf, uint64(len(b)))
	w.buf = append(w.buf, b...)
}

func (w *recordWriter) text(field int, s string) { w.bytes(field, []byte(s)) }

// entryText writes one entry of a repeated text field, even when empty: the
// entries of a list are counted by their text.
func (w *recordWriter) entryText(field int, s string) {
	w.key(field, wireBytes)
	w.buf = binary.AppendUvarint(w.buf, uint64(len(s)))
	w.buf = append(w.buf, s...)
}

// tags writes ID tags as one field, or nothing if there are none or none
// of them stands for an ID.
func (w *recordWriter) tags(field int, tags string) {
	if strings.Trim(tags, "0") != "" {
		w.text(field, tags)
	}
}

// packed writes numbers as one length-prefixed run of varints, or nothing if
// they are all zero.
func (w *recordWriter) packed(field int, v []uint64) {
	var run []byte
	zero := true
	for _, n := range v {
		run = binary.AppendUvarint(run, n)
		zero = zero && n == 0
	}
	if !zero {
		w.bytes(field, run)
	}
}

// field is one field read from a record.
type field struct {
	num   int
	wire  int
	again bool   // the previous field in the record had the same number
	num64 uint64 // the value of a varint field
	data  []byte // the contents of a length-prefixed field
}

// text returns the field as UTF-8 text.
func (f field) text() (string, error) {
	if f.wire != wireBytes {
		return "", fieldDamaged(f.num, "not text")
	}
	if !utf8.Valid(f.data) {
		return "", fieldDamaged(f.num, "not valid UTF-8")
	}
	return string(f.data), nil
}

// uint returns the field as a number.
func (f field) uint() (uint64, error) {
	if f.wire != wireVarint {
		return 0, fieldDamaged(f.num, "not a number")
	}
	return f.num64, nil
}

// tags returns the ID tags of a tags field.
func (f field) tags() ([]string, error) {
	if f.wire != wireBytes || len(f.data)%tagSize != 0 {
		return nil, fieldDamaged(f.num, "not a list of IDs")
	}
	var out []string
	for b := f.data; len(b) > 0; b = b[tagSize:] {
		tag := string(b[:tagSize])
		if !validTag(tag) {
			return nil, fieldDamaged(f.num, "bad ID")
		}
		out = append(out, tag)
	}
	return out, nil
}

// packed returns the numbers of a packed field.
func (f field) packed() ([]uint64, error) {
	if f.wire != wireBytes {
		return nil, fieldDamaged(f.num, "not a list of numbers")
	}
	var out []uint64
	for b := f.data; len(b) > 0; {
		v, n := uvarint(b)
		if n <= 0 {
			return nil, fieldDamaged(f.num, "bad number")
		}
		out, b = append(out, v), b[n:]
	}
	return out, nil
}

// recordReader reads the fields of one record in order. Fields must come in
// ascending order of their numbers; only list fields may repeat. That is how
// the encoder writes them, and refusing anything else leaves every record a
// single reading.
type recordReader struct {
	buf  []byte
	last int
}

// next returns the next field, or ok == false at the end of the record.
func (r *recordReader) next() (f field, ok bool, err error) {
	if len(r.buf) == 0 {
		return field{}, false, nil
	}
	key, n := uvarint(r.buf)
	if n <= 0 || key>>3 == 0 || key>>3 > 1<<20 {
		return field{}, false, damaged("bad field key")
	}
	r.buf = r.buf[n:]
	f.num, f.wire = int(key>>3), int(key&7)
	if f.num < r.last {
		return field{}, false, fieldDamaged(f.num, "out of order")
	}
	f.again = f.num == r.last
	r.last = f.num
	switch f.wire {
	case wireVarint:
		v, n := uvarint(r.buf)
		if n <= 0 {
			return field{}, false, fieldDamaged(f.num, "bad number")
		}
		f.num64, r.buf = v, r.buf[n:]
	case wireBytes:
		size, n := uvarint(r.buf)
		if n <= 0 || size > uint64(len(r.buf)-n) {
			return field{}, false, fieldDamaged(f.num, "bad length")
		}
		f.data, r.buf = r.buf[n:n+int(size)], r.buf[n+int(size):]
	default:
		// A wire type this app does not know cannot be skipped: the rest of
		// the record is unreadable to us, but it passed the checksum, so a
		// newer app wrote it.
		return field{}, false, &detail{ErrNewerFormat, "unknown wire type", f.num}
	}
	return f, true, nil
}

// single reports a damaged link when a field that may appear only once
// repeats.
func (f field) single() error {
	if f.again {
		return fieldDamaged(f.num, "repeated")
	}
	return nil
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
