package share

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
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
// the app did before it had its own compressor: links must open whichever
// deflate made them.
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
	dict, _ := dictionary(flags & flagDictMask)
	body := flateDeflate(record, dict)
	return (&container{header: []byte{formatVersion, flags}, body: body}).fragment()
}

// recordOf returns the uncompressed record Encode would write.
func recordOf(t *testing.T, p plan.Plan, sections []plan.Section) []byte {
	t.Helper()
	c := &content{plan: p, sections: uint64(bit(sections...)), sharedAt: sharedAt.Unix() / 60, version: 2}
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
		"escaped wrapping in hash":    "#" + wrap(frag, 30, "%0D%0A") + "%20%09",
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
			standard = string(formatVersion) + strings.NewReplacer("-", "+", "_", "/").Replace(f[1:len(f)-1]) + "/"
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
		{"only the version", "#" + string(formatVersion), ErrDamaged},
		{"only version and marker", "#" + string(formatVersion) + "/", ErrDamaged},
		{"no end marker", frag[:len(frag)-1], ErrDamaged},
		{"other end marker", frag[:len(frag)-1] + "~", ErrDamaged},
		{"two end markers", frag + "/", ErrDamaged},
		{"link twice", frag + frag, ErrDamaged},
		{"standard base64", standard, ErrDamaged},
		{"other escape inside", string(formatVersion) + body[:10] + "%41" + body[10:] + "/", ErrDamaged},
		{"text after the link", frag + "thanks", ErrDamaged},
		{"second fragment", "#" + frag + "#" + frag, ErrDamaged},
		{"unknown version", "X" + frag[1:], ErrDamaged},
		{"lower-case version", "a" + frag[1:], ErrDamaged},
		{"non-canonical last character", spare, ErrDamaged},
		{"newer version", string(formatVersion+1) + frag[1:], ErrNewerFormat},
		{"the development build's version", "1" + frag[1:], ErrDamaged},
		{"over 8 KB", string(formatVersion) + strings.Repeat("A", MaxFragmentLen) + "/", ErrTooLong},
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

// put writes a record by hand: ints as varints, strings as texts (length
// and bytes), byte slices as they are.
func put(parts ...any) []byte {
	var w recordWriter
	for _, part := range parts {
		switch v := part.(type) {
		case int:
			w.uint(uint64(v))
		case string:
			w.text(v)
		case []byte:
			w.buf = append(w.buf, v...)
		default:
			panic(fmt.Sprintf("put: %T", part))
		}
	}
	return w.buf
}

// bit is the sections field for the given sections.
func bit(sections ...plan.Section) int {
	n := 0
	for _, s := range sections {
		b, ok := sectionBit(s)
		if !ok {
			panic("bit: unknown section " + s)
		}
		n |= 1 << b
	}
	return n
}

// head is the start of a hand-written record: sections, share time,
// version and no start date, then the list lengths and the four texts.
func head(sections int, lengths [5]int, texts [4]string) []byte {
	b := put(sections, 1, 1, 0)
	for _, n := range lengths {
		b = append(b, put(n)...)
	}
	for _, s := range texts {
		b = append(b, put(s)...)
	}
	return b
}

func TestDecodeChecksStructureBehindTheChecksum(t *testing.T) {
	good := recordOf(t, smallPlan, everySection())
	impact := bit(plan.SectionImpact)
	giving := bit(plan.SectionGivingUp)
	cases := []struct {
		name   string
		record []byte
		flags  byte
		want   error
	}{
		{"trailing garbage in the stream", nil, dictEnglish1ID, ErrDamaged},
		{"unknown dictionary", good, 0x05, ErrNewerFormat},
		{"unknown flag", good, 0x20 | dictEnglish1ID, ErrNewerFormat},
		{"empty record", []byte{}, dictEnglish1ID, ErrDamaged},
		{"non-minimal varint", put([]byte{0x82, 0x00}), dictEnglish1ID, ErrDamaged},
		{"share time out of range", put(impact, 1<<35), dictEnglish1ID, ErrDamaged},
		{"version out of range", put(impact, 1, 1<<31), dictEnglish1ID, ErrDamaged},
		{"day out of range", put(impact, 1, 1, 1<<40), dictEnglish1ID, ErrDamaged},
		{"text past the end", put(impact, 1, 1, 0, 0, 0, 0, 0, 0, "", []byte{50, 'x'}), dictEnglish1ID, ErrDamaged},
		{"text of an unshared section", head(impact, [5]int{}, [4]string{"", "x", "", "y"}), dictEnglish1ID, ErrDamaged},
		{"entries of an unshared section", put(head(impact, [5]int{1}, [4]string{}), "x", []byte("abc")), dictEnglish1ID, ErrDamaged},
		{"invalid UTF-8", head(impact, [5]int{}, [4]string{"", "\xc3\x28", "", ""}), dictEnglish1ID, ErrDamaged},
		{"more entries than the record holds", put(head(giving, [5]int{1000}, [4]string{}), "x", []byte("abc")), dictEnglish1ID, ErrDamaged},
		{"ID not letters", put(head(giving, [5]int{1}, [4]string{}), "x", []byte("aBc")), dictEnglish1ID, ErrDamaged},
		{"ID cut short", put(head(giving, [5]int{1}, [4]string{}), "x", []byte("ab")), dictEnglish1ID, ErrDamaged},
		{"weekday out of range", put(head(bit(plan.SectionCommitments), [5]int{0, 1}, [4]string{}), "x", []byte("abc"), 1, 1<<33, 0, 0), dictEnglish1ID, ErrDamaged},
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
	// Every field is needed, so every record cut short is damaged.
	for n := range len(good) {
		if _, err := Decode(craft(good[:n], dictEnglish1ID), ""); !errors.Is(err, ErrDamaged) {
			t.Errorf("record cut to %d of %d bytes: %v, want ErrDamaged", n, len(good), err)
		}
	}
}

func TestNewerLinksStillOpen(t *testing.T) {
	good := recordOf(t, smallPlan, everySection())
	want, err := Decode(craft(good, dictEnglish1ID), "")
	if err != nil {
		t.Fatal(err)
	}
	// Fields a newer app might add after everything this app knows.
	newer := append(bytes.Clone(good), put("future", 150)...)
	got, err := Decode(craft(newer, dictEnglish1ID), "")
	if err != nil {
		t.Fatalf("link with unknown trailing fields: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unknown fields changed the plan:\n got %+v\nwant %+v", got, want)
	}

	// A section bit for a section this app does not know.
	c := &content{plan: smallPlan, sections: uint64(bit(plan.SectionWhatIDid)) | 1<<30, sharedAt: 1}
	record, err := c.marshal()
	if err != nil {
		t.Fatal(err)
	}
	got, err = Decode(craft(record, dictNone), "")
	if err != nil || !reflect.DeepEqual(got.Sections, []plan.Section{plan.SectionWhatIDid}) {
		t.Errorf("unknown section bit: %+v, %v", got, err)
	}

	// A cadence code this app does not know shows as no cadence.
	commitment := put(head(bit(plan.SectionCommitments), [5]int{0, 1}, [4]string{}), "x", []byte("abc"))
	for code, want := range map[int]plan.Cadence{1: plan.Daily, 9: ""} {
		got, err = Decode(craft(put(commitment, code, 0, 0, 0), dictNone), "")
		if err != nil || got.Plan.Commitments[0].Cadence != want || got.Plan.Commitments[0].Text != "x" {
			t.Errorf("cadence code %d: %+v, %v", code, got, err)
		}
	}
}

func TestUnescapeMatchesStringsReplacer(t *testing.T) {
	wrap := strings.NewReplacer("%20", " ", "%0A", " ", "%0a", " ", "%0D", " ", "%0d", " ", "%09", " ")
	link := strings.NewReplacer("%23", "#", "%2F", "/", "%2f", "/", "%3D", "=", "%3d", "=")
	for _, s := range []string{
		"", "plain", "%", "%2", "%20", "a%20b%0Ac%0a%0D%0d%09", "%%20", "%2%20", "%2023", "%2523",
		"https://x.org/view%23AbC%2Fd%3D%3d", "%2f%2F%3D%3d%23#", "%25%32%33", "end%0",
	} {
		if got, want := unescape(s, wrapEscapes), wrap.Replace(s); got != want {
			t.Errorf("unescape(%q, wrapEscapes) = %q, want %q", s, got, want)
		}
		if got, want := unescape(s, linkEscapes), link.Replace(s); got != want {
			t.Errorf("unescape(%q, linkEscapes) = %q, want %q", s, got, want)
		}
	}
}
