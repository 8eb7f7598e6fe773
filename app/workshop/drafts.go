package workshop

import (
	"fmt"
	"strings"
	"time"

	"mend/app/store"
)

// MaxNameLength is the longest draft name kept, in bytes.
const MaxNameLength = 80

// NewDraft returns a new draft holding text, with an ID no draft in
// existing has and a name such as "Draft 3" (or name, if it is not blank).
func NewDraft(existing []store.Draft, now time.Time, name, text string) store.Draft {
	stamp := now.UTC().Format(time.RFC3339)
	if strings.TrimSpace(name) == "" {
		name = fmt.Sprintf("Draft %d", len(existing)+1)
	}
	return store.Draft{
		ID:      newID(existing, now),
		Name:    CleanName(name, ""),
		Text:    text,
		Created: stamp,
		Updated: stamp,
	}
}

// newID returns "d" and the time in milliseconds, with a counter when
// two drafts are made in the same millisecond.
func newID(existing []store.Draft, now time.Time) string {
	base := fmt.Sprintf("d%d", now.UnixMilli())
	id := base
	for n := 2; Find(existing, id) >= 0; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// Duplicate returns a copy of d under a new ID, named "Copy of …".
func Duplicate(existing []store.Draft, d store.Draft, now time.Time) store.Draft {
	c := NewDraft(existing, now, "Copy of "+d.Name, d.Text)
	return c
}

// CleanName returns name with its spaces tidied and cut to MaxNameLength,
// or fallback when nothing is left.
func CleanName(name, fallback string) string {
	name = strings.Join(strings.Fields(name), " ")
	if len(name) > MaxNameLength {
		cut := MaxNameLength
		for cut > 0 && !runeStart(name[cut]) {
			cut--
		}
		name = strings.TrimSpace(name[:cut])
	}
	if name == "" {
		return fallback
	}
	return name
}

// SaveText returns drafts with text kept in the draft with id, marked as
// changed now; when there is no such draft (the first word typed in an
// empty editor, or a draft deleted in another tab), a new draft holds it
// and is returned as made.
func SaveText(drafts []store.Draft, id, text string, now time.Time) (out []store.Draft, made store.Draft) {
	out = append(drafts[:0:0], drafts...)
	if i := Find(out, id); i >= 0 {
		out[i].Text = text
		out[i].Updated = now.UTC().Format(time.RFC3339)
		return out, store.Draft{}
	}
	made = NewDraft(out, now, "", text)
	return append(out, made), made
}

// Rename returns drafts with the draft with id named name, tidied by
// CleanName (an empty name keeps the old one), and the name it took.
func Rename(drafts []store.Draft, id, name string) ([]store.Draft, string) {
	out := append(drafts[:0:0], drafts...)
	if i := Find(out, id); i >= 0 {
		name = CleanName(name, out[i].Name)
		out[i].Name = name
	}
	return out, name
}

// Find returns the index of the draft with id, or -1.
func Find(drafts []store.Draft, id string) int {
	for i, d := range drafts {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// Removed is a draft taken out of the list, with where it was, so that
// Restore can put it back exactly there.
type Removed struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Draft store.Draft
	Index int
}

// Remove returns drafts without the one with id, and what was removed.
// ok is false when no draft has id.
func Remove(drafts []store.Draft, id string) (rest []store.Draft, removed Removed, ok bool) {
	i := Find(drafts, id)
	if i < 0 {
		return drafts, Removed{}, false
	}
	removed = Removed{Draft: drafts[i], Index: i}
	return append(drafts[:i:i], drafts[i+1:]...), removed, true
}

// Restore puts a removed draft back where it was (or at the end if the list
// has since shrunk). A draft whose ID is in the list again is not doubled.
func Restore(drafts []store.Draft, r Removed) []store.Draft {
	if Find(drafts, r.Draft.ID) >= 0 {
		return drafts
	}
	i := min(max(r.Index, 0), len(drafts))
	out := make([]store.Draft, 0, len(drafts)+1)
	out = append(out, drafts[:i]...)
	out = append(out, r.Draft)
	return append(out, drafts[i:]...)
}

// Latest returns the ID of the draft changed most recently, or "".
func Latest(drafts []store.Draft) string {
	id, latest := "", time.Time{}
	for _, d := range drafts {
		t, err := time.Parse(time.RFC3339, d.Updated)
		if err != nil {
			continue
		}
		if id == "" || t.After(latest) {
			id, latest = d.ID, t
		}
	}
	if id == "" && len(drafts) > 0 {
		id = drafts[len(drafts)-1].ID
	}
	return id
}

// DateLabel says when a draft was last changed, relative to now and in
// now's location: "Today, 21:05", "Yesterday, 08:10" or "3 Mar 2026".
func DateLabel(updated string, now time.Time) string {
	t, err := time.Parse(time.RFC3339, updated)
	if err != nil {
		return ""
	}
	t = t.In(now.Location())
	day := func(x time.Time) time.Time { y, m, d := x.Date(); return time.Date(y, m, d, 0, 0, 0, 0, x.Location()) }
	switch days := int(float64(day(now).Unix()-day(t).Unix())/(24*60*60) + 0.5); days {
	case 0:
		return "Today, " + t.Format("15:04")
	case 1:
		return "Yesterday, " + t.Format("15:04")
	default:
		return t.Format("2 Jan 2006")
	}
}
