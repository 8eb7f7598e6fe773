package share

import (
	"crypto/rand"
	"encoding/binary"
	"io"
	"strings"
	"sync"
)

// passphraseWords splits the list the first time a passphrase is asked
// for, not when the app starts.
func passphraseWords() []string {
	splitWords.Do(func() { wordsSplit = strings.Fields(wordList) })
	return wordsSplit
}

var (
	splitWords sync.Once
	wordsSplit []string
)

// PassphraseWordCount is how many words SuggestPassphrase picks: five
// distinct words of 1,208 carry 51 bits, which Argon2id makes slow enough to
// guess that a link kept in a chat history stays private.
const PassphraseWordCount = 5

// SuggestPassphrase returns five different common words separated by spaces,
// chosen uniformly from the word list, for the user to tell their partner in
// person. random is the source of randomness, normally crypto/rand.Reader; if
// it is nil or fails, crypto/rand is used.
func SuggestPassphrase(random io.Reader) string {
	if random == nil {
		random = rand.Reader
	}
	words := passphraseWords()
	if len(words) < PassphraseWordCount {
		// The app has not got its word list (see Load): the writer
		// types a passphrase of their own.
		return ""
	}
	n := uint16(len(words))
	// Rejection sampling: numbers at or above the largest multiple of n are
	// drawn again, so that every word is equally likely.
	limit := 1<<16 - (1<<16)%uint32(n)
	picked := make([]string, 0, PassphraseWordCount)
	used := map[uint16]bool{}
	var b [2]byte
	for len(picked) < PassphraseWordCount {
		if _, err := io.ReadFull(random, b[:]); err != nil {
			random = rand.Reader
			continue
		}
		v := binary.BigEndian.Uint16(b[:])
		if uint32(v) >= limit || used[v%n] {
			continue
		}
		used[v%n] = true
		picked = append(picked, words[v%n])
	}
	return strings.Join(picked, " ")
}
