package share

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"errors"
	"io"
	"sync"
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

// encoder is one deflate writer primed with the dictionary, kept for the
// life of the program: a level-9 writer is 1.6 MB of tables, and allocating
// and clearing that for every link made encoding ten times slower than
// compressing. (A sync.Pool would drop it at every garbage collection, which
// in the browser is often; WebAssembly memory is never given back anyway.)
var encoder struct {
	sync.Mutex
	w *flate.Writer
}

// compress deflates b at the highest level with the English dictionary,
// returning the dictionary's ID and the compressed bytes. (The dictionary
// also helps plans in other languages a little: spaces, names, dates.)
func compress(b []byte) (dictID byte, out []byte) {
	var buf bytes.Buffer
	encoder.Lock()
	defer encoder.Unlock()
	if encoder.w == nil {
		w, err := flate.NewWriterDict(&buf, flate.BestCompression, dictEnglish1)
		if err != nil {
			panic(err) // only for a bad level
		}
		encoder.w = w
	}
	encoder.w.Reset(&buf)
	encoder.w.Write(b) // writes to a bytes.Buffer cannot fail
	encoder.w.Close()
	return dictEnglish1ID, buf.Bytes()
}

// deflate compresses b with dictionary dict, with a writer of its own;
// tests use it to make links as other encoders might.
func deflate(b, dict []byte) []byte {
	var out bytes.Buffer
	w, err := flate.NewWriterDict(&out, flate.BestCompression, dict)
	if err != nil {
		panic(err)
	}
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// decoder is one inflater (a 32 KiB window and tables), kept like encoder.
var decoder struct {
	sync.Mutex
	r io.ReadCloser
}

// inflate decompresses b, which must be one complete raw deflate stream with
// nothing after it, into at most maxContent bytes.
func inflate(b []byte, dictID byte) ([]byte, error) {
	dict, ok := dictionaries[dictID]
	if !ok {
		return nil, newerFormat("unknown dictionary")
	}
	in := bytes.NewReader(b)
	decoder.Lock()
	defer decoder.Unlock()
	if decoder.r == nil {
		decoder.r = flate.NewReader(in)
	}
	r := decoder.r
	r.(flate.Resetter).Reset(in, dict) // never fails for a flate reader
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
