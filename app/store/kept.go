package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"mend/app/plan"
	"mend/app/share"
)

// KeptKey holds the copy of a shared plan that a partner chose to keep on
// their device. It is apart from the document (Key) because a partner is
// not writing a plan: their device holds only what they were sent, and only
// when they ask.
const KeptKey = "mend.kept-plan"

// KeptVersion is the version of the kept copy's format that SaveKept
// writes ("v").
const KeptVersion = 1

// Kept is a partner's kept copy: what a share link carried, and when it
// was kept.
type Kept struct {
	V        int            `json:"v"`
	Kept     string         `json:"kept"` // when it was kept, RFC 3339
	Plan     plan.Plan      `json:"plan"`
	Sections []plan.Section `json:"sections"`
	SharedAt time.Time      `json:"shared_at"`
	Version  int            `json:"version"` // the link's share sequence number
}

// KeepShared makes the kept copy of what a link carried, kept at now.
func KeepShared(sh share.Shared, now time.Time) Kept {
	return Kept{
		V:        KeptVersion,
		Kept:     now.UTC().Format(time.RFC3339),
		Plan:     sh.Plan,
		Sections: sh.Sections,
		SharedAt: sh.SharedAt,
		Version:  sh.Version,
	}
}

// Shared returns what the kept link carried, to compare with another link
// (share.Same, share.Compare).
func (k Kept) Shared() share.Shared {
	return share.Shared{Plan: k.Plan, Sections: k.Sections, SharedAt: k.SharedAt, Version: k.Version}
}

// LoadKept reads the kept copy from b. It returns nil when there is none.
// unreadable reports that something is stored under KeptKey that this
// Mend cannot read (damaged, edited by hand, or from a newer Mend): leave
// it alone until the partner chooses to keep another copy over it.
//
// The first kept copies (before KeptVersion 1) were stored without "v";
// LoadKept reads them as they are, since their fields are the same.
func LoadKept(b Backend) (k *Kept, unreadable bool, err error) {
	raw, ok, err := b.Get(KeptKey)
	if err != nil {
		return nil, false, wrap(ErrStorage, err)
	}
	if !ok {
		return nil, false, nil
	}
	kept, err := decodeKept([]byte(raw))
	if err != nil {
		return nil, true, nil
	}
	return &kept, false, nil
}

func decodeKept(raw []byte) (Kept, error) {
	var head struct {
		V *int `json:"v"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return Kept{}, wrap(ErrUnreadable, err)
	}
	switch {
	case head.V == nil: // version 0: as the view page first wrote it
	case *head.V > KeptVersion:
		return Kept{}, fmt.Errorf("%w: kept copy version %d", ErrNewerVersion, *head.V)
	case *head.V < 1:
		return Kept{}, fmt.Errorf("%w: kept copy version %d", ErrUnreadable, *head.V)
	}
	var k Kept
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&k); err != nil {
		return Kept{}, wrap(ErrUnreadable, err)
	}
	if k.Kept == "" {
		return Kept{}, fmt.Errorf("%w: kept copy without the time it was kept", ErrUnreadable)
	}
	k.V = KeptVersion
	return k, nil
}

// SaveKept stores k as the kept copy, replacing any earlier one (readable
// or not), with V set to KeptVersion. On failure nothing is changed and the
// error is an *Error: KindQuota when storage is full, KindStorage when it
// fails otherwise.
func SaveKept(b Backend, k Kept) error {
	k.V = KeptVersion
	out, err := json.Marshal(k)
	if err != nil {
		return &Error{Kind: KindInvalid, Message: msgKeepFailed, Err: wrap(ErrInvalid, err)}
	}
	if err := b.Set(KeptKey, string(out)); err != nil {
		e := saveError(err)
		e.Message = msgKeepFailed
		return e
	}
	return nil
}

const msgKeepFailed = "This device would not keep the copy — its storage may be full or blocked. " +
	"The plan is still here for as long as this page is open."

// ForgetKept removes the kept copy.
func ForgetKept(b Backend) error {
	if err := b.Remove(KeptKey); err != nil {
		return saveError(err)
	}
	return nil
}
