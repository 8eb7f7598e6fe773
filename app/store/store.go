package store

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"mend/app/plan"
)

// The keys this package uses in a Backend. Every value under them is valid
// JSON.
const (
	// Key holds the document.
	Key = "mend.doc"
	// PreviousKey holds the document as it was before the first save of the
	// latest Store that saved (see the package documentation).
	PreviousKey = "mend.doc.previous"
	// SetAsidePrefix starts the key of every copy of unreadable text that
	// StartFresh or RestorePrevious moved out of the way; the rest of the key
	// is the time it was moved, such as "2026-11-22T10-15-00Z".
	SetAsidePrefix = "mend.doc.unreadable-"
)

// Problem says that the stored data cannot be read. The Store keeps the raw
// text and refuses to save over it until the user chooses
// Store.StartFresh or Store.RestorePrevious; offer Raw as a download first.
type Problem struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Kind    Kind   // KindCorrupt, KindShape, KindNewer or KindStorage
	Message string // plain words for the user
	Raw     string // the stored text exactly as read; empty for KindStorage
	// Err is the technical cause, for logs; it wraps ErrUnreadable,
	// ErrNewerVersion or ErrStorage.
	Err error
	// PreviousUpdated is when the readable earlier copy that
	// RestorePrevious would bring back was saved (RFC 3339), or "" if there
	// is no readable earlier copy.
	PreviousUpdated string
	// HasPrevious reports whether there is a readable earlier copy.
	HasPrevious bool
}

func (p *Problem) Error() string {
	return fmt.Sprintf("store: %s: %v", p.Kind, p.Err)
}

// Unwrap returns the cause, so errors.Is finds the sentinel errors.
func (p *Problem) Unwrap() error { return p.Err }

// Store is the user's document, loaded from a Backend and saved back to it.
// Its methods are safe for concurrent use. Open one Store per page load.
type Store struct {
	mu      sync.Mutex
	backend Backend
	now     func() time.Time

	doc     Document
	raw     string // the stored text as this Store last read or wrote it
	present bool   // whether Key held a value then
	problem *Problem
	// backedUp records that this Store already copied the stored document
	// to PreviousKey, so later saves leave that copy alone.
	backedUp bool
}

// Open loads the document from b. now gives the time of each save (nil means
// time.Now).
//
// It always returns a usable Store. With nothing stored, the document is
// empty. If the stored text cannot be read, or b fails, Open also returns
// a Problem: the Store's document is then empty and every save is refused
// until the user chooses StartFresh or RestorePrevious, so the raw text is
// never overwritten. Open itself never writes.
func Open(b Backend, now func() time.Time) (*Store, *Problem) {
	if now == nil {
		now = time.Now
	}
	s := &Store{backend: b, now: now, doc: Empty()}
	raw, ok, err := b.Get(Key)
	if err != nil {
		s.problem = &Problem{Kind: KindStorage, Message: msgStorageOpen, Err: wrap(ErrStorage, err)}
		return s, s.copyProblem()
	}
	if !ok {
		return s, nil
	}
	d, err := Decode([]byte(raw))
	s.raw, s.present = raw, true
	if err != nil {
		s.problem = s.newProblem(raw, err)
		return s, s.copyProblem()
	}
	s.doc = d
	return s, nil
}

// msgStorageOpen is the message when storage cannot be read at all.
const msgStorageOpen = "Mend couldn't open this browser's storage, so it can't show or save your notes right now. " +
	"Nothing has been changed. Please reload the page."

// newProblem describes unreadable raw text.
func (s *Store) newProblem(raw string, err error) *Problem {
	p := &Problem{Kind: decodeKind(err), Raw: raw, Err: err}
	switch p.Kind {
	case KindCorrupt:
		p.Message = msgCorrupt
	case KindNewer:
		p.Message = msgNewer
	default:
		p.Message = msgShape
	}
	if prev, ok, err := s.backend.Get(PreviousKey); err == nil && ok {
		if d, err := Decode([]byte(prev)); err == nil {
			p.HasPrevious, p.PreviousUpdated = true, d.Updated
		}
	}
	return p
}

