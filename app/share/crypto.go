package share

import (
	"encoding/binary"
	"errors"

	"mend/app/seal"
)

// KDF IDs, carried in the header of a protected link.
const kdfArgon2id = 1

// linkSaltSize is the salt length of a link: fixed, so the header need not
// say it.
const linkSaltSize = seal.SaltSize

// appendKDF writes the KDF block of a protected link's header: the
// seal.Params of the link, which travel with it (authenticated with the
// ciphertext) so later versions can raise them without breaking old links.
func appendKDF(b []byte, k seal.Params) []byte {
	b = append(b, kdfArgon2id, byte(k.Time))
	b = binary.AppendUvarint(b, uint64(k.Memory))
	b = append(b, k.Threads)
	return append(b, k.Salt...)
}

// readKDF reads the KDF block at the start of b and returns what follows it.
// Settings beyond seal's limits are a newer app's; impossible ones are
// damage.
func readKDF(b []byte) (k seal.Params, rest []byte, err error) {
	if len(b) < 2 {
		return k, nil, damaged("header cut short")
	}
	if b[0] != kdfArgon2id {
		return k, nil, newerFormat("unknown KDF")
	}
	k.Time = uint32(b[1])
	mem, n := uvarint(b[2:])
	if n <= 0 || len(b) < 2+n+1+linkSaltSize {
		return k, nil, damaged("header cut short")
	}
	k.Threads = b[2+n]
	k.Salt = b[2+n+1 : 2+n+1+linkSaltSize]
	rest = b[2+n+1+linkSaltSize:]
	k.Memory = uint32(min(mem, 1<<32-1))
	switch err := k.Check(); {
	case errors.Is(err, seal.ErrImpossible):
		return k, nil, damaged("impossible KDF settings")
	case err != nil:
		return k, nil, newerFormat("KDF settings above this app's limits")
	}
	return k, rest, nil
}

// Every link has a fresh random salt and therefore its own key, which is used
// for exactly one message; a fixed nonce is then safe and saves the twelve
// bytes (sixteen characters) a random one would add to the link.
var zeroNonce [seal.NonceSize]byte

// open decrypts a protected link's body. Because the link's checksum
// already passed, a failure here means the passphrase is wrong.
func open(passphrase string, k seal.Params, header, ciphertext []byte) ([]byte, error) {
	plain, err := seal.Open(passphrase, k, zeroNonce[:], header, ciphertext)
	switch {
	case errors.Is(err, seal.ErrNoPassphrase):
		return nil, &detail{ErrNeedsPassphrase, "no passphrase given"}
	case err != nil:
		return nil, &detail{ErrWrongPassphrase, "authentication failed"}
	}
	return plain, nil
}
