// Package share turns the parts of a repair plan the user chooses to share
// into a read-only link for their partner, and back; and the partner's
// reply (questions and needs, see EncodeReply) into a link back to the user.
//
// The whole plan travels in the link's fragment (after '#'), which browsers
// never send to a server:
//
//	https://example.org/view#2<base64url payload>/
//
// The payload is a flags byte, the shared fields in a fixed order,
// raw deflate with a preset dictionary of common plan phrases, optional
// passphrase protection (Argon2id and AES-256-GCM), and a CRC-32. Decode is
// forgiving about what messengers and mailers do to links (line breaks,
// escaped '#', trailing punctuation, tracking parameters) and strict about
// everything else: a link that was cut off or altered is always reported as
// damaged, never shown as a different plan.
//
// The package is pure Go, so it runs the same natively and in the browser
// under WebAssembly. The app the site ships (-tags fetchdata) carries its
// dictionaries and word list only once Load has been given them (data.go).
package share

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"mend/app/plan"
	"mend/app/route"
	"mend/app/seal"
)

// Link lengths. Decode refuses fragments longer than MaxFragmentLen and Encode
// never makes one; the share page's meter warns from LongLinkLen (some apps
// cut links around 2,000 characters) and refuses from MaxLinkLen (chat apps
// cut at about 4,000).
const (
	MaxFragmentLen = 8 << 10
	LongLinkLen    = 1900
	MaxLinkLen     = 4000
)

// Options are the choices for one share link.
type Options struct {
	// SharedAt is when the link was made (kept to the minute); the zero
	// value means now.
	SharedAt time.Time
	// Version is the plan's share sequence number (1 for the first link,
	// 2 for the next …), shown to the partner. It must not be negative.
	Version int
	// Passphrase, if not empty, protects the link: the partner must type it
	// to open it. Case and spacing do not matter (see SuggestPassphrase).
	Passphrase string
	// Rand is the source of the passphrase salt; nil means crypto/rand.
	// Tests set it to make links reproducible.
	Rand io.Reader
}

// Shared is what a link carries.
type Shared struct {
	// Plan holds only the shared sections, plus the day the repair began.
	// Entry IDs are short tags made from the author's IDs: they stay the
	// same from one link to the next, so a partner's kept copy can be
	// compared with a newer link, but they are not the author's IDs.
	Plan plan.Plan
	// Sections are the shared sections, in display order. A shared section
	// may be empty.
	Sections []plan.Section
	// SharedAt is when the link was made, to the minute, in local time.
	SharedAt time.Time
	// Version is the plan's share sequence number (see Options.Version).
	Version int
	// Protected reports whether the link needed a passphrase.
	Protected bool
}

// Encode makes the fragment of a link (without '#') that shares sections of
// p. Everything outside those sections is left out, except p.Started. Every
// fragment Encode returns opens with Decode; a plan too big for that gives
// ErrTooLong. Text must be valid UTF-8 (plan.Validate checks that).
func Encode(p plan.Plan, sections []plan.Section, opts Options) (string, error) {
	c, err := newContent(p, sections, opts)
	if err != nil {
		return "", err
	}
	record, err := c.record()
	if err != nil {
		return "", err
	}
	dictID, body := compress(record)
	return wrap(kindPlan, dictID, body, opts.Passphrase, opts.Rand)
}

// wrap makes a fragment of a compressed record: the header with the link's
// kind and dictionary, passphrase protection if passphrase is not empty
// (the salt from r, nil meaning crypto/rand), and the checksum. It is the
// one way plan links and reply links are made.
func wrap(kind, dictID byte, body []byte, passphrase string, r io.Reader) (string, error) {
	if !Ready() {
		return "", ErrUnavailable
	}
	header := []byte{formatVersion, kind | dictID}
	if passphrase != "" {
		if seal.Normalize(passphrase) == "" {
			return "", errors.New("share: the passphrase is only spaces")
		}
		k, err := seal.New(r)
		if err != nil {
			return "", fmt.Errorf("share: making a salt: %w", err)
		}
		header[1] |= flagEncrypted
		header = appendKDF(header, k)
		if body, err = seal.Seal(passphrase, k, zeroNonce[:], header, body); err != nil {
			return "", fmt.Errorf("share: sealing: %w", err)
		}
	}
	frag := (&container{header: header, body: body}).fragment()
	if len(frag) > MaxFragmentLen {
		return "", tooLong("fragment over MaxFragmentLen")
	}
	return frag, nil
}

