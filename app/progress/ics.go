package progress

import (
	"strings"
	"time"
	"unicode/utf8"

	"mend/app/plan"
)

// reminderAt is when, on the day of a check-in, the calendar reminds the
// user: in the evening, when the day can honestly be called kept or missed.
const reminderAt = "PT19H"

// ICS returns an iCalendar file (RFC 5545) with one all-day event per
// commitment of p: repeating every day, every week on its weekday, or once
// on its date, starting from when the commitment started, with a reminder in
// the evening. Each event's UID comes from the commitment's ID, so importing
// a newer file updates events rather than duplicating them. now stamps the
// file (DTSTAMP).
//
// A calendar can be glimpsed by others — on a lock screen, in a shared
// family calendar — so the title is a neutral productName + " check-in" and
// the commitment's words go only into the event's description. Events are
// marked private and do not show the user as busy.
//
// Commitments that cannot be scheduled (no text, or dates, cadence or
// weekday that Validate would reject) are left out. A plan without any
// schedulable commitment gives a calendar with no events; offer the download
// only when p has commitments.
func ICS(p plan.Plan, now time.Time, productName string) []byte {
	name := strings.TrimSpace(productName)
	summary, prodID := "Check-in", "-//Check-ins//EN"
	if name != "" {
		summary, prodID = name+" check-in", "-//"+escapeText(name)+"//Check-ins//EN"
	}
	stamp := now.UTC().Format("20060102T150405Z")

	var w icsWriter
	w.line("BEGIN:VCALENDAR")
	w.line("VERSION:2.0")
	w.line("PRODID:" + prodID)
	w.line("CALSCALE:GREGORIAN")
	w.line("METHOD:PUBLISH")
	for _, c := range p.Commitments {
		start, rule, ok := schedule(c)
		if !ok || strings.TrimSpace(c.Text) == "" {
			continue
		}
		w.line("BEGIN:VEVENT")
		w.line("UID:" + escapeText("commitment-"+c.ID+"@mend.invalid"))
		w.line("DTSTAMP:" + stamp)
		w.line("DTSTART;VALUE=DATE:" + start.Format("20060102"))
		w.line("DTEND;VALUE=DATE:" + start.AddDate(0, 0, 1).Format("20060102"))
		if rule != "" {
			w.line("RRULE:" + rule)
		}
		w.line("SUMMARY:" + escapeText(summary))
		w.line("DESCRIPTION:" + escapeText(c.Text))
		w.line("CLASS:PRIVATE")
		w.line("TRANSP:TRANSPARENT")
		w.line("BEGIN:VALARM")
		w.line("ACTION:DISPLAY")
		w.line("DESCRIPTION:" + escapeText(summary))
		w.line("TRIGGER;RELATED=START:" + reminderAt)
		w.line("END:VALARM")
		w.line("END:VEVENT")
	}
	w.line("END:VCALENDAR")
	return []byte(w.String())
}

// schedule returns the first day c is due and its recurrence rule ("" for a
// one-off), or false if c cannot be scheduled.
func schedule(c plan.Commitment) (start time.Time, rule string, ok bool) {
	since, err := plan.ParseDate(c.Since)
	if err != nil {
		return time.Time{}, "", false
	}
	switch c.Cadence {
	case plan.Daily:
		return since, "FREQ=DAILY", true
	case plan.Weekly:
		if c.Weekday < 0 || c.Weekday > 6 {
			return time.Time{}, "", false
		}
		// RFC 5545 asks that DTSTART be the first occurrence of the rule.
		offset := (c.Weekday - int(since.Weekday()) + 7) % 7
		days := [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}
		return since.AddDate(0, 0, offset), "FREQ=WEEKLY;BYDAY=" + days[c.Weekday], true
	case plan.Once:
		date, err := plan.ParseDate(c.Date)
		if err != nil || date.Before(since) {
			return time.Time{}, "", false
		}
		return date, "", true
	}
	return time.Time{}, "", false
}

// escapeText writes s as an RFC 5545 TEXT value: backslash, semicolon, comma
// and line breaks escaped, and other control characters (which TEXT does not
// allow) dropped. Each byte of invalid UTF-8 becomes U+FFFD (ranging over
// the string does that).
//
// It appends in one place: each inlined strings.Builder write cost the
// WebAssembly build hundreds of bytes.
func escapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []byte
	for _, r := range s {
		var esc string
		switch {
		case r == '\\':
			esc = `\\`
		case r == ';':
			esc = `\;`
		case r == ',':
			esc = `\,`
		case r == '\n' || r == '\r':
			esc = `\n`
		case r == '\t' || r >= 0x20 && r != 0x7f:
			out = utf8.AppendRune(out, r)
		}
		out = append(out, esc...)
	}
	return string(out)
}

// icsWriter builds content lines ending in CRLF, folded so that no line is
// longer than 75 octets, never splitting a UTF-8 character.
type icsWriter struct{ strings.Builder }

func (w *icsWriter) line(s string) {
	const limit = 75
	room := limit
	for len(s) > room {
		cut := room
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
		room = limit - 1 // the continuation line's leading space counts
	}
	w.WriteString(s + "\r\n")
}
