package share

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"strings"

	"golang.org/x/crypto/argon2"
)

// KDF IDs, carried in the header of a protected link.
const kdfArgon2id = 1

// kdfParams are the Argon2id settings of one link. They travel in its header
// (authenticated with the ciphertext), so later versions can raise them
// without breaking old links.
type kdfParams struct {
	time    uint8  // passes over memory
	memory  uint32 // KiB
	threads uint8
	salt    [saltSize]byte
}

const saltSize = 16

// defaultKDF is what new links use. Measured with BenchmarkArgon2id under
// Node's WebAssembly on the 2-core development machine: 19 MiB takes about
// 55 ms with two passes, 77 ms with three, 100 ms with four. A mid-range phone
// is two to four times slower, so three passes put the partner's wait at
// roughly 150–300 ms, while every guess costs an attacker half as much again
// as the OWASP minimum (19 MiB, t=2). Memory is not raised instead: memory
// taken by WebAssembly is never given back. WebAssembly runs one thread, so
// more lanes would only add time.
var defaultKDF = kdfParams{time: 3, memory: 19 << 10, threads: 1}

// Limits on what a link may ask of the partner's phone. A link asking for
// more is from a newer app (or crafted): memory in WebAssembly never shrinks
// once taken, so these are kept modest.
const (
	maxKDFTime   = 16
	maxKDFMemory = 64 << 10 // KiB
)

// appendKDF writes the KDF block of a protected link's header.
func appendKDF(b []byte, k kdfParams) []byte {
	b = append(b, kdfArgon2id, k.time)
	b = binary.AppendUvarint(b, uint64(k.memory))
	b = append(b, k.threads)
	return append(b, k.salt[:]...)
}

// readKDF reads the KDF block at the start of b and returns what follows it.
func readKDF(b []byte) (k kdfParams, rest []byte, err error) {
	if len(b) < 2 {
		return k, nil, damaged("header cut short")
	}
	if b[0] != kdfArgon2id {
		return k, nil, newerFormat("unknown KDF")
	}
	k.time = b[1]
	mem, n := uvarint(b[2:])
	if n <= 0 || len(b) < 2+n+1+saltSize {
		return k, nil, damaged("header cut short")
	}
	k.threads = b[2+n]
	copy(k.salt[:], b[2+n+1:])
	rest = b[2+n+1+saltSize:]
	if k.time == 0 || k.threads == 0 || mem < 8*uint64(k.threads) {
		return k, nil, damaged("impossible KDF settings")
	}
	if k.time > maxKDFTime || mem > maxKDFMemory || k.threads > 4 {
		return k, nil, newerFormat("KDF settings above this app's limits")
	}
	k.memory = uint32(mem)
	return k, rest, nil
}

// normalizePassphrase forgives what people do when typing words they were
// told out loud: capitals (phones capitalise the first letter), and extra or
// missing spaces at the ends and between words.
func normalizePassphrase(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// aead returns AES-256-GCM keyed by Argon2id of the passphrase.
func aead(passphrase string, k kdfParams) cipher.AEAD {
	key := argon2.IDKey([]byte(normalizePassphrase(passphrase)), k.salt[:], uint32(k.time), k.memory, k.threads, 32)
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err) // only for a key of the wrong size
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		panic(err) // only for a block size other than 16
	}
	return gcm
}

// Every link has a fresh random salt and therefore its own key, which is used
// for exactly one message; a fixed nonce is then safe and saves the twelve
// bytes (sixteen characters) a random one would add to the link.
var zeroNonce [12]byte

// seal encrypts plaintext, authenticating header with it.
func seal(passphrase string, k kdfParams, header, plaintext []byte) []byte {
	return aead(passphrase, k).Seal(nil, zeroNonce[:], plaintext, header)
}

// open decrypts what seal made. Because the link's checksum already passed,
// a failure here means the passphrase is wrong.
func open(passphrase string, k kdfParams, header, ciphertext []byte) ([]byte, error) {
	plain, err := aead(passphrase, k).Open(nil, zeroNonce[:], ciphertext, header)
	if err != nil {
		return nil, &detail{ErrWrongPassphrase, "authentication failed"}
	}
	return plain, nil
}
