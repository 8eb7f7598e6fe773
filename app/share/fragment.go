package share

import (
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"strings"
	"unicode"

	"mend/app/seal"
)

// The fragment is <formatVersion><base64url payload><endMarker>.
//
// The version character lets a future format change everything after it;
// the digits above formatVersion are reserved for that, so this app can say
// "made by a newer app" instead of "damaged". ('1' was the record layout
// of a development build, replaced before share links were released; such
// a link reads as damaged.) The end marker proves the link was not cut off. It is
// '/' because it is not in the base64url alphabet, needs no escaping in a
// fragment, and messengers and mailers keep it as part of a link (a trailing
// '_', '=', '.', '~' or '!' is often left out of the link they make).
const (
	formatVersion = '2'
	endMarker     = '/'
)

// The payload is: flags byte, [KDF block], body, CRC-32 (IEEE, big-endian)
// of the version character and everything before it.
const (
	flagDictMask  = 0x0f // dictionary ID
	flagEncrypted = 0x10 // body is AES-256-GCM, KDF block present
	flagKindMask  = 0xc0 // what the link is: kindPlan or kindReply
	flagsKnown    = flagDictMask | flagEncrypted | flagKindMask

	checksumSize = 4
)

// The kinds of link, in the flags byte. A plan link (the partner reads the
// plan) has none of the kind bits set, as every plan link made before reply
// links existed; a reply link (the partner writes back) is 0x40. An
// app older than reply links reads a reply's kind bit as a flag from a
// newer app and says so. The other two kinds are reserved.
const (
	kindPlan  = 0x00
	kindReply = 0x40
)

// linkEncoding is base64url without padding, refusing any spelling but the
// canonical one: otherwise the last character could change without changing
// the bytes, and an altered link would be accepted.
var linkEncoding = base64.RawURLEncoding.Strict()

// container is a parsed, checksum-verified payload.
type container struct {
	flags  byte
	kdf    seal.Params
	header []byte // what the ciphertext authenticates: version character, flags and KDF block
	body   []byte // deflate stream, encrypted if flags&flagEncrypted
}

// fragment writes the payload of c (whose body is already encrypted if it
// is to be) and returns the fragment.
func (c *container) fragment() string {
	payload := append(append([]byte{}, c.header[1:]...), c.body...)
	sum := crc32.ChecksumIEEE(append(append([]byte{}, c.header[:1]...), payload...))
	payload = binary.BigEndian.AppendUint32(payload, sum)
	return string(formatVersion) + linkEncoding.EncodeToString(payload) + string(endMarker)
}

// parseFragment checks a cleaned fragment and splits its payload.
func parseFragment(frag string) (*container, error) {
	if frag == "" {
		return nil, damaged("empty fragment")
	}
	switch v := frag[0]; {
	case v == formatVersion:
	case v > formatVersion && v <= '9':
		return nil, newerFormat("format version from a newer app")
	default:
		return nil, damaged("unknown format version")
	}
	if frag[len(frag)-1] != endMarker {
		return nil, damaged("no end marker: cut off")
	}
	payload, err := linkEncoding.DecodeString(frag[1 : len(frag)-1])
	if err != nil {
		return nil, damaged("base64: " + err.Error())
	}
	if len(payload) < 2+checksumSize {
		return nil, damaged("payload too short")
	}
	signed := append([]byte{formatVersion}, payload[:len(payload)-checksumSize]...)
	if crc32.ChecksumIEEE(signed) != binary.BigEndian.Uint32(payload[len(payload)-checksumSize:]) {
		return nil, damaged("checksum does not match")
	}
	c := &container{flags: signed[1]}
	if c.flags&^flagsKnown != 0 || c.flags&flagKindMask > kindReply {
		return nil, newerFormat("unknown flags")
	}
	rest := signed[2:]
	if c.flags&flagEncrypted != 0 {
		if c.kdf, rest, err = readKDF(rest); err != nil {
			return nil, err
		}
	}
	c.header = signed[:len(signed)-len(rest)]
	c.body = rest
	if len(c.body) == 0 {
		return nil, damaged("empty body")
	}
	return c, nil
}

// maxInput bounds the text Decode looks at before cleaning, so that a pasted
// novel is refused before any work is done on it.
const maxInput = 4 * MaxFragmentLen

// Escapes that cleanFragment undoes, each as its two hex digits and the
// character it stands for: spaces and line breaks a mailer escaped when it
// wrapped the link, then what link scanners escape.
const (
	wrapEscapes   = "20 0A 0a 0D 0d 09 "
	linkEscapes   = "23#2F/2f/3D=3d="
	escapeEntry   = 3 // bytes per entry: two hex digits and the character
	escapeMarkLen = 3 // "%" and two hex digits
)

// unescape replaces each "%XX" in s whose XX is listed in escapes with its
// character, reading from left to right and never rescanning what it
// wrote. (strings.NewReplacer does the same, but linked ~20 KB of code into
// the WebAssembly build for these two uses.)
func unescape(s, escapes string) string {
	var out []byte // nil until the first escape
	for i := 0; i < len(s); i++ {
		c, ok := s[i], false
		if c == '%' && i+escapeMarkLen <= len(s) {
			for j := 0; j+escapeEntry <= len(escapes); j += escapeEntry {
				if escapes[j:j+2] == s[i+1:i+3] {
					c, ok = escapes[j+2], true
					break
				}
			}
		}
		if ok && out == nil {
			out = append(make([]byte, 0, len(s)), s[:i]...)
		}
		if out != nil {
			out = append(out, c)
		}
		if ok {
			i += escapeMarkLen - 1
		}
	}
	if out == nil {
		return s
	}
	return string(out)
}

// cleanFragment undoes what messengers, mailers and link scanners do to a
// link and returns the bare fragment, without '#'. Anything it cannot explain
// that way is left in place for parseFragment to reject.
func cleanFragment(s string) (string, error) {
	if len(s) > maxInput {
		return "", tooLong("too much text pasted")
	}
	// A link wrapped by a mailer can reach location.hash with its spaces
	// and line breaks escaped: they go with the others.
	s = unescape(s, wrapEscapes)
	// Line breaks and spaces from wrapping, and invisible characters some
	// editors insert at wrap points.
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad' {
			return -1
		}
		return r
	}, s)
	// Link scanners escape '#' as %23, some twice (%2523), and may escape the
	// rest of the link with it when they wrap it in a redirect.
	for i := 0; i < 3 && strings.Contains(s, "%25"); i++ {
		s = strings.ReplaceAll(s, "%25", "%")
	}
	s = unescape(s, linkEscapes)

	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[i+1:]
	} else if strings.Contains(s, "://") {
		return "", damaged("a link without a fragment")
	} else {
		s = strings.TrimLeft(s, `<("'“‘«`)
	}
	// Redirectors and trackers append parameters: &utm_source=…, &fbclid=…
	if i := strings.IndexAny(s, "&?"); i >= 0 {
		s = s[:i]
	}
	// Sentence punctuation and brackets around a link, and base64 padding
	// (never written, but some tools add it).
	s = strings.TrimRight(s, `.,;:!?)]}>'"*_=”’»…`)
	s = strings.ReplaceAll(s, "=", "")
	if len(s) > MaxFragmentLen {
		return "", tooLong("fragment over MaxFragmentLen")
	}
	return s, nil
}
