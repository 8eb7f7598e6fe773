package share

import (
	"bytes"
	"crypto/rand"
	"math"
	"strings"
	"testing"

	"mend/app/seal"
)

func TestPassphraseWords(t *testing.T) {
	if n := len(passphraseWords()); n < 1024 {
		t.Fatalf("%d words; at least 1,024 are needed for 10 bits a word", n)
	}
	// Words that must never come up in a passphrase a person says to the
	// partner they hurt, and one of each pair of words that sound alike.
	banned := strings.Fields(`cheat cheater lie liar lies trust love lover kiss sex affair hurt pain sorry
		betray divorce fight hate kill dead die blood cry tear broken break alone lonely secret guilt shame
		blame angry sad wound scar ghost heart ring date bride wife husband baby promise honest forgive
		flirt crush jealous poison knife gun bomb drunk beer wine bet poker dice casino phone text money
		snake rat weasel cheetah hotel motel bed naked hot spicy peach cherry honey sugar sweet
		bear bare pear pair flower flour night knight sun son sea see wait weight meet meat peace piece
		tail tale road rode rain right write new knew deer dear hair hare hole whole mail male plain plane
		sail sale steel steal stair stare way weigh week weak wood would blue blew berry bury board bored
		hear here hour our red read role roll rose rows sole soul some sum tea tee toe tow wear where
		which witch merry marry mayor miner minor cellar seller desert dessert sundae sunday plum plumb
		colour color grey gray harbour harbor theatre theater metre meter fibre fiber yoghurt yogurt`)
	list := map[string]bool{}
	for i, w := range passphraseWords() {
		if list[w] {
			t.Errorf("%q is listed twice", w)
		}
		list[w] = true
		if len(w) < 3 || len(w) > 9 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("%q is not 3 to 9 lower-case letters", w)
		}
		if i > 0 && passphraseWords()[i-1] >= w {
			t.Errorf("%q is out of order", w)
		}
	}
	for _, w := range banned {
		if list[w] {
			t.Errorf("%q must not be in the word list", w)
		}
	}
	bits := math.Log2(float64(len(passphraseWords()))) * PassphraseWordCount
	t.Logf("%d words, %d per passphrase: %.1f bits", len(passphraseWords()), PassphraseWordCount, bits)
	if bits < 50 {
		t.Errorf("passphrases carry %.1f bits, want at least 50", bits)
	}
}

func TestSuggestPassphrase(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		p := SuggestPassphrase(rand.Reader)
		words := strings.Fields(p)
		if len(words) != PassphraseWordCount || strings.Join(words, " ") != p {
			t.Fatalf("SuggestPassphrase = %q", p)
		}
		distinct := map[string]bool{}
		for _, w := range words {
			if distinct[w] {
				t.Fatalf("%q repeats %q", p, w)
			}
			distinct[w] = true
		}
		if seen[p] {
			t.Fatalf("%q suggested twice", p)
		}
		seen[p] = true
		if seal.Normalize(strings.ToUpper(" "+p+" ")) != p {
			t.Fatalf("%q does not survive capitals and spaces", p)
		}
	}
	// A source that fails falls back to crypto/rand instead of hanging or
	// returning something guessable.
	if p := SuggestPassphrase(bytes.NewReader(nil)); len(strings.Fields(p)) != PassphraseWordCount {
		t.Errorf("failing source: %q", p)
	}
	if p := SuggestPassphrase(nil); len(strings.Fields(p)) != PassphraseWordCount {
		t.Errorf("nil source: %q", p)
	}
	// The same bytes give the same words.
	src := bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 10)
	first, second := SuggestPassphrase(bytes.NewReader(src)), SuggestPassphrase(bytes.NewReader(src))
	if first != second {
		t.Error("SuggestPassphrase is not a function of its source")
	}
}
