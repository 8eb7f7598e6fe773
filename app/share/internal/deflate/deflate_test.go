package deflate

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// prose is English text with the repetition plans have.
const prose = `I am sorry that I read your messages without asking. I told myself it was
worry, but it was fear, and I made it your problem. You felt watched in your own
home, and you stopped telling me things. I will not look at your phone again. I
will tell you when I feel afraid, instead of checking. I will see a counsellor
every week, and I will tell you what I am learning, if you want to hear it.`

var dict = []byte("I am sorry that I will not again. I will tell you when you felt ")

// inputs covers the shapes the compressor must get right: empty, one byte,
// runs, text, text longer than the window, and bytes that do not compress.
func inputs() map[string][]byte {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 70_000)
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	words := strings.Fields(prose)
	var long strings.Builder
	for long.Len() < 80_000 {
		long.WriteString(words[r.IntN(len(words))])
		long.WriteByte(' ')
	}
	return map[string][]byte{
		"empty":      {},
		"one byte":   {'x'},
		"two bytes":  {'x', 'y'},
		"run":        bytes.Repeat([]byte{'a'}, 10_000),
		"short run":  []byte("aaaa"),
		"prose":      []byte(prose),
		"prose x20":  []byte(strings.Repeat(prose, 20)),
		"long words": []byte(long.String()),
		"random":     random,
		"random 300": random[:300],
		"all bytes": func() []byte {
			b := make([]byte, 256*3)
			for i := range b {
				b[i] = byte(i)
			}
			return b
		}(),
	}
}

func flateInflate(t *testing.T, b, dict []byte) []byte {
	t.Helper()
	out, err := io.ReadAll(flate.NewReaderDict(bytes.NewReader(b), dict))
	if err != nil {
		t.Fatalf("compress/flate cannot read our stream: %v", err)
	}
	return out
}

// TestRoundTrip checks Compress against compress/flate's reader, and
// Decompress against compress/flate's writer, with and without a dictionary.
func TestRoundTrip(t *testing.T) {
	for name, in := range inputs() {
		for _, d := range [][]byte{nil, dict, bytes.Repeat([]byte("window "), 6000)} {
			ours := Compress(in, d)
			if got := flateInflate(t, ours, d); !bytes.Equal(got, in) {
				t.Errorf("%s: compress/flate read back %d bytes, want the %d put in", name, len(got), len(in))
			}
			got, err := Decompress(ours, d, len(in))
			if err != nil || !bytes.Equal(got, in) {
				t.Errorf("%s: our round trip: %d bytes, %v", name, len(got), err)
			}
			for _, level := range []int{flate.NoCompression, flate.BestSpeed, flate.DefaultCompression, flate.BestCompression, flate.HuffmanOnly} {
				var buf bytes.Buffer
				w, _ := flate.NewWriterDict(&buf, level, d)
				w.Write(in)
				w.Close()
				got, err := Decompress(buf.Bytes(), d, len(in))
				if err != nil || !bytes.Equal(got, in) {
					t.Errorf("%s, flate level %d: %d bytes, %v", name, level, len(got), err)
				}
			}
		}
	}
}

// TestSmallerThanFlate compares sizes with compress/flate's best level on
// text: the reason this package exists besides its size.
func TestSmallerThanFlate(t *testing.T) {
	for name, in := range inputs() {
		var buf bytes.Buffer
		w, _ := flate.NewWriterDict(&buf, flate.BestCompression, dict)
		w.Write(in)
		w.Close()
		ours := len(Compress(in, dict))
		t.Logf("%-10s %6d bytes → ours %6d, flate -9 %6d", name, len(in), ours, buf.Len())
		if ours > buf.Len()+1 {
			t.Errorf("%s: %d bytes, compress/flate makes %d", name, ours, buf.Len())
		}
	}
}

