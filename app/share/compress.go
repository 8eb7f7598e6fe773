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

// dictionaries maps each dictionary ID to its bytes.
var dictionaries = map[byte][]byte{
	dictNone:       nil,
	dictEnglish1ID: dictEnglish1,
}

// maxContent caps the decompressed record: a link can never make the app
// allocate more than this, whatever its bytes say. Real plans are far below
// it; a 4,000-character link inflates to at most about 12 KB.
const maxContent = 64 << 10

// deflate compresses b with dictionary dict at the highest level.
func deflate(b, dict []byte) []byte {
	var out bytes.Buffer
	w, err := flate.NewWriterDict(&out, flate.BestCompression, dict)
	if err != nil {
		panic(err) // only for a bad level
	}
	w.Write(b) // writes to a bytes.Buffer cannot fail
	w.Close()
	return out.Bytes()
}

// compress deflates b with whichever dictionary gives the shorter result,
// returning that dictionary's ID and the compressed bytes.
func compress(b []byte) (dictID byte, out []byte) {
	out = deflate(b, nil)
	if withDict := deflate(b, dictEnglish1); len(withDict) < len(out) {
		return dictEnglish1ID, withDict
	}
	return dictNone, out
}

// inflate decompresses b, which must be one complete raw deflate stream with
// nothing after it, into at most maxContent bytes.
func inflate(b []byte, dictID byte) ([]byte, error) {
	dict, ok := dictionaries[dictID]
	if !ok {
		return nil, newerFormat("unknown dictionary")
	}
	in := bytes.NewReader(b)
	r := flate.NewReaderDict(in, dict)
	out, err := io.ReadAll(io.LimitReader(r, maxContent+1))
	switch {
	case len(out) > maxContent:
		return nil, tooLong("content inflates past the cap")
	case err != nil:
		return nil, damaged("deflate: " + err.Error())
	case in.Len() != 0:
		return nil, damaged("bytes after the deflate stream")
	}
	// ReadAll stops at io.EOF, which flate returns only after the final
	// block; a stream cut short reports io.ErrUnexpectedEOF instead.
	if err := r.Close(); err != nil && !errors.Is(err, io.EOF) {
		return nil, damaged("deflate: " + err.Error())
	}
	return out, nil
}
