package share

import (
	"errors"

	"mend/app/share/internal/deflate"
)

// A preset dictionary primes deflate with phrases plans tend to use, so even
// the first sentence of a plan compresses as if the compressor had seen a
// page of them already. Its ID travels in every link; the bytes of a released
// dictionary therefore never change (TestDictionariesNeverChange pins them).
// Better wording or another language is a new file with a new ID, and the
// old one stays so old links still open. The dictionaries are files in
// dict/ (embed.go), which the app the site ships loads instead (Load).

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
	case dictReplyEnglish:
		return dictReply1, true
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
	return dictEnglish1ID, deflate.Compress(b, dictEnglish1)
}

// inflate decompresses b, which must be one complete raw deflate stream with
// nothing after it, into at most maxContent bytes, so a small link that would
// inflate to gigabytes (a decompression bomb) is refused. Links have also
// been made by compress/flate's writer; the deflate package's tests and fuzz
// target check that it reads whatever compress/flate reads, the same way.
func inflate(b []byte, dictID byte) ([]byte, error) {
	dict, ok := dictionary(dictID)
	if !ok {
		return nil, newerFormat("unknown dictionary")
	}
	out, err := deflate.Decompress(b, dict, maxContent)
	switch {
	case errors.Is(err, deflate.ErrTooLarge):
		return nil, tooLong("content inflates past the cap")
	case errors.Is(err, deflate.ErrTruncated):
		return nil, damaged("deflate stream cut short")
	case err != nil:
		return nil, damaged("deflate stream invalid")
	}
	return out, nil
}