func (s *Store) copyProblem() *Problem {
	if s.problem == nil {
		return nil
	}
	p := *s.problem
	return &p
}

// Doc returns a deep copy of the document.
func (s *Store) Doc() Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.doc.Clone()
}

// Problem returns the Store's current problem with the stored data, or nil.
func (s *Store) Problem() *Problem {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.copyProblem()
}

// Update changes the document and saves it. It re-reads the stored document
// first and, if another tab changed it, applies change to that fresher copy
// (which the Store adopts), so edits in two tabs to different fields are both
// kept. change gets a deep copy; Update then sets V and Updated, checks the
// result with Document.Validate and saves it, first copying the stored
// document to PreviousKey if this Store has not done so yet.
//
// On any failure the stored data and the Store's document are as they were
// before, and the error is an *Error with a Kind and a Message for the user:
// KindQuota when storage is full, KindInvalid when the change would make the
// document invalid, KindUnreadable while there is a Problem (or another tab
// left unreadable text), KindStorage when the Backend fails otherwise.
//
// Update does not Normalize the plan: the plan page adds an empty entry and
// then the user types into it, and Normalize would drop it.
func (s *Store) Update(change func(*Document)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.problem != nil {
		return s.refusal()
	}
	raw, ok, err := s.backend.Get(Key)
	if err != nil {
		return saveError(err)
	}
	if raw != s.raw || ok != s.present {
		if err := s.adopt(raw, ok); err != nil {
			return s.refusal()
		}
	}
	next := s.doc.Clone()
	change(&next)
	next.V = Version
	next.Updated = s.now().UTC().Format(time.RFC3339)
	if err := next.Validate(); err != nil {
		return &Error{Kind: KindInvalid, Message: invalidMessage(err), Err: wrap(ErrInvalid, err)}
	}
	return s.save(next)
}

// refusal is the error for a save refused because of s.problem.
func (s *Store) refusal() error {
	if s.problem.Kind == KindStorage {
		return &Error{Kind: KindStorage, Message: msgStorage, Err: s.problem.Err}
	}
	return &Error{Kind: KindUnreadable, Message: msgUnreadable, Err: s.problem.Err}
}

// invalidMessage says what part of a change does not fit, in the plan's own
// plain words when it can.
func invalidMessage(err error) string {
	if fe, ok := errors.AsType[*plan.FieldError](err); ok {
		return "This change wasn't saved because one part of it " + fe.Problem + ". Your earlier notes are safe."
	}
	return msgInvalid
}

// adopt makes the stored text raw (ok says whether there was any) the
// Store's document. If it cannot be read, the Store keeps its document, takes
// on a Problem, and adopt returns it.
func (s *Store) adopt(raw string, ok bool) error {
	if !ok {
		s.doc, s.raw, s.present = Empty(), "", false
		return nil
	}
	d, err := Decode([]byte(raw))
	if err != nil {
		s.problem = s.newProblem(raw, err)
		return s.problem
	}
	s.doc, s.raw, s.present = d, raw, true
	return nil
}

// save writes next, keeping the stored document under PreviousKey first.
func (s *Store) save(next Document) error {
	out, err := json.Marshal(next)
	if err != nil {
		return &Error{Kind: KindInvalid, Message: msgGeneric, Err: wrap(ErrInvalid, err)}
	}
	if !s.backedUp && s.present {
		if err := s.backend.Set(PreviousKey, s.raw); err != nil {
			return saveError(err)
		}
	}
	if err := s.backend.Set(Key, string(out)); err != nil {
		return saveError(err)
	}
	s.backedUp = true
	s.doc, s.raw, s.present = next, string(out), true
	return nil
}

// Reload re-reads the stored document, as after a storage event from another
// tab. If it changed and can be read, the Store adopts it and changed is
// true. If it changed and cannot be read, the Store keeps showing its
// document, refuses to save, and returns the Problem; this clears again when
// a later Reload finds readable data (another tab chose StartFresh, say).
func (s *Store) Reload() (changed bool, p *Problem) {
	s.mu.Lock()
	defer s.mu.Unlock()
	raw, ok, err := s.backend.Get(Key)
	if err != nil {
		return false, &Problem{Kind: KindStorage, Message: msgStorageOpen, Err: wrap(ErrStorage, err)}
	}
	if raw == s.raw && ok == s.present {
		return false, s.copyProblem()
	}
	if err := s.adopt(raw, ok); err != nil {
		return false, s.copyProblem()
	}
	s.problem = nil
	return true, nil
}

