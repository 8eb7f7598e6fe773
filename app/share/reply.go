package share

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"mend/app/plan"
	"mend/app/route"
	"mend/app/share/internal/deflate"
)

// A reply link goes the other way from a plan link: the person who was
// shared a plan writes back, with questions they want answered and what
// they need now, and sends the link to the author. It is made and read by
// the same machinery as a plan link (fragment, checksum, end marker,
// passphrase, limits); only the kind in its header and its record differ.
//
// The record is, in this order:
//
//	written at      Unix minutes
//	plan version    the share version of the plan replied to (0: none)
//	questions       one text: the questions joined with "\n"
//	needs           one text: the needs joined with "\n"
//	note            one text, may hold line breaks
//
// Joining the lines keeps the varint lengths, which deflate cannot shrink,
// out of the words. A newer app may add fields after the note; this app
// ignores them.

// Limits of a reply. A reply is a few lines written on a phone; the limits
// are far above that, and keep the link openable in every messenger.
const (
	MaxReplyLines    = 20   // questions, and needs, each
	MaxReplyLineLen  = 500  // characters in one question or need
	MaxReplyNoteLen  = 1000 // characters in the note
	maxReplyRecord   = 32 << 10
	dictReplyEnglish = 2 // the reply dictionary's ID
)

// Reply is what a reply link carries.
type Reply struct {
	// Questions they want answered, one line each, and Needs: what they
	// need from the author now, one line each. Neither holds an empty line.
	Questions, Needs []string
	// Note is an optional few words on how they are doing.
	Note string
	// WrittenAt is when the reply was made, to the minute.
	WrittenAt time.Time
	// PlanVersion is the share version of the plan they replied to, or 0.
	PlanVersion int
	// Protected reports whether the link needed a passphrase.
	Protected bool
}

// ReplyOptions are the choices for one reply link.
type ReplyOptions struct {
	// Passphrase, if not empty, protects the link, as for a plan link.
	Passphrase string
	// Rand is the source of the salt; nil means crypto/rand.
	Rand io.Reader
}

// Lines splits text typed one item per line into its lines, trimmed, with
// empty lines left out: what Questions and Needs hold.
func Lines(text string) []string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// IsEmpty reports whether r holds nothing to send.
func (r Reply) IsEmpty() bool {
	return len(r.Questions) == 0 && len(r.Needs) == 0 && strings.TrimSpace(r.Note) == ""
}

// ErrReplyTooLong is what EncodeReply says of a reply over the limits;
// ReplyMessage words it for the person writing.
var errReplyEmpty = errors.New("share: the reply is empty")

// EncodeReply makes the fragment of a reply link (without '#'). Questions
// and needs are cleaned as Lines does and the note is trimmed; a reply
// over the limits gives an error that wraps ErrTooLong, and an empty one an
// error of its own.
func EncodeReply(r Reply, opts ReplyOptions) (string, error) {
	rec, err := r.marshal()
	if err != nil {
		return "", err
	}
	return wrap(kindReply, dictReplyEnglish, deflate.Compress(rec, dictReply1), opts.Passphrase, opts.Rand)
}

// marshal writes the record of r, cleaned and checked.
func (r Reply) marshal() ([]byte, error) {
	questions, needs := cleanLines(r.Questions), cleanLines(r.Needs)
	note := strings.TrimSpace(strings.ReplaceAll(r.Note, "\r\n", "\n"))
	if len(questions) == 0 && len(needs) == 0 && note == "" {
		return nil, errReplyEmpty
	}
	if err := checkReply(questions, needs, note); err != nil {
		return nil, err
	}
	at := r.WrittenAt
	if at.IsZero() {
		at = time.Now()
	}
	if at.Unix() < 0 {
		return nil, fmt.Errorf("share: WrittenAt %v is before 1970", at)
	}
	if r.PlanVersion < 0 {
		return nil, fmt.Errorf("share: negative plan version %d", r.PlanVersion)
	}
	w := &recordWriter{}
	w.uint(uint64(at.Unix() / 60))
	w.uint(uint64(r.PlanVersion))
	w.text(strings.Join(questions, "\n"))
	w.text(strings.Join(needs, "\n"))
	w.text(note)
	if w.err != nil {
		return nil, w.err
	}
	return w.buf, nil
}

// cleanLines trims each line and drops the empty ones; a line with a line
// break inside becomes several.
func cleanLines(lines []string) []string {
	return Lines(strings.Join(lines, "\n"))
}

