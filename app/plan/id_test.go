package plan

import (
	"encoding/base32"
	"math/rand/v2"
	"testing"
)

func TestIDLettersMatchBase32(t *testing.T) {
	std := base32.NewEncoding(idAlphabet).WithPadding(base32.NoPadding)
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n <= 24; n++ {
		for range 20 {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(r.UintN(256))
			}
			if got, want := IDLetters(b), std.EncodeToString(b); got != want {
				t.Fatalf("IDLetters(%x) = %q, want %q", b, got, want)
			}
		}
	}
}
