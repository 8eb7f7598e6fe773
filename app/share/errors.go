package share

import "errors"

// Kind names a class of problem with a share link, stable enough for the UI
// to choose an icon or a test to check for.
type Kind string

// The kinds of problem a share link can have.
const (
	KindDamaged         Kind = "damaged"          // cut off, altered or not a Mend link at all
	KindTooLong         Kind = "too-long"         // longer than the app will open or make
	KindNeedsPassphrase Kind = "needs-passphrase" // protected, and no passphrase was given
	KindWrongPassphrase Kind = "wrong-passphrase" // protected, and the passphrase does not open it
	KindNewerFormat     Kind = "newer-format"     // made by a newer version of the app
	KindWrongKind       Kind = "wrong-kind"       // a reply opened as a plan, or a plan as a reply
	KindUnavailable     Kind = "unavailable"      // the app lacks the codec's data (see Load): no link can be made or read
)

// Error is a problem with a share link that the person holding the link can
// do something about. The exported Err* values are the only Errors; the codec
// wraps them with details, so test for them with errors.Is and show
// UserMessage(err) to the user.
type Error struct {
	Kind    Kind
	Message string // plain words for the person holding the link
}

// Error says which kind of problem the link has, for logs; show Message to
// people.
func (e *Error) Error() string { return "share: " + string(e.Kind) + " link" }

// The errors Decode and Encode return; each wrapped with what exactly went wrong.
var (
	ErrDamaged = &Error{KindDamaged,
		"This link is damaged or cut off — ask for it again."}
	ErrTooLong = &Error{KindTooLong,
		"This link is too long to open. Ask for a new link that shares fewer sections."}
	ErrNeedsPassphrase = &Error{KindNeedsPassphrase,
		"This plan is protected. Type the passphrase you were given to open it."}
	ErrWrongPassphrase = &Error{KindWrongPassphrase,
		"That passphrase doesn't open this plan. Check the words and try again."}
	ErrNewerFormat = &Error{KindNewerFormat,
		"This link was made by a newer version of Mend. Reload the page to update the app, then open the link again."}
	// ErrIsReply is a reply link opened where a plan was expected, and
	// ErrIsPlan a plan link opened where a reply was expected. Both have
	// KindWrongKind; the page can offer to open the link where it belongs.
	ErrIsReply = &Error{KindWrongKind,
		"This link is not a plan: it is a reply someone wrote back to a plan. It opens on the reply page."}
	ErrIsPlan = &Error{KindWrongKind,
		"This link is not a reply: it is a shared plan, to read. It opens on the plan page."}
	// ErrUnavailable is every link made or read by an app that has not
	// got the codec's data (Ready is false): nothing is wrong with the
	// link or the plan.
	ErrUnavailable = &Error{KindUnavailable,
		"Part of Mend did not load, so links can't be made or opened just now. Your plan is safe. Reload the page to try again."}
)

// genericMessage is shown for errors that are not about the link itself.
const genericMessage = "Something went wrong while reading this link. Please try again."

// UserMessage returns what to tell the user about err, in plain words. For an
// error that is not one of the Err* values (or wraps one) it returns a short
// generic message; for nil it returns "".
func UserMessage(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Message
	}
	return genericMessage
}

// KindOf returns the Kind of err, or "" if err is not a share link error.
func KindOf(err error) Kind {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Kind
	}
	return ""
}

// detail wraps one of the Err* values with what exactly went wrong, for logs
// and tests; errors.Is and UserMessage see through it. Details are fixed
// strings, not formatted messages: every fmt call site costs the
// WebAssembly build more than the detail is worth.
type detail struct {
	err  *Error
	what string
}

func (d *detail) Error() string { return d.err.Error() + ": " + d.what }
func (d *detail) Unwrap() error { return d.err }

func damaged(what string) error     { return &detail{ErrDamaged, what} }
func tooLong(what string) error     { return &detail{ErrTooLong, what} }
func newerFormat(what string) error { return &detail{ErrNewerFormat, what} }

// wrongKind is the error for a link of kind got opened as the other kind.
func wrongKind(got byte) error {
	if got == kindReply {
		return &detail{ErrIsReply, "a reply link opened as a plan"}
	}
	return &detail{ErrIsPlan, "a plan link opened as a reply"}
}
