package store

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"

	"mend/app/share"
)

// KeptReplyKey holds the copy of their own reply that a partner chose to
// keep on their device, apart from everything else: like the kept plan, it
// is there only when they ask, and holds only what they wrote.
const KeptReplyKey = "mend.kept-reply"

// KeptReplyVersion is the version of the kept reply's format ("v").
const KeptReplyVersion = 1

// KeptReply is a partner's kept copy of the reply they wrote back.
type KeptReply struct {
	V         int      `json:"v"`
	Kept      string   `json:"kept"` // when it was kept, RFC 3339
	Questions []string `json:"questions,omitempty"`
	Needs     []string `json:"needs,omitempty"`
	Note      string   `json:"note,omitempty"`
}

// KeepReply is the copy of r to keep, kept at now.
func KeepReply(r share.Reply, now time.Time) KeptReply {
	return KeptReply{
		V:         KeptReplyVersion,
		Kept:      now.UTC().Format(time.RFC3339),
		Questions: r.Questions,
		Needs:     r.Needs,
		Note:      strings.TrimSpace(r.Note),
	}
}

// Holds reports whether the kept copy holds the words of r, compared the
// way a reply's identity is (share.Reply.ID).
func (k KeptReply) Holds(r share.Reply) bool {
	return share.Reply{Questions: k.Questions, Needs: k.Needs, Note: k.Note}.ID() == r.ID()
}

// LoadKeptReply reads the kept reply from b: nil when there is none, and
// unreadable when something is stored there that this Mend cannot read
// (leave it until the partner keeps another copy over it).
func LoadKeptReply(b Backend) (k *KeptReply, unreadable bool, err error) {
	raw, ok, err := b.Get(KeptReplyKey)
	if err != nil {
		return nil, false, wrap(ErrStorage, err)
	}
	if !ok {
		return nil, false, nil
	}
	var kr KeptReply
	dec := json.NewDecoder(bytes.NewReader([]byte(raw)))
	dec.DisallowUnknownFields()
	if dec.Decode(&kr) != nil || kr.V != KeptReplyVersion || kr.Kept == "" {
		return nil, true, nil
	}
	return &kr, false, nil
}

// SaveKeptReply stores k as the kept reply, replacing any earlier one. On
// failure nothing is changed and the error is an *Error (KindQuota when
// storage is full, KindStorage otherwise).
func SaveKeptReply(b Backend, k KeptReply) error {
	k.V = KeptReplyVersion
	out, err := json.Marshal(k)
	if err != nil {
		return &Error{Kind: KindInvalid, Message: msgGeneric, Err: wrap(ErrInvalid, err)}
	}
	if err := b.Set(KeptReplyKey, string(out)); err != nil {
		return saveError(err)
	}
	return nil
}

// ForgetKeptReply removes the kept reply.
func ForgetKeptReply(b Backend) error {
	if err := b.Remove(KeptReplyKey); err != nil {
		return saveError(err)
	}
	return nil
}
