package share

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"mend/app/plan"
)

// smallPlan makes a short link, so that exhaustive tests stay quick under
// WebAssembly.
var smallPlan = plan.Plan{
	WhatIDid: "I read your messages without asking.",
	Commitments: []plan.Commitment{
		{ID: "k2n4bq7xd1", Text: "Ask before I touch your phone.", Cadence: plan.Daily, Since: "2026-03-01"},
	},
	Started: "2026-02-27",
}

// flateDeflate compresses b with dictionary dict using compress/flate, as
// another encoder might: links must open whichever deflate made them.
func flateDeflate(b, dict []byte) []byte {
	var out bytes.Buffer
	w, err := flate.NewWriterDict(&out, flate.BestCompression, dict)
	if err != nil {
		panic(err)
	}
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// craft wraps a record in a valid container: right checksum, given flags.
func craft(record []byte, flags byte) string {
	body := flateDeflate(record, dictionaries[flags&flagDictMask])
	return (&container{header: []byte{formatVersion, flags}, body: body}).fragment()
}

// recordOf returns the uncompressed record Encode would write.
func recordOf(t *testing.T, p plan.Plan, sections []plan.Section) []byte {
	t.Helper()
	c := &content{plan: p, sharedAt: sharedAt.Unix() / 60, version: 2}
	for _, s := range sections {
		c.sections |= 1 << sectionBits[s]
	}
	record, err := c.marshal()
	if err != nil {
		t.Fatal(err)
	}
	return record
}

func TestDecodeForgivesWhatMessengersDo(t *testing.T) {
	frag := mustEncode(t, shortPlan, publicSections(), Options{Version: 4})
	link := Link("https://example.org", frag)
	want, err := Decode(frag, "")
	if err != nil {
		t.Fatal(err)
	}
	wrap := func(s string, width int, sep string) string {
		var b strings.Builder
		for len(s) > width {
			b.WriteString(s[:width] + sep)
			s = s[width:]
		}
		return b.String() + s
	}
	safeLinks := "https://eur01.safelinks.protection.outlook.com/?url=" + url.QueryEscape(link) + "&data=05%7C02%7C&reserved=0"
	cases := map[string]string{
		"fragment alone":              frag,
		"location.hash":               "#" + frag,
		"full link":                   link,
		"mail line breaks":            wrap(link, 76, "\r\n"),
		"chat line breaks":            wrap(link, 300, "\n"),
		"spaces and tabs":             wrap(link, 50, " \t "),
		"zero-width spaces":           wrap(link, 40, "\u200b"),
		"soft hyphens":                wrap(link, 60, "\u00ad"),
		"surrounding blank lines":     "\n\n  " + link + "  \n",
		"padding before the marker":   strings.TrimSuffix(link, "/") + "==/",
		"padding after the link":      link + "=",
		"escaped #":                   strings.Replace(link, "#", "%23", 1),
		"double-escaped #":            strings.Replace(link, "#", "%2523", 1),
		"escaped end marker":          strings.TrimSuffix(link, "/") + "%2F",
		"Safe Links wrapper":          safeLinks,
		"full stop":                   link + ".",
		"comma":                       link + ",",
		"brackets":                    "(" + link + ")",
		"angle brackets":              "<" + link + ">",
		"quotes":                      `"` + link + `"`,
		"curly quotes":                "“" + link + "”",
		"bracket and full stop":       "(" + link + ").",
		"markdown emphasis":           "*" + link + "*",
		"utm parameters":              link + "&utm_source=newsletter&utm_medium=email",
		"fbclid":                      link + "&fbclid=IwAR3xYzAbCdEfGh",
		"query after the fragment":    link + "?utm_source=chat",
		"bare fragment in quotes":     "'" + frag + "'",
		"http and another host":       "http://localhost:8080/view#" + frag,
		"fragment wrapped and dotted": wrap("#"+frag, 64, "\n") + ".",
	}
	for name, in := range cases {
		got, err := Decode(in, "")
		if err != nil {
			t.Errorf("%s: %v\n%q", name, err, in)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decoded a different plan", name)
		}
	}
}

func TestDecodeRefusesEverythingElse(t *testing.T) {
	frag := mustEncode(t, smallPlan, everySection(), Options{})
	body := frag[1 : len(frag)-1]
	// A link whose last character has spare bits set spells the same bytes
	// in a second way; find a version whose payload leaves spare bits.
	var spare string
	for v := 0; spare == ""; v++ {
		f := mustEncode(t, smallPlan, everySection(), Options{Version: v})
		if n := len(f) - 2; n%4 != 0 {
			last := strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", f[len(f)-2])
			spare = f[:len(f)-2] + string("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[last+1]) + "/"
		}
	}
	// Standard base64 differs from base64url only in '-' and '_'; find a
	// link that has one.
	var standard string
	for v := 0; standard == ""; v++ {
		f := mustEncode(t, smallPlan, everySection(), Options{Version: v})
		if strings.ContainsAny(f[1:len(f)-1], "-_") {
			standard = "1" + strings.NewReplacer("-", "+", "_", "/").Replace(f[1:len(f)-1]) + "/"
		}
	}
	cases := []struct {
		name string
		in   string
		want error
	}{
		{"empty", "", ErrDamaged},
		{"only spaces", "  \n ", ErrDamaged},
		{"page without fragment", "https://example.org/view", ErrDamaged},
		{"empty fragment", "https://example.org/view#", ErrDamaged},
		{"only the version", "#1", ErrDamaged},
		{"only version and marker", "#1/", ErrDamaged},
		{"no end marker", frag[:len(frag)-1], ErrDamaged},
		{"other end marker", frag[:len(frag)-1] + "~", ErrDamaged},
		{"two end markers", frag + "/", ErrDamaged},
		{"link twice", frag + frag, ErrDamaged},
		{"standard base64", standard, ErrDamaged},
		{"other escape inside", "1" + body[:10] + "%41" + body[10:] + "/", ErrDamaged},
		{"text after the link", frag + "thanks", ErrDamaged},
		{"second fragment", "#" + frag + "#" + frag, ErrDamaged},
		{"unknown version", "X" + frag[1:], ErrDamaged},
		{"lower-case version", "a" + frag[1:], ErrDamaged},
		{"non-canonical last character", spare, ErrDamaged},
		{"newer version", "2" + frag[1:], ErrNewerFormat},
		{"over 8 KB", "1" + strings.Repeat("A", MaxFragmentLen) + "/", ErrTooLong},
		{"pasted novel", strings.Repeat("word ", maxInput), ErrTooLong},
	}
	for _, tt := range cases {
		got, err := Decode(tt.in, "")
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Decode = %+v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
}

func TestEveryCutIsDamaged(t *testing.T) {
	for _, s := range samples {
		link := Link("https://example.org", mustEncode(t, s.plan, s.sections, Options{}))
		for n := range len(link) {
			if _, err := Decode(link[:n], ""); !errors.Is(err, ErrDamaged) {
				t.Fatalf("%s cut to %d of %d characters: %v", s.name, n, len(link), err)
			}
		}
	}
}

// linkChars are what a one-character change may turn a character into:
// everything in a link, what the decoder forgives, and a few others.
const linkChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" +
	"/#=&?%.,;:!)(>]<\"'*~+ \n\té€"

func TestEverySingleCharacterChangeIsCaught(t *testing.T) {
	frag := mustEncode(t, smallPlan, everySection(), Options{})
	for _, in := range []string{frag, Link("https://example.org", frag)} {
		start := strings.IndexByte(in, '#') + 1
		for i := start; i < len(in); i++ {
			for _, r := range linkChars {
				if string(r) == in[i:i+1] {
					continue
				}
				changed := in[:i] + string(r) + in[i+1:]
				if got, err := Decode(changed, ""); err == nil {
					t.Fatalf("changing %q at %d to %q still decodes: %+v", in[i], i, r, got)
				}
			}
			if _, err := Decode(in[:i]+in[i+1:], ""); err == nil {
				t.Fatalf("deleting %q at %d still decodes", in[i], i)
			}
			for _, r := range "Aa0-_/" {
				if _, err := Decode(in[:i]+string(r)+in[i:], ""); err == nil {
					t.Fatalf("inserting %q at %d still decodes", r, i)
				}
			}
		}
	}
}

func TestEveryPayloadBitFlipIsCaught(t *testing.T) {
	frag := mustEncode(t, smallPlan, everySection(), Options{})
	payload, err := linkEncoding.DecodeString(frag[1 : len(frag)-1])
	if err != nil {
		t.Fatal(err)
	}
	for i := range payload {
		for bit := range 8 {
			p := bytes.Clone(payload)
			p[i] ^= 1 << bit
			if _, err := Decode("1"+linkEncoding.EncodeToString(p)+"/", ""); !errors.Is(err, ErrDamaged) {
				t.Fatalf("flipping bit %d of byte %d: %v", bit, i, err)
			}
		}
	}
}

func TestDecodeCapsInflation(t *testing.T) {
	// 1 MiB of zeros deflates to about a kilobyte: a small link that would
	// make the phone allocate a megabyte, or a gigabyte with more zeros.
	bomb := craft(make([]byte, 1<<20), dictEnglish1ID)
	if len(bomb) > MaxFragmentLen {
		t.Fatalf("bomb is %d characters", len(bomb))
	}
	if _, err := Decode(bomb, ""); !errors.Is(err, ErrTooLong) {
		t.Errorf("bomb: %v, want ErrTooLong", err)
	}
	if _, err := Encode(plan.Plan{Impact: strings.Repeat("x", maxContent)}, everySection(), Options{}); !errors.Is(err, ErrTooLong) {
		t.Errorf("Encode of a plan over the cap: %v, want ErrTooLong", err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 8000)
	for i := range random {
		random[i] = byte('!' + rng.IntN(94))
	}
	if _, err := Encode(plan.Plan{Impact: string(random)}, everySection(), Options{}); !errors.Is(err, ErrTooLong) {
		t.Errorf("Encode of a link over 8 KB: %v, want ErrTooLong", err)
	}
}

func TestDecodeChecksStructureBehindTheChecksum(t *testing.T) {
	good := recordOf(t, smallPlan, everySection())
	key := func(field, wire int) []byte { return binary.AppendUvarint(nil, uint64(field<<3|wire)) }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	sections := cat(key(fieldSections, wireVarint), binary.AppendUvarint(nil, 1<<sectionBits[plan.SectionImpact]))
	cases := []struct {
		name   string
		record []byte
		flags  byte
		want   error
	}{
		{"trailing garbage in the stream", nil, dictEnglish1ID, ErrDamaged},
		{"unknown dictionary", good, 0x05, ErrNewerFormat},
		{"unknown flag", good, 0x20 | dictEnglish1ID, ErrNewerFormat},
		{"unknown wire type", cat(good, key(40, 5), []byte{1, 2, 3, 4}), dictEnglish1ID, ErrNewerFormat},
		{"fields out of order", cat(key(fieldImpact, wireBytes), []byte{1, 'x'}, sections), dictEnglish1ID, ErrDamaged},
		{"single field twice", cat(sections, sections), dictEnglish1ID, ErrDamaged},
		{"field 0", cat(key(0, wireVarint), []byte{1}), dictEnglish1ID, ErrDamaged},
		{"non-minimal varint", cat(key(fieldSections, wireVarint), []byte{0x82, 0x00}), dictEnglish1ID, ErrDamaged},
		{"length past the end", cat(sections, key(fieldImpact, wireBytes), []byte{50, 'x'}), dictEnglish1ID, ErrDamaged},
		{"content of an unshared section", cat(sections, key(fieldRemedy, wireBytes), []byte{1, 'x'}), dictEnglish1ID, ErrDamaged},
		{"invalid UTF-8", cat(sections, key(fieldImpact, wireBytes), []byte{2, 0xc3, 0x28}), dictEnglish1ID, ErrDamaged},
		{"text as a number", cat(sections, key(fieldImpact, wireVarint), []byte{1}), dictEnglish1ID, ErrDamaged},
		{"questions without answers", cat(key(fieldSections, wireVarint), []byte{0x80, 0x01}, key(fieldQuestionText, wireBytes), []byte{1, '?'}), dictEnglish1ID, ErrDamaged},
		{"too few IDs", cat(key(fieldSections, wireVarint), []byte{0x10}, key(fieldGivingUpText, wireBytes), []byte{1, 'x'}, key(fieldGivingUpText, wireBytes), []byte{1, 'y'}, key(fieldIDs, wireBytes), []byte{3, 'a', 'b', 'c'}), dictEnglish1ID, ErrDamaged},
		{"ID not letters", cat(key(fieldSections, wireVarint), []byte{0x10}, key(fieldGivingUpText, wireBytes), []byte{1, 'x'}, key(fieldIDs, wireBytes), []byte{3, 'a', 'B', 'c'}), dictEnglish1ID, ErrDamaged},
		{"column too short", cat(key(fieldSections, wireVarint), []byte{0x40}, key(fieldBoundaryText, wireBytes), []byte{1, 'x'}, key(fieldBoundaryText, wireBytes), []byte{1, 'y'}, key(fieldBoundaryAgreed, wireBytes), []byte{1, 3}), dictEnglish1ID, ErrDamaged},
		{"day out of range", cat(key(fieldStarted, wireVarint), binary.AppendUvarint(nil, 1<<40)), dictEnglish1ID, ErrDamaged},
	}
	for _, tt := range cases {
		frag := craft(tt.record, tt.flags)
		if tt.record == nil {
			c, _ := parseFragment(craft(good, tt.flags))
			frag = (&container{header: []byte{formatVersion, tt.flags}, body: append(c.body, 0)}).fragment()
		}
		if _, err := Decode(frag, ""); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestNewerLinksStillOpen(t *testing.T) {
	good := recordOf(t, smallPlan, everySection())
	want, err := Decode(craft(good, dictEnglish1ID), "")
	if err != nil {
		t.Fatal(err)
	}
	key := func(field, wire int) []byte { return binary.AppendUvarint(nil, uint64(field<<3|wire)) }
	// Fields a newer app might add: after everything, and inside a list
	// entry's columns; a section bit for a section this app does not know.
	newer := append(bytes.Clone(good), key(40, wireBytes)...)
	newer = append(newer, 6, 'f', 'u', 't', 'u', 'r', 'e')
	newer = append(newer, key(41, wireVarint)...)
	newer = append(newer, 0x96, 0x01)
	got, err := Decode(craft(newer, dictEnglish1ID), "")
	if err != nil {
		t.Fatalf("link with unknown trailing fields: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unknown fields changed the plan:\n got %+v\nwant %+v", got, want)
	}

	c := &content{plan: smallPlan, sections: 1<<sectionBits[plan.SectionWhatIDid] | 1<<30, sharedAt: 1}
	record, err := c.marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err = Decode(craft(record, dictNone), "")
	if err != nil || !reflect.DeepEqual(got.Sections, []plan.Section{plan.SectionWhatIDid}) {
		t.Errorf("unknown section bit: %+v, %v", got, err)
	}

	// A cadence code this app does not know shows as no cadence.
	cad := &content{plan: plan.Plan{Commitments: []plan.Commitment{{ID: "a", Text: "x", Cadence: plan.Daily}}}, sections: 1 << sectionBits[plan.SectionCommitments]}
	record, _ = cad.marshal()
	record = bytes.Replace(record, append(key(fieldCommitmentCadences, wireBytes), 1, 1), append(key(fieldCommitmentCadences, wireBytes), 1, 9), 1)
	got, err = Decode(craft(record, dictNone), "")
	if err != nil || got.Plan.Commitments[0].Cadence != "" || got.Plan.Commitments[0].Text != "x" {
		t.Errorf("unknown cadence: %+v, %v", got, err)
	}
}
