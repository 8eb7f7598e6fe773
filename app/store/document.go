package store

import (
	"strconv"
	"time"

	"mend/app/journey"
	"mend/app/plan"
	"mend/app/progress"
	"mend/app/share"
)

// Version is the version of the document this code writes. Bump it, and add
// a step to migrations, whenever the stored shape changes — including a new
// field: an older Mend refuses fields it does not know rather than silently
// dropping them on its next save.
const Version = 2

// Document is everything Mend keeps for the user, stored as one JSON value.
// The JSON field names are part of stored data and backup files: never
// rename them.
type Document struct {
	V         int                `json:"v"`
	Plan      plan.Plan          `json:"plan"`
	CheckIns  []progress.CheckIn `json:"checkins,omitempty"`
	Drafts    []Draft            `json:"drafts,omitempty"`
	GuideDone []string           `json:"guide_done,omitempty"` // journey slugs marked done
	Shares    []Share            `json:"shares,omitempty"`     // what was shared and when
	Replies   []Reply            `json:"replies,omitempty"`    // replies added to the plan (version 2)
	Updated   string             `json:"updated,omitempty"`    // RFC3339 of the last save
}

// Draft is a piece of writing the user is working on, such as an apology
// letter, kept on the device until they are ready.
type Draft struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	ID      string `json:"id"`
	Name    string `json:"name"`
	Text    string `json:"text"`
	Created string `json:"created"` // RFC 3339
	Updated string `json:"updated"` // RFC 3339
}

// Share records that the user shared part of their plan: when, which
// sections, the link made, and the link format's version.
type Share struct {
	At       string         `json:"at"` // RFC 3339
	Sections []plan.Section `json:"sections"`
	Link     string         `json:"link"`
	Version  int            `json:"version"`
}

// Reply records a reply link the partner sent back that the user added to
// their plan: which reply (its ID, so that adding it again adds nothing),
// when it was written and added, how much it held, and the note on how
// they are doing, if they wrote one.
type Reply struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	ID        string `json:"id"`      // share.ReplyID of the link
	Written   string `json:"written"` // RFC 3339
	Added     string `json:"added"`   // RFC 3339
	Questions int    `json:"questions"`
	Needs     int    `json:"needs"`
	Note      string `json:"note,omitempty"`
}

// HasReply reports whether the reply with the given ID was added already.
func (d Document) HasReply(id string) bool {
	for _, r := range d.Replies {
		if r.ID == id {
			return true
		}
	}
	return false
}

// AddReply puts the partner's reply r into the plan, once: its questions
// join the plan unanswered and its needs as proposed boundaries, and the
// reply is listed as received at now. A reply whose words were added
// before (by this tab or another, or from another link of the same reply)
// adds nothing, and AddReply reports false.
func (d *Document) AddReply(r share.Reply, now time.Time) (added bool) {
	id := r.ID()
	if d.HasReply(id) || d.Plan.HasReply(id) {
		return false
	}
	d.Plan = d.Plan.AddReply(id, r.Questions, r.Needs)
	d.Replies = append(d.Replies, Reply{
		ID:        id,
		Written:   r.WrittenAt.UTC().Format(time.RFC3339),
		Added:     now.UTC().Format(time.RFC3339),
		Questions: len(r.Questions),
		Needs:     len(r.Needs),
		Note:      r.Note,
	})
	return true
}

// Empty returns a new, empty document of the current version.
func Empty() Document { return Document{V: Version} }

// Clone returns a deep copy of d: changing the copy's lists never changes d.
func (d Document) Clone() Document {
	c := d
	c.Plan = d.Plan.Clone()
	// append(s[:0:0], s...) is slices.Clone written out: each generic
	// Clone of a struct type would be its own function in app.wasm.
	c.CheckIns = append(d.CheckIns[:0:0], d.CheckIns...)
	c.Drafts = append(d.Drafts[:0:0], d.Drafts...)
	c.GuideDone = append(d.GuideDone[:0:0], d.GuideDone...)
	c.Shares = append(d.Shares[:0:0], d.Shares...)
	c.Replies = append(d.Replies[:0:0], d.Replies...)
	for i := range c.Shares {
		c.Shares[i].Sections = append(c.Shares[i].Sections[:0:0], c.Shares[i].Sections...)
	}
	return c
}

