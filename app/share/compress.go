package share

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"errors"
	"io"
)

// A preset dictionary primes deflate with phrases plans tend to use, so even
// the first sentence of a plan compresses as if the compressor had seen a
// page of them already. Its ID travels in every link; the bytes of a released
// dictionary therefore never change (TestDictionariesNeverChange pins them).
// Better wording or another language is a new file with a new ID, and the
// old one stays so old links still open.
//
//go:embed dict/en-1.txt
var dictEnglish1 []byte

// Dictionary IDs, carried in the low bits of the flags byte.
const (
	dictNone       = 0
	dictEnglish1ID = 1
)

// dictionary returns the bytes of the dictionary with the given ID, and
// false for an ID this app does not know.
func dictionary(id byte) ([]byte, bool) {
	switch id {
	case dictNone:
		return nil, true
	case dictEnglish1ID:
		return dictEnglish1, true
	}
	return nil, false
}

// maxContent caps the decompressed record: a link can never make the app
// allocate more than this, whatever its bytes say. Real plans are far below
// it; a 4,000-character link inflates to at most about 12 KB.
const maxContent = 64 << 10

// compress deflates b with the English dictionary, returning the
// dictionary's ID and the compressed bytes. (The dictionary also helps plans
// in other languages a little: spaces, names, dates.)
func compress(b []byte) (dictID byte, out []byte) {
	return dictEnglish1ID, deflate(b, dictEnglish1)
}

// deflate is raw deflate of b at compress/flate's best level, starting with
// dict in its window. (A home-made compressor made links 3–5% shorter, but
// cost app.wasm more than compress/flate's writer and some 600 lines: see
// the commit that removed it for the figures.)
func deflate(b, dict []byte) []byte {
	var buf bytes.Buffer
	w, err := flate.NewWriterDict(&buf, flate.BestCompression, dict)
	if err != nil {
		panic(err) // only for a level out of range
	}
	w.Write(b) // writing to a bytes.Buffer cannot fail
	w.Close()
	return buf.Bytes()
}

// inflate decompresses b, which must be one complete raw deflate stream
// with nothing after it, into at most maxContent bytes. It is the standard
// library's inflater, which every link a partner opens goes through: years
// of fuzzing stand behind it. Output is read through a limit, so a small
// link that would inflate to gigabytes (a decompression bomb) stops at
// maxContent+1 bytes and is refused.
func inflate(b []byte, dictID byte) ([]byte, error) {
	dict, ok := dictionary(dictID)
	if !ok {
		return nil, newerFormat("unknown dictionary")
	}
	in := bytes.NewReader(b) // an io.ByteReader: flate reads no byte past the stream
	r := flate.NewReaderDict(in, dict)
	out, err := io.ReadAll(io.LimitReader(r, maxContent+1))
	switch {
	case len(out) > maxContent:
		return nil, tooLong("content inflates past the cap")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, damaged("deflate stream cut short")
	case err != nil:
		return nil, damaged("deflate stream invalid")
	case in.Len() != 0:
		return nil, damaged("bytes after the deflate stream")
	}
	return out, nil
}