// TestRefuses checks every way Decompress must say no.
func TestRefuses(t *testing.T) {
	in := []byte(strings.Repeat(prose, 3))
	good := Compress(in, dict)
	if _, err := Decompress(good, dict, len(in)-1); !errors.Is(err, ErrTooLarge) {
		t.Errorf("one byte over the limit: %v, want ErrTooLarge", err)
	}
	if _, err := Decompress(append(good[:len(good):len(good)], 0), dict, len(in)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a byte after the stream: %v, want ErrCorrupt", err)
	}
	for n := range len(good) {
		if _, err := Decompress(good[:n], dict, len(in)); err == nil {
			t.Errorf("cut to %d of %d bytes: no error", n, len(good))
		}
	}
	// A match reaching back past the start: "a" then a copy from 2 back.
	var w bitWriter
	w.bits(1, 1)
	w.bits(1, 2)
	w.tokens([]token{{'a', 0}, {3, 2}}, fixedLitLens(), fixedDistLens())
	if _, err := Decompress(w.flush(), nil, 100); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a match before the start: %v, want ErrCorrupt", err)
	}
	for name, b := range map[string][]byte{
		"block type 3":        {0x07},
		"stored, bad NLEN":    {0x01, 0x02, 0x00, 0x00, 0x00, 'h', 'i'},
		"stored, cut":         {0x01, 0x05, 0x00, 0xfa, 0xff, 'h', 'i'},
		"non-final, then end": {0x00, 0x00, 0x00, 0xff, 0xff},
	} {
		if _, err := Decompress(b, nil, 100); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestCodeLengths checks that codes stay within their limit and complete
// on skewed counts, where plain Huffman goes deeper than deflate allows.
func TestCodeLengths(t *testing.T) {
	fib := make([]int, 40)
	fib[0], fib[1] = 1, 1
	for i := 2; i < len(fib); i++ {
		fib[i] = fib[i-1] + fib[i-2]
	}
	for _, limit := range []int{maxCodeBits, maxBits} {
		lens := codeLengths(fib, limit)
		kraft := 0
		for s, l := range lens {
			if l == 0 || int(l) > limit {
				t.Fatalf("limit %d: symbol %d has length %d", limit, s, l)
			}
			kraft += 1 << (limit - int(l))
		}
		if kraft != 1<<limit {
			t.Errorf("limit %d: Kraft sum %d/%d, want a complete code", limit, kraft, 1<<limit)
		}
	}
}

// TestPaddingIgnored checks that set bits after the end of the last block
// are ignored, as compress/flate ignores them.
func TestPaddingIgnored(t *testing.T) {
	var w bitWriter
	w.bits(1, 1)
	w.bits(1, 2)
	w.tokens([]token{{'h', 0}, {'i', 0}}, fixedLitLens(), fixedDistLens())
	w.bits(1, 1)
	if got, err := Decompress(w.flush(), nil, 100); err != nil || string(got) != "hi" {
		t.Errorf("a set padding bit: %q, %v; want \"hi\"", got, err)
	}
}

func FuzzDecompress(f *testing.F) {
	for _, in := range inputs() {
		if len(in) < 5000 {
			f.Add(Compress(in, dict))
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		const limit = 1 << 16
		ours, err := Decompress(b, dict, limit)
		in := bytes.NewReader(b)
		theirs, ferr := io.ReadAll(io.LimitReader(flate.NewReaderDict(in, dict), limit+1))
		// What compress/flate reads within the limit, with nothing left over,
		// is what links opened before this package; it must read the same here.
		flateOK := ferr == nil && len(theirs) <= limit && in.Len() == 0
		if (err == nil) != flateOK || err == nil && !bytes.Equal(ours, theirs) {
			t.Fatalf("we read %d bytes and %v, compress/flate %d bytes and %v with %d left", len(ours), err, len(theirs), ferr, in.Len())
		}
		if err == nil {
			if back, err := Decompress(Compress(ours, dict), dict, len(ours)); err != nil || !bytes.Equal(back, ours) {
				t.Fatalf("round trip of what we read: %v", err)
			}
		}
	})
}

func BenchmarkCompress(b *testing.B) {
	in := []byte(strings.Repeat(prose, 6))
	for b.Loop() {
		Compress(in, dict)
	}
}

func BenchmarkDecompress(b *testing.B) {
	in := []byte(strings.Repeat(prose, 6))
	c := Compress(in, dict)
	for b.Loop() {
		Decompress(c, dict, len(in))
	}
}

// TestCodes checks lengthCode and distCode against the RFC's tables: every
// length and distance lies within its code's base and extra bits.
func TestCodes(t *testing.T) {
	for n := minMatch; n <= maxMatch; n++ {
		k := lengthCode(n)
		if lo := int(lengthBase[k]); n < lo || n >= lo+1<<lengthExtra[k] && n != maxMatch {
			t.Errorf("length %d has code %d (from %d, %d extra bits)", n, k, lo, lengthExtra[k])
		}
	}
	for d := 1; d <= windowSize; d++ {
		k := distCode(d)
		if lo := int(distBase[k]); d < lo || d >= lo+1<<distExtra[k] {
			t.Errorf("distance %d has code %d (from %d, %d extra bits)", d, k, lo, distExtra[k])
		}
	}
}