// setAsideCopy is how unreadable text is kept under a SetAsidePrefix key:
// wrapped in JSON, since go-app parses every key as JSON at start-up.
type setAsideCopy struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	At        string `json:"set_aside"`            // RFC 3339
	Kind      string `json:"kind"`                 // the Problem kind, or "replaced"
	Raw       string `json:"raw,omitempty"`        // the text, when it is valid UTF-8
	RawBase64 string `json:"raw_base64,omitempty"` // otherwise its bytes
}

// SetAsideCopy is a copy of stored text that StartFresh or RestorePrevious
// moved out of the way.
type SetAsideCopy struct {
	Key  string // where it is kept
	At   string // when it was set aside, RFC 3339
	Kind string // why: the Problem kind, or "replaced"
	Raw  string // the text exactly as it was stored
}

// setAside copies raw to a new SetAsidePrefix key and returns the key.
func (s *Store) setAside(raw, kind string) (string, error) {
	now := s.now().UTC()
	c := setAsideCopy{At: now.Format(time.RFC3339), Kind: kind}
	if utf8.ValidString(raw) {
		c.Raw = raw
	} else {
		c.RawBase64 = base64.StdEncoding.EncodeToString([]byte(raw))
	}
	out, err := json.Marshal(c)
	if err != nil {
		return "", err
	}
	base := SetAsidePrefix + now.Format("2006-01-02T15-04-05Z")
	key := base
	for i := 2; ; i++ {
		_, taken, err := s.backend.Get(key)
		if err != nil {
			return "", saveError(err)
		}
		if !taken {
			break
		}
		key = base + "-" + strconv.Itoa(i)
	}
	if err := s.backend.Set(key, string(out)); err != nil {
		if errors.Is(err, ErrQuota) {
			return "", &Error{Kind: KindQuota, Message: msgNoRoomToSetAside, Err: err}
		}
		return "", saveError(err)
	}
	return key, nil
}

const msgNoRoomToSetAside = "There isn't room in this browser to keep a copy of the unreadable notes, so nothing was changed. " +
	"Download them first; then you can start fresh without keeping a copy here."

// StartFresh begins again with an empty document, after first moving
// whatever is stored (normally the unreadable text of a Problem) to a new
// key starting with SetAsidePrefix, where it stays until the user deletes
// everything. Use it only when the user chose it. If there is no room for
// that copy it fails with KindQuota and changes nothing; offer the download,
// then StartFreshWithoutCopy.
func (s *Store) StartFresh() error {
	return s.startFresh(true)
}

// StartFreshWithoutCopy begins again with an empty document without keeping
// a copy of what was stored. Offer it only after the user downloaded
// Problem.Raw, when StartFresh failed for lack of room.
func (s *Store) StartFreshWithoutCopy() error {
	return s.startFresh(false)
}

func (s *Store) startFresh(keepCopy bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	raw, ok, err := s.backend.Get(Key)
	if err != nil {
		return saveError(err)
	}
	if ok && keepCopy {
		if _, err := s.setAside(raw, s.problemKind()); err != nil {
			return err
		}
	}
	doc := Empty()
	doc.Updated = s.now().UTC().Format(time.RFC3339)
	out, _ := json.Marshal(doc) // an empty document always marshals
	if err := s.backend.Set(Key, string(out)); err != nil {
		return saveError(err)
	}
	// PreviousKey keeps the last readable copy; an empty document is no
	// better a backup than that.
	s.backedUp = true
	s.doc, s.raw, s.present, s.problem = doc, string(out), true, nil
	return nil
}

func (s *Store) problemKind() string {
	if s.problem == nil {
		return "replaced"
	}
	return string(s.problem.Kind)
}

