package store

import (
	"errors"
	"fmt"
)

// Sentinel errors, to be tested with errors.Is. Errors returned by this
// package wrap one of them, usually inside an *Error that also carries a
// message for the user.
var (
	// ErrQuota means the browser's storage for Mend is full. A Backend's Set
	// must return an error wrapping ErrQuota in that case.
	ErrQuota = errors.New("storage quota exceeded")
	// ErrUnreadable means stored or imported text is not a document Mend can
	// read: not JSON, the wrong shape, or data that fails validation.
	ErrUnreadable = errors.New("data cannot be read")
	// ErrNewerVersion means the data was written by a newer version of Mend.
	ErrNewerVersion = errors.New("data is from a newer version of Mend")
	// ErrNeedsPassphrase means a backup file is encrypted and no passphrase
	// was given.
	ErrNeedsPassphrase = errors.New("backup needs a passphrase")
	// ErrWrongPassphrase means the passphrase does not open the backup file,
	// or the file was changed after it was made.
	ErrWrongPassphrase = errors.New("wrong passphrase or damaged backup")
	// ErrNotABackup means a file given to Import is not a Mend backup.
	ErrNotABackup = errors.New("not a Mend backup")
	// ErrInvalid means a change would leave the document invalid (see
	// Document.Validate), so it was not saved.
	ErrInvalid = errors.New("invalid document")
	// ErrStorage means the browser's storage could not be used at all (for
	// example, it threw an error other than a full quota).
	ErrStorage = errors.New("storage unavailable")
	// ErrNoPrevious means there is no readable earlier copy to restore.
	ErrNoPrevious = errors.New("no readable earlier copy")
	// ErrPersistenceUnavailable means the browser cannot be asked to keep
	// storage persistent (navigator.storage.persist is missing).
	ErrPersistenceUnavailable = errors.New("persistent storage cannot be requested")
)

// Kind names a class of failure of an Error or a Problem, stable enough for
// the UI to choose what to offer and for a test to check for; it is the
// same idiom as share.Kind. Test for a failure with errors.Is and the
// sentinel errors, or with KindOf.
type Kind string

// The kinds of Error and Problem.
const (
	KindQuota           Kind = "quota"            // storage full
	KindStorage         Kind = "storage"          // storage blocked or failing
	KindCorrupt         Kind = "corrupt"          // stored text is not JSON
	KindShape           Kind = "shape"            // JSON, but not a Mend document, or invalid
	KindNewer           Kind = "newer"            // written by a newer version of Mend
	KindUnreadable      Kind = "unreadable"       // saving refused: stored data is unreadable
	KindInvalid         Kind = "invalid"          // a change would make the document invalid
	KindNoPrevious      Kind = "no-previous"      // no earlier copy to restore
	KindNotABackup      Kind = "not-a-backup"     // an imported file is not a Mend backup
	KindNeedsPassphrase Kind = "needs-passphrase" // an imported file is encrypted
	KindWrongPassphrase Kind = "wrong-passphrase" // the passphrase does not open it
)

// KindOf returns the Kind of err (an *Error or a *Problem, or an error
// wrapping one), or "" if err is neither.
func KindOf(err error) Kind {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Kind
	}
	if p, ok := errors.AsType[*Problem](err); ok {
		return p.Kind
	}
	return ""
}

// Error is an error this package returns from a save, a restore or an
// import: what kind of failure it was, a short message for the user, and the
// underlying error for logs and errors.Is.
type Error struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Kind    Kind   // what kind of failure
	Message string // plain words for the user; see UserMessage
	Err     error  // the cause, wrapping one of the sentinel errors
}

func (e *Error) Error() string {
	if e.Err == nil {
		return "store: " + string(e.Kind)
	}
	return fmt.Sprintf("store: %s: %v", e.Kind, e.Err)
}

// Unwrap returns the cause, so errors.Is finds the sentinel errors.
func (e *Error) Unwrap() error { return e.Err }

// Messages for the user, written for someone who is already having a hard
// day: what happened, that their words are safe, and what to do next.
const (
	msgQuota = "Your phone's storage for Mend is full, so this change wasn't saved. " +
		"Your earlier notes are safe. Export a backup, then delete old drafts to make room."
	msgStorage = "Mend couldn't reach this browser's storage, so this change wasn't saved. " +
		"Your earlier notes are safe. Please try again in a moment."
	msgCorrupt = "Mend couldn't read the notes saved in this browser, so it hasn't changed them. " +
		"You can download them as they are, go back to the last copy that worked, or start fresh."
	msgShape = "The notes saved in this browser aren't in a form Mend understands, so it hasn't changed them. " +
		"You can download them as they are, go back to the last copy that worked, or start fresh."
	msgNewer = "Your notes were saved by a newer version of Mend. " +
		"Reload the page to get the update; nothing has been changed or lost."
	msgUnreadable = "This change wasn't saved, because Mend is keeping your unreadable notes safe until you decide what to do with them."
	msgInvalid    = "This change wasn't saved because part of it doesn't fit. Your earlier notes are safe."
	msgNoPrevious = "There is no earlier copy of your notes to go back to. Nothing has been changed."
	msgNotABackup = "This file isn't a Mend backup, so nothing was imported. Your notes here are unchanged."
	msgNeedsPass  = "This backup is locked with a passphrase. Type the passphrase to open it."
	msgWrongPass  = "That passphrase doesn't open this backup. Check for typos and capital letters, then try again. Nothing has been changed."
	msgGeneric    = "Something went wrong, so this change wasn't saved. Your earlier notes are safe."
)

// UserMessage returns short, kind, concrete text about err for the person
// using Mend: the Message of an *Error if there is one, otherwise a message
// chosen by the sentinel error err wraps. It returns "" for a nil error.
func UserMessage(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := errors.AsType[*Error](err); ok && e.Message != "" {
		return e.Message
	}
	if p, ok := errors.AsType[*Problem](err); ok && p.Message != "" {
		return p.Message
	}
	switch {
	case errors.Is(err, ErrQuota):
		return msgQuota
	case errors.Is(err, ErrNewerVersion):
		return msgNewer
	case errors.Is(err, ErrNeedsPassphrase):
		return msgNeedsPass
	case errors.Is(err, ErrWrongPassphrase):
		return msgWrongPass
	case errors.Is(err, ErrNotABackup):
		return msgNotABackup
	case errors.Is(err, ErrUnreadable):
		return msgCorrupt
	case errors.Is(err, ErrInvalid):
		return msgInvalid
	case errors.Is(err, ErrNoPrevious):
		return msgNoPrevious
	case errors.Is(err, ErrStorage):
		return msgStorage
	}
	return msgGeneric
}

// wrap returns err wrapped in sentinel, as fmt.Errorf("%w: %w") does: one
// copy of that call, kept out of line, instead of one at each of a dozen
// places in the WebAssembly.
//
//go:noinline
func wrap(sentinel, err error) error { return fmt.Errorf("%w: %w", sentinel, err) }

// saveError turns a Backend failure during a save into an *Error.
func saveError(err error) *Error {
	if errors.Is(err, ErrQuota) {
		return &Error{Kind: KindQuota, Message: msgQuota, Err: err}
	}
	return &Error{Kind: KindStorage, Message: msgStorage, Err: wrap(ErrStorage, err)}
}