// Validate reports every problem in d at once, joined by plan.Problems: the
// version, the plan (plan.Plan.Validate), each check-in
// (progress.CheckIn.Validate), drafts, guide steps and shares. It returns nil
// for a valid document. Empty text is never a problem.
func (d Document) Validate() error {
	var p plan.Problems
	if d.V != Version {
		p.Add("v", strconv.Itoa(d.V), "must be "+strconv.Itoa(Version))
	}
	if err := d.Plan.Validate(); err != nil {
		p.Wrap("plan", err)
	}
	checkInIDs := map[string]bool{}
	for i, c := range d.CheckIns {
		f := plan.Index("checkins", i)
		if err := c.Validate(); err != nil {
			p.Wrap(f, err)
		}
		if checkInIDs[c.ID] && c.ID != "" {
			p.Add(f+".id", c.ID, "is used twice")
		}
		checkInIDs[c.ID] = true
	}
	draftIDs := map[string]bool{}
	for i, dr := range d.Drafts {
		f := plan.Index("drafts", i)
		switch {
		case dr.ID == "":
			p.Add(f+".id", dr.ID, "is missing")
		case len(dr.ID) > plan.MaxIDLength:
			p.Add(f+".id", dr.ID, "is longer than "+strconv.Itoa(plan.MaxIDLength)+" characters")
		case draftIDs[dr.ID]:
			p.Add(f+".id", dr.ID, "is used twice")
		}
		draftIDs[dr.ID] = true
		checkTime(&p, f+".created", dr.Created)
		checkTime(&p, f+".updated", dr.Updated)
	}
	done := map[string]bool{}
	for i, slug := range d.GuideDone {
		f := plan.Index("guide_done", i)
		switch {
		case !journey.Valid(slug):
			p.Add(f, slug, "is not a step of the guide")
		case done[slug]:
			p.Add(f, slug, "is listed twice")
		}
		done[slug] = true
	}
	for i, s := range d.Shares {
		f := plan.Index("shares", i)
		checkTime(&p, f+".at", s.At)
		for j, sec := range s.Sections {
			if !sec.Valid() {
				p.Add(plan.Index(f+".sections", j), string(sec), "is not a section of the plan")
			}
		}
		if s.Version < 0 {
			p.Add(f+".version", strconv.Itoa(s.Version), "must not be negative")
		}
	}
	replyIDs := map[string]bool{}
	for i, r := range d.Replies {
		f := plan.Index("replies", i)
		switch {
		case r.ID == "" || len(r.ID) > plan.MaxIDLength:
			p.Add(f+".id", r.ID, "must be 1 to "+strconv.Itoa(plan.MaxIDLength)+" characters")
		case replyIDs[r.ID]:
			p.Add(f+".id", r.ID, "is used twice")
		}
		replyIDs[r.ID] = true
		checkTime(&p, f+".written", r.Written)
		checkTime(&p, f+".added", r.Added)
		if r.Questions < 0 || r.Needs < 0 {
			p.Add(f, strconv.Itoa(r.Questions)+" "+strconv.Itoa(r.Needs), "counts must not be negative")
		}
	}
	checkTime(&p, "updated", d.Updated)
	return p.Err()
}

// checkTime reports value in p unless it is empty or an RFC 3339 time.
func checkTime(p *plan.Problems, field, value string) {
	if value == "" {
		return
	}
	if _, err := time.Parse(time.RFC3339, value); err != nil {
		p.Add(field, value, "is not an RFC 3339 time")
	}
}