// checkReply refuses a reply over the limits, as too long.
func checkReply(questions, needs []string, note string) error {
	if len(questions) > MaxReplyLines || len(needs) > MaxReplyLines {
		return &detail{ErrTooLong, "too many lines"}
	}
	for _, l := range append(append([]string(nil), questions...), needs...) {
		if utf8.RuneCountInString(l) > MaxReplyLineLen {
			return &detail{ErrTooLong, "a line over MaxReplyLineLen"}
		}
	}
	if utf8.RuneCountInString(note) > MaxReplyNoteLen {
		return &detail{ErrTooLong, "note over MaxReplyNoteLen"}
	}
	return nil
}

// DecodeReply reads a reply link: a full URL, or its fragment with or
// without '#'. passphrase is used only for a protected link. Errors are
// the link errors Decode gives, and ErrIsPlan for a plan link; show
// ReplyMessage(err) to the user.
func DecodeReply(fragmentOrURL, passphrase string) (Reply, error) {
	rec, protected, err := unwrapReply(fragmentOrURL, passphrase)
	if err != nil {
		return Reply{}, err
	}
	r, err := unmarshalReply(rec)
	r.Protected = protected
	return r, err
}

// unwrapReply reads a reply link back to its record, capped lower than a
// plan's: a reply within the limits is far smaller.
func unwrapReply(fragmentOrURL, passphrase string) ([]byte, bool, error) {
	rec, protected, err := unwrap(fragmentOrURL, passphrase, kindReply)
	if err == nil && len(rec) > maxReplyRecord {
		err = &detail{ErrTooLong, "record over maxReplyRecord"}
	}
	return rec, protected, err
}

func unmarshalReply(rec []byte) (Reply, error) {
	rd := &recordReader{buf: rec}
	at := int64(rd.upTo(1 << 34))
	version := rd.upTo(1<<31 - 1)
	questions, needs, note := rd.text(), rd.text(), rd.text()
	if rd.err != nil {
		return Reply{}, rd.err
	}
	r := Reply{WrittenAt: time.Unix(at*60, 0), PlanVersion: int(version), Note: note}
	r.Questions, r.Needs = Lines(questions), Lines(needs)
	// Only what EncodeReply writes is accepted, so that each reply has one
	// spelling (and one ID).
	switch {
	case strings.Join(r.Questions, "\n") != questions || strings.Join(r.Needs, "\n") != needs:
		return Reply{}, damaged("lines not as EncodeReply writes them")
	case strings.TrimSpace(note) != note || strings.Contains(note, "\r"):
		return Reply{}, damaged("note not as EncodeReply writes it")
	case r.IsEmpty():
		return Reply{}, damaged("empty reply")
	}
	if err := checkReply(r.Questions, r.Needs, r.Note); err != nil {
		return Reply{}, err
	}
	return r, nil
}

// ReplyID names what a reply link says: the same words give the same ID
// however and whenever the link was made (with a passphrase or without, a
// minute later, after another version of the plan), so that adding the
// same reply twice adds nothing twice. It is sixteen lower-case letters and
// digits; for a link that does not decode it returns the error DecodeReply
// would. Reply.ID gives the same from a decoded Reply.
func ReplyID(fragmentOrURL, passphrase string) (string, error) {
	r, err := DecodeReply(fragmentOrURL, passphrase)
	if err != nil {
		return "", err
	}
	return r.ID(), nil
}

// ID returns the ID of r's words (see ReplyID), cleaned as EncodeReply
// cleans them.
func (r Reply) ID() string {
	w := &recordWriter{}
	w.text(strings.Join(cleanLines(r.Questions), "\n"))
	w.text(strings.Join(cleanLines(r.Needs), "\n"))
	w.text(strings.TrimSpace(strings.ReplaceAll(r.Note, "\r\n", "\n")))
	sum := sha256.Sum256(append([]byte("mend reply\x00"), w.buf...))
	return plan.IDLetters(sum[:10])
}

// ReplyLink returns the full link for a fragment from EncodeReply.
func ReplyLink(origin, fragment string) string {
	return strings.TrimRight(origin, "/") + route.Reply + "#" + fragment
}

// ReplyMessage returns what to tell the user about an error from
// EncodeReply or DecodeReply, in plain words.
func ReplyMessage(err error) string {
	if errors.Is(err, errReplyEmpty) {
		return "Write at least one question, need or note first."
	}
	// Where UserMessage's words are about a plan, these are about a reply.
	switch KindOf(err) {
	case KindTooLong:
		return "This reply is too long for one link. Try fewer or shorter lines."
	case KindNeedsPassphrase:
		return "This reply is protected. Type the passphrase they told you to open it."
	case KindWrongPassphrase:
		return "That passphrase doesn't open this reply. Check the words and try again."
	}
	return UserMessage(err)
}