// RestorePrevious replaces the stored document with the earlier copy under
// PreviousKey, if that copy can be read. Whatever was stored is first set
// aside (as by StartFresh) unless it is the same text, so nothing is lost.
// It fails with KindNoPrevious, changing nothing, if there is no readable
// earlier copy.
func (s *Store) RestorePrevious() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev, ok, err := s.backend.Get(PreviousKey)
	if err != nil {
		return saveError(err)
	}
	if !ok {
		return &Error{Kind: KindNoPrevious, Message: msgNoPrevious, Err: ErrNoPrevious}
	}
	d, err := Decode([]byte(prev))
	if err != nil {
		return &Error{Kind: KindNoPrevious, Message: msgNoPrevious, Err: wrap(ErrNoPrevious, err)}
	}
	raw, present, err := s.backend.Get(Key)
	if err != nil {
		return saveError(err)
	}
	if present && raw != prev {
		if _, err := s.setAside(raw, s.problemKind()); err != nil {
			return err
		}
	}
	d.Updated = s.now().UTC().Format(time.RFC3339)
	out, err := json.Marshal(d)
	if err != nil {
		return &Error{Kind: KindInvalid, Message: msgGeneric, Err: err}
	}
	if err := s.backend.Set(Key, string(out)); err != nil {
		return saveError(err)
	}
	s.backedUp = true
	s.doc, s.raw, s.present, s.problem = d, string(out), true, nil
	return nil
}

// SetAside returns the copies StartFresh and RestorePrevious set aside,
// oldest first, so the UI can offer them as downloads. It returns nil if the
// Backend cannot list its keys (see Lister).
func (s *Store) SetAside() ([]SetAsideCopy, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys, err := s.setAsideKeys()
	if err != nil {
		return nil, err
	}
	var copies []SetAsideCopy
	for _, k := range keys {
		v, ok, err := s.backend.Get(k)
		if err != nil {
			return nil, saveError(err)
		}
		if !ok {
			continue
		}
		c := SetAsideCopy{Key: k, Raw: v}
		var w setAsideCopy
		if json.Unmarshal([]byte(v), &w) == nil {
			c.At, c.Kind, c.Raw = w.At, w.Kind, w.Raw
			if w.RawBase64 != "" {
				if b, err := base64.StdEncoding.DecodeString(w.RawBase64); err == nil {
					c.Raw = string(b)
				}
			}
		}
		copies = append(copies, c)
	}
	return copies, nil
}

func (s *Store) setAsideKeys() ([]string, error) {
	l, ok := s.backend.(Lister)
	if !ok {
		return nil, nil
	}
	all, err := l.Keys()
	if err != nil {
		return nil, saveError(err)
	}
	var keys []string
	for _, k := range all {
		if strings.HasPrefix(k, SetAsidePrefix) {
			keys = append(keys, k)
		}
	}
	return keys, nil
}

// Prefix starts every key Mend keeps in a Backend: the document and its
// copies, the partner's kept copy (KeptKey), and anything a later version
// adds. DeleteEverything removes every key that starts with it.
const Prefix = "mend."

// DeleteEverything removes everything Mend stored in the Backend: every key
// starting with Prefix — the document, the earlier copy, every set-aside
// copy, the partner's kept copy, and whatever else is there under Mend's
// prefix. (A Backend that cannot list its keys loses the keys this package
// knows by name.) The Store is then empty and without a Problem. Ask the
// user to confirm first; this cannot be undone.
func (s *Store) DeleteEverything() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := []string{Key, PreviousKey, KeptKey}
	if l, ok := s.backend.(Lister); ok {
		all, err := l.Keys()
		if err != nil {
			return saveError(err)
		}
		keys = keys[:0]
		for _, k := range all {
			if strings.HasPrefix(k, Prefix) {
				keys = append(keys, k)
			}
		}
	}
	for _, k := range keys {
		if err := s.backend.Remove(k); err != nil {
			return saveError(err)
		}
	}
	s.doc, s.raw, s.present, s.problem, s.backedUp = Empty(), "", false, nil, false
	return nil
}