// newContent is what a link sharing sections of p carries, before the
// record is written.
func newContent(p plan.Plan, sections []plan.Section, opts Options) (*content, error) {
	// A need the partner proposed is not shown back to them as agreed.
	c := &content{plan: p.WithoutProposals()}
	for _, s := range sections {
		bit, ok := sectionBit(s)
		if !ok {
			return nil, fmt.Errorf("share: unknown section %q", s)
		}
		c.sections |= 1 << bit
	}
	at := opts.SharedAt
	if at.IsZero() {
		at = time.Now()
	}
	if at.Unix() < 0 {
		return nil, fmt.Errorf("share: SharedAt %v is before 1970", at)
	}
	if opts.Version < 0 {
		return nil, fmt.Errorf("share: negative version %d", opts.Version)
	}
	c.sharedAt, c.version = at.Unix()/60, uint64(opts.Version)
	return c, nil
}

// record is the record of c, refused when it is bigger than any link
// carries.
func (c *content) record() ([]byte, error) {
	record, err := c.marshal()
	if err == nil && len(record) > maxContent {
		err = tooLong("record over maxContent")
	}
	return record, err
}

// toShared is what a partner reads from c.
func (c *content) toShared(protected bool) Shared {
	out := Shared{
		Plan:      c.plan,
		SharedAt:  time.Unix(c.sharedAt*60, 0),
		Version:   int(c.version),
		Protected: protected,
	}
	for _, s := range plan.Sections {
		if c.shared(s.ID) {
			out.Sections = append(out.Sections, s.ID)
		}
	}
	return out
}

// Link returns the full link for a fragment from Encode: origin (such as
// "https://example.org", with or without a trailing slash) + route.View + "#" +
// fragment.
func Link(origin, fragment string) string {
	return strings.TrimRight(origin, "/") + route.View + "#" + fragment
}

// Decode reads a link: a full URL, or just its fragment with or without '#'
// (as in location.hash). passphrase is used only for a protected link; pass
// "" until the user has typed one.
//
// Errors wrap ErrDamaged, ErrTooLong, ErrNeedsPassphrase, ErrWrongPassphrase
// or ErrNewerFormat; show UserMessage(err) to the user.
func Decode(fragmentOrURL, passphrase string) (Shared, error) {
	record, protected, err := unwrap(fragmentOrURL, passphrase, kindPlan)
	if err != nil {
		return Shared{}, err
	}
	ct, err := unmarshal(record)
	if err != nil {
		return Shared{}, err
	}
	return ct.toShared(protected), nil
}

// unwrap reads a link of the given kind back to its record: it cleans and
// checks the fragment, refuses a link of another kind, opens a protected
// link with passphrase and inflates the body. It is the one way plan links
// and reply links are read.
func unwrap(fragmentOrURL, passphrase string, kind byte) (record []byte, protected bool, err error) {
	if !Ready() {
		return nil, false, ErrUnavailable
	}
	frag, err := cleanFragment(fragmentOrURL)
	if err != nil {
		return nil, false, err
	}
	c, err := parseFragment(frag)
	if err != nil {
		return nil, false, err
	}
	if got := c.flags & flagKindMask; got != kind {
		return nil, false, wrongKind(got)
	}
	body := c.body
	protected = c.flags&flagEncrypted != 0
	if protected {
		if body, err = open(passphrase, c.kdf, c.header, body); err != nil {
			return nil, true, err
		}
	}
	record, err = inflate(body, c.flags&flagDictMask)
	return record, protected, err
}

// NeedsPassphrase reports whether a link is protected, so the page can ask for
// the passphrase before calling Decode. It is false for a damaged link (Decode
// says what is wrong with it).
func NeedsPassphrase(fragmentOrURL string) bool {
	frag, err := cleanFragment(fragmentOrURL)
	if err != nil {
		return false
	}
	c, err := parseFragment(frag)
	return err == nil && c.flags&flagEncrypted != 0
}
