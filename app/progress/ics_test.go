package progress

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"mend/app/plan"
)

// icsProp is one unfolded content line: NAME;PARAM=VALUE:value.
type icsProp struct {
	name   string
	params map[string]string
	value  string
}

// icsComponent is a BEGIN/END block with its properties and sub-components.
type icsComponent struct {
	name     string
	props    []icsProp
	children []*icsComponent
}

// get returns the one property called name, failing the test if there is not exactly one.
func (c *icsComponent) get(t *testing.T, name string) icsProp {
	t.Helper()
	var found []icsProp
	for _, p := range c.props {
		if p.name == name {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s has %d %s properties, want 1", c.name, len(found), name)
	}
	return found[0]
}

func (c *icsComponent) has(name string) bool {
	for _, p := range c.props {
		if p.name == name {
			return true
		}
	}
	return false
}

// parseICS checks the physical form of an iCalendar file (CRLF everywhere,
// lines of at most 75 octets, folds on UTF-8 boundaries), unfolds it and
// returns the VCALENDAR component.
func parseICS(t *testing.T, data []byte) *icsComponent {
	t.Helper()
	s := string(data)
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatalf("file does not end with CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var logical []string
	for i, line := range physical {
		if strings.ContainsAny(line, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, line)
		}
		if len(line) > 75 {
			t.Errorf("line %d is %d octets long: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, line)
		}
		if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
			if len(logical) == 0 {
				t.Fatalf("file starts with a continuation line")
			}
			logical[len(logical)-1] += line[1:]
			continue
		}
		logical = append(logical, line)
	}

	var stack []*icsComponent
	var root *icsComponent
	for _, line := range logical {
		p := parseProp(t, line)
		switch p.name {
		case "BEGIN":
			c := &icsComponent{name: p.value}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.children = append(parent.children, c)
			} else if root != nil {
				t.Fatalf("more than one top-level component")
			} else {
				root = c
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].name != p.value {
				t.Fatalf("END:%s does not match", p.value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				t.Fatalf("property outside any component: %q", line)
			}
			c := stack[len(stack)-1]
			c.props = append(c.props, p)
		}
	}
	if len(stack) != 0 || root == nil || root.name != "VCALENDAR" {
		t.Fatalf("unbalanced or missing VCALENDAR")
	}
	return root
}

func parseProp(t *testing.T, line string) icsProp {
	t.Helper()
	quoted := false
	colon := -1
	for i, r := range line {
		if r == '"' {
			quoted = !quoted
		}
		if r == ':' && !quoted {
			colon = i
			break
		}
	}
	if colon < 0 {
		t.Fatalf("content line without a colon: %q", line)
	}
	head := strings.Split(line[:colon], ";")
	p := icsProp{name: head[0], params: map[string]string{}, value: line[colon+1:]}
	for _, param := range head[1:] {
		k, v, ok := strings.Cut(param, "=")
		if !ok {
			t.Fatalf("parameter without a value in %q", line)
		}
		p.params[k] = v
	}
	return p
}

// unescapeText reverses RFC 5545 TEXT escaping, failing on a bare ';' or ','
// (which would mean the writer forgot to escape one).
func unescapeText(t *testing.T, s string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			i++
			if i == len(s) {
				t.Fatalf("TEXT ends in a lone backslash: %q", s)
			}
			switch s[i] {
			case '\\', ';', ',':
				b.WriteByte(s[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				t.Fatalf("unknown escape \\%c in %q", s[i], s)
			}
		case ';', ',':
			t.Fatalf("unescaped %q in TEXT %q", c, s)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func TestICS(t *testing.T) {
	long := "Tell you honestly, every evening, where I was; who I was with, and why — " +
		"even when it is awkward \\ uncomfortable. Über-ehrlich, 正直に, 🙂🙂🙂 " + strings.Repeat("é", 40)
	p := plan.Plan{Commitments: []plan.Commitment{
		{ID: "daily1", Text: long, Cadence: plan.Daily, Since: "2026-01-07"},
		{ID: "weekly1", Text: "Sunday talk,\r\nno phones", Cadence: plan.Weekly, Weekday: 0, Since: "2026-01-07"},
		{ID: "weekly2", Text: "Counselling", Cadence: plan.Weekly, Weekday: 3, Since: "2026-01-07"},
		{ID: "once1", Text: "Book the counsellor", Cadence: plan.Once, Date: "2026-02-02", Since: "2026-01-07"},
		{ID: "skip1", Text: "no start", Cadence: plan.Daily},
		{ID: "skip2", Text: "", Cadence: plan.Daily, Since: "2026-01-07"},
		{ID: "skip3", Text: "odd", Cadence: "monthly", Since: "2026-01-07"},
		{ID: "skip4", Text: "odd", Cadence: plan.Weekly, Weekday: 7, Since: "2026-01-07"},
		{ID: "skip5", Text: "odd", Cadence: plan.Once, Since: "2026-01-07"},
		{ID: "skip6", Text: "odd", Cadence: plan.Once, Date: "2026-01-01", Since: "2026-01-07"},
	}}
	now := time.Date(2026, 1, 7, 22, 15, 30, 0, time.FixedZone("EST", -5*3600))
	cal := parseICS(t, ICS(p, now, "Mend"))

	if cal.get(t, "VERSION").value != "2.0" || cal.get(t, "PRODID").value != "-//Mend//Check-ins//EN" {
		t.Errorf("calendar header = %+v", cal.props)
	}
	cal.get(t, "CALSCALE")
	cal.get(t, "METHOD")

	type want struct {
		uid, start, end, rrule, description string
	}
	wants := []want{
		{"commitment-daily1@mend.invalid", "20260107", "20260108", "FREQ=DAILY", long},
		{"commitment-weekly1@mend.invalid", "20260111", "20260112", "FREQ=WEEKLY;BYDAY=SU", "Sunday talk,\nno phones"},
		{"commitment-weekly2@mend.invalid", "20260107", "20260108", "FREQ=WEEKLY;BYDAY=WE", "Counselling"},
		{"commitment-once1@mend.invalid", "20260202", "20260203", "", "Book the counsellor"},
	}
	if len(cal.children) != len(wants) {
		t.Fatalf("got %d events, want %d (unschedulable commitments left out)", len(cal.children), len(wants))
	}
	for i, w := range wants {
		ev := cal.children[i]
		if ev.name != "VEVENT" {
			t.Fatalf("component %d is %s", i, ev.name)
		}
		if got := ev.get(t, "UID").value; got != w.uid {
			t.Errorf("UID = %q, want %q", got, w.uid)
		}
		if got := ev.get(t, "DTSTAMP").value; got != "20260108T031530Z" {
			t.Errorf("DTSTAMP = %q, want the time in UTC", got)
		}
		for name, value := range map[string]string{"DTSTART": w.start, "DTEND": w.end} {
			prop := ev.get(t, name)
			if prop.value != value || prop.params["VALUE"] != "DATE" {
				t.Errorf("%s %s = %+v, want all-day %s", w.uid, name, prop, value)
			}
		}
		if w.rrule == "" {
			if ev.has("RRULE") {
				t.Errorf("%s has an RRULE, want a single date", w.uid)
			}
		} else if got := ev.get(t, "RRULE").value; got != w.rrule {
			t.Errorf("%s RRULE = %q, want %q", w.uid, got, w.rrule)
		}
		if got := unescapeText(t, ev.get(t, "SUMMARY").value); got != "Mend check-in" {
			t.Errorf("SUMMARY = %q, want the neutral %q", got, "Mend check-in")
		}
		if got := unescapeText(t, ev.get(t, "DESCRIPTION").value); got != w.description {
			t.Errorf("DESCRIPTION = %q, want %q", got, w.description)
		}
		if ev.get(t, "CLASS").value != "PRIVATE" || ev.get(t, "TRANSP").value != "TRANSPARENT" {
			t.Errorf("%s should be private and not block time", w.uid)
		}
		if len(ev.children) != 1 || ev.children[0].name != "VALARM" {
			t.Fatalf("%s has no VALARM", w.uid)
		}
		alarm := ev.children[0]
		trigger := alarm.get(t, "TRIGGER")
		if alarm.get(t, "ACTION").value != "DISPLAY" || trigger.value != "PT19H" || trigger.params["RELATED"] != "START" {
			t.Errorf("alarm = %+v", alarm.props)
		}
		if got := unescapeText(t, alarm.get(t, "DESCRIPTION").value); got != "Mend check-in" {
			t.Errorf("alarm DESCRIPTION = %q", got)
		}
	}

	// The commitment's words must not reach anything a lock screen shows.
	for _, e := range cal.children {
		for _, prop := range append(e.props, e.children[0].props...) {
			if prop.name != "DESCRIPTION" && strings.Contains(prop.value, "Counsel") {
				t.Errorf("%s reveals the commitment: %q", prop.name, prop.value)
			}
		}
	}
}

func TestICSIsStableAcrossExports(t *testing.T) {
	p := plan.Plan{Commitments: []plan.Commitment{{ID: "a", Text: "x", Cadence: plan.Daily, Since: "2026-01-01"}}}
	first := ICS(p, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), "Mend")
	second := ICS(p, time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), "Mend")
	uid := func(b []byte) string { return parseICS(t, b).children[0].get(t, "UID").value }
	if uid(first) != uid(second) {
		t.Errorf("UID changed between exports: %q, %q", uid(first), uid(second))
	}
	if bytes.Equal(first, second) {
		t.Errorf("DTSTAMP did not follow now")
	}
}

func TestICSWithoutCommitments(t *testing.T) {
	cal := parseICS(t, ICS(plan.Plan{}, time.Now(), ""))
	if len(cal.children) != 0 || cal.get(t, "PRODID").value != "-//Check-ins//EN" {
		t.Errorf("empty calendar = %+v", cal)
	}
	p := plan.Plan{Commitments: []plan.Commitment{{ID: "a", Text: "x", Cadence: plan.Daily, Since: "2026-01-01"}}}
	if got := parseICS(t, ICS(p, time.Now(), "  ")).children[0].get(t, "SUMMARY").value; got != "Check-in" {
		t.Errorf("SUMMARY without a product name = %q", got)
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want, back string }{
		{"plain", "plain", "plain"},
		{`a\b;c,d`, `a\\b\;c\,d`, `a\b;c,d`},
		{"one\ntwo\r\nthree\rfour", `one\ntwo\nthree\nfour`, "one\ntwo\nthree\nfour"},
		{`\n is not a newline`, `\\n is not a newline`, `\n is not a newline`},
		{"tab\tbell\aesc\x1bdel\x7f", "tab\tbellescdel", "tab\tbellescdel"},
		{"bad \xff byte", "bad \uFFFD byte", "bad \uFFFD byte"},
		{"two bad \xff\xfe bytes", "two bad \uFFFD\uFFFD bytes", "two bad \uFFFD\uFFFD bytes"},
		{"🙂 ünïcödé", "🙂 ünïcödé", "🙂 ünïcödé"},
	}
	for _, tt := range tests {
		got := escapeText(tt.in)
		if got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if back := unescapeText(t, got); back != tt.back {
			t.Errorf("unescape(escapeText(%q)) = %q, want %q", tt.in, back, tt.back)
		}
	}
}

func TestFolding(t *testing.T) {
	for _, in := range []string{
		"",
		strings.Repeat("a", 74),
		strings.Repeat("a", 75),
		strings.Repeat("a", 76),
		strings.Repeat("a", 300),
		strings.Repeat("é", 100),            // 2-byte characters
		"x" + strings.Repeat("正", 60),       // 3-byte characters, offset by one
		"xy" + strings.Repeat("🙂", 50),      // 4-byte characters, offset by two
		strings.Repeat("a🙂", 40) + "\u00e9", // mixed
	} {
		var w icsWriter
		w.line(in)
		out := w.String()
		if !strings.HasSuffix(out, "\r\n") {
			t.Fatalf("no CRLF after %q", in)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
		var unfolded strings.Builder
		for i, l := range lines {
			if len(l) > 75 {
				t.Errorf("%d-octet line folding %q", len(l), in)
			}
			if !utf8.ValidString(l) {
				t.Errorf("fold splits a character: %q", l)
			}
			if i > 0 {
				if !strings.HasPrefix(l, " ") {
					t.Fatalf("continuation without a leading space: %q", l)
				}
				l = l[1:]
			}
			if i < len(lines)-1 && len(l) == 0 {
				t.Errorf("empty fold piece in %q", in)
			}
			unfolded.WriteString(l)
		}
		if unfolded.String() != in {
			t.Errorf("unfolding gave %q, want %q", unfolded.String(), in)
		}
		if len(in) <= 75 && len(lines) != 1 {
			t.Errorf("%d octets folded needlessly", len(in))
		}
	}
}

func ExampleICS() {
	p := plan.Plan{Commitments: []plan.Commitment{
		{ID: "k3x9", Text: "Tell you where I am, and when I'll be home", Cadence: plan.Weekly, Weekday: int(time.Friday), Since: "2026-03-02"},
	}}
	now := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	ics := string(ICS(p, now, "Mend"))
	// The file uses CRLF line endings; print it with plain newlines.
	fmt.Print(strings.ReplaceAll(ics, "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//Mend//Check-ins//EN
	// CALSCALE:GREGORIAN
	// METHOD:PUBLISH
	// BEGIN:VEVENT
	// UID:commitment-k3x9@mend.invalid
	// DTSTAMP:20260302T093000Z
	// DTSTART;VALUE=DATE:20260306
	// DTEND;VALUE=DATE:20260307
	// RRULE:FREQ=WEEKLY;BYDAY=FR
	// SUMMARY:Mend check-in
	// DESCRIPTION:Tell you where I am\, and when I'll be home
	// CLASS:PRIVATE
	// TRANSP:TRANSPARENT
	// BEGIN:VALARM
	// ACTION:DISPLAY
	// DESCRIPTION:Mend check-in
	// TRIGGER;RELATED=START:PT19H
	// END:VALARM
	// END:VEVENT
	// END:VCALENDAR
}

func FuzzICSDescription(f *testing.F) {
	f.Add("a;b,c\\d\ne", "Mend")
	f.Add(strings.Repeat("🙂", 30), "名前")
	f.Add("\xff\r\x00", ";,")
	f.Fuzz(func(t *testing.T, text, product string) {
		p := plan.Plan{Commitments: []plan.Commitment{{ID: "a", Text: text, Cadence: plan.Daily, Since: "2026-01-01"}}}
		cal := parseICS(t, ICS(p, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), product))
		if strings.TrimSpace(text) == "" {
			return
		}
		want := unescapeText(t, escapeText(text)) // what survives: valid UTF-8, no control characters
		if got := unescapeText(t, cal.children[0].get(t, "DESCRIPTION").value); got != want {
			t.Errorf("DESCRIPTION = %q, want %q", got, want)
		}
	})
}
