// Package seal locks bytes with a passphrase, for everything Mend protects
// that way: backup files (app/store) and share links (app/share). Argon2id
// turns the passphrase into a key; AES-256-GCM seals the bytes with it and
// authenticates extra data (a header) alongside them.
//
// There is one way to read a passphrase (Normalize), one set of key
// settings for new seals (Default) and one set of limits on the settings a
// sealed file or link may ask for (Params.Check), so a backup and a link
// are held to the same rules.
package seal

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"io"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Params are the Argon2id settings of one seal. They travel with what was
// sealed (and are authenticated with it), so a later version can raise
// Default and still open what earlier ones made.
type Params struct {
	Time    uint32 // passes over memory
	Memory  uint32 // KiB
	Threads uint8  // lanes
	Salt    []byte
}

// SaltSize is the length of the salt New makes.
const SaltSize = 16

// NonceSize is the length of the nonce Seal and Open take.
const NonceSize = 12

// Default are the settings of every new seal. Measured under Node's
// WebAssembly on the 2-core development machine (BenchmarkArgon2id), 19 MiB
// takes about 55 ms with two passes, 77 ms with three and 100 ms with four;
// a mid-range phone is two to four times slower, so three passes cost the
// person opening a link or backup about 150–300 ms, and every guess costs an
// attacker half as much again as OWASP's minimum for Argon2id (19 MiB, two
// passes). Memory is not raised instead: memory WebAssembly takes is never
// given back. WebAssembly runs one thread, so more lanes would only add time.
var Default = Params{Time: 3, Memory: 19 << 10, Threads: 1}

// The limits on what a sealed file or link may ask of the device opening
// it. More than this comes from a newer app or was crafted: memory taken by
// WebAssembly never shrinks, so they are kept modest.
const (
	MaxTime    = 16
	MaxMemory  = 64 << 10 // KiB
	MaxThreads = 4
	minSalt    = 8
	maxSalt    = 64
)

// The errors of this package, for errors.Is.
var (
	// ErrImpossible means the settings cannot have been made by Mend:
	// zero passes or lanes, too little memory for the lanes, a salt of the
	// wrong size. What carries them is damaged.
	ErrImpossible = errors.New("seal: impossible key settings")
	// ErrOverLimits means the settings ask for more than the limits above:
	// made by a newer app, or crafted.
	ErrOverLimits = errors.New("seal: key settings above this app's limits")
	// ErrWrongPassphrase means the passphrase does not open the seal, or
	// the sealed bytes or their header were changed.
	ErrWrongPassphrase = errors.New("seal: wrong passphrase or altered data")
	// ErrNoPassphrase means the passphrase is empty once normalised.
	ErrNoPassphrase = errors.New("seal: no passphrase")
)

// Check reports whether p may be used to open a seal: ErrImpossible or
// ErrOverLimits if not.
func (p Params) Check() error {
	switch {
	case p.Time < 1 || p.Threads < 1 || p.Memory < 8*uint32(p.Threads) ||
		len(p.Salt) < minSalt || len(p.Salt) > maxSalt:
		return ErrImpossible
	case p.Time > MaxTime || p.Memory > MaxMemory || p.Threads > MaxThreads:
		return ErrOverLimits
	}
	return nil
}

// New returns Default with a fresh salt read from random (crypto/rand when
// nil).
func New(random io.Reader) (Params, error) {
	if random == nil {
		random = rand.Reader
	}
	p := Default
	p.Salt = make([]byte, SaltSize)
	if _, err := io.ReadFull(random, p.Salt); err != nil {
		return Params{}, err
	}
	return p, nil
}

// Normalize forgives what people do when typing words they were told out
// loud or wrote down: capitals (phones capitalise the first letter), and
// extra or missing spaces at the ends and between words. Every passphrase
// is normalised before it becomes a key.
func Normalize(passphrase string) string {
	return strings.Join(strings.Fields(strings.ToLower(passphrase)), " ")
}

// Seal encrypts plaintext under the normalised passphrase with p, and
// authenticates header with it. nonce must be NonceSize bytes, and never
// used twice with one key (a fresh salt makes a fresh key).
func Seal(passphrase string, p Params, nonce, header, plaintext []byte) ([]byte, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	passphrase = Normalize(passphrase)
	if passphrase == "" {
		return nil, ErrNoPassphrase
	}
	return newAEAD(passphrase, p).Seal(nil, nonce, plaintext, header), nil
}

// Open decrypts what Seal made, checking p against the limits first: it
// fails with ErrImpossible, ErrOverLimits, ErrNoPassphrase or
// ErrWrongPassphrase.
func Open(passphrase string, p Params, nonce, header, ciphertext []byte) ([]byte, error) {
	return open(Normalize(passphrase), p, nonce, header, ciphertext)
}

// OpenAsTyped is Open without Normalize, only for what was sealed with the
// passphrase exactly as typed: backup files made before Mend normalised
// backup passphrases.
func OpenAsTyped(passphrase string, p Params, nonce, header, ciphertext []byte) ([]byte, error) {
	return open(passphrase, p, nonce, header, ciphertext)
}

func open(passphrase string, p Params, nonce, header, ciphertext []byte) ([]byte, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if passphrase == "" {
		return nil, ErrNoPassphrase
	}
	if len(nonce) != NonceSize {
		return nil, ErrWrongPassphrase
	}
	plain, err := newAEAD(passphrase, p).Open(nil, nonce, ciphertext, header)
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	return plain, nil
}

// Key derives the 32-byte key for passphrase (as given) and p, for
// benchmarks of the key derivation.
func Key(passphrase string, p Params) []byte {
	return argon2.IDKey([]byte(passphrase), p.Salt, p.Time, p.Memory, p.Threads, 32)
}

func newAEAD(passphrase string, p Params) cipher.AEAD {
	block, err := aes.NewCipher(Key(passphrase, p))
	if err != nil {
		panic(err) // only for a key of the wrong size
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		panic(err) // only for a block size other than 16
	}
	return gcm
}
