package share

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"mend/app/plan"
)

func TestDictionariesNeverChange(t *testing.T) {
	// A released dictionary is part of every link made with it. If this
	// fails, restore the file: new wording goes in a new file with a new ID.
	pinned := map[byte]string{
		dictEnglish1ID:   "8aa74273fae57b586760c0e6f1a6a1168d0e88ba326f79fd3c9369f9ab063c45",
		dictReplyEnglish: "a17c35b4d6f7097cd19e4e4bc89e9be5e593b7b9ccc334634bba0679703308ed",
	}
	// Every ID the flags can name is either known and pinned, or unknown
	// (dictNone, no dictionary, is known and has nothing to pin).
	for id := range byte(flagDictMask + 1) {
		dict, ok := dictionary(id)
		_, isPinned := pinned[id]
		if ok != (isPinned || id == dictNone) {
			t.Errorf("dictionary %d: known %v, pinned %v", id, ok, isPinned)
		}
		if !isPinned {
			continue
		}
		sum := sha256.Sum256(dict)
		if got := hex.EncodeToString(sum[:]); got != pinned[id] {
			t.Errorf("dictionary %d has SHA-256 %s, pinned %s", id, got, pinned[id])
		}
		if len(dict) > 32<<10 {
			t.Errorf("dictionary %d is %d bytes; deflate only sees the last 32 KiB", id, len(dict))
		}
	}
}

func TestEverySectionHasABit(t *testing.T) {
	seen := map[uint]plan.Section{}
	for _, s := range plan.Sections {
		bit, ok := sectionBit(s.ID)
		if !ok {
			t.Errorf("section %q has no bit in sectionsByBit, so it can never be shared", s.ID)
			continue
		}
		if other, dup := seen[bit]; dup {
			t.Errorf("sections %q and %q share bit %d", s.ID, other, bit)
		}
		seen[bit] = s.ID
	}
	if len(sectionsByBit) != len(plan.Sections) {
		t.Errorf("sectionsByBit has %d sections, plan has %d", len(sectionsByBit), len(plan.Sections))
	}
	if _, ok := sectionBit("diary"); ok {
		t.Error("an unknown section has a bit")
	}
}

// onlySections returns p with everything outside sections cleared, as a
// partner should see it.
func onlySections(p plan.Plan, sections []plan.Section) plan.Plan {
	in := map[plan.Section]bool{}
	for _, s := range sections {
		in[s] = true
	}
	out := plan.Plan{Started: p.Started}
	if in[plan.SectionWhatIDid] {
		out.WhatIDid = p.WhatIDid
	}
	if in[plan.SectionImpact] {
		out.Impact = p.Impact
	}
	if in[plan.SectionWhyAndChange] {
		out.WhyAndChange = p.WhyAndChange
	}
	if in[plan.SectionRemedy] {
		out.Remedy = p.Remedy
	}
	if in[plan.SectionGivingUp] {
		out.GivingUp = p.GivingUp
	}
	if in[plan.SectionCommitments] {
		out.Commitments = p.Commitments
	}
	if in[plan.SectionBoundaries] {
		out.Boundaries = p.Boundaries
	}
	if in[plan.SectionQuestions] {
		out.Questions = p.Questions
	}
	if in[plan.SectionCloseness] {
		out.Closeness = p.Closeness
	}
	return out
}

// withoutIDs returns p with every entry ID replaced by "" (or by "set" when
// it was not empty), for comparing plans whose IDs went through a link.
func withoutIDs(p plan.Plan) plan.Plan {
	mark := func(id string) string {
		if id == "" {
			return ""
		}
		return "set"
	}
	items := func(l []plan.Item) []plan.Item {
		var out []plan.Item
		for _, it := range l {
			it.ID = mark(it.ID)
			out = append(out, it)
		}
		return out
	}
	p.GivingUp, p.Closeness = items(p.GivingUp), items(p.Closeness)
	var cs []plan.Commitment
	for _, c := range p.Commitments {
		c.ID = mark(c.ID)
		cs = append(cs, c)
	}
	var bs []plan.Boundary
	for _, b := range p.Boundaries {
		b.ID = mark(b.ID)
		bs = append(bs, b)
	}
	var qs []plan.Question
	for _, q := range p.Questions {
		q.ID = mark(q.ID)
		qs = append(qs, q)
	}
	p.Commitments, p.Boundaries, p.Questions = cs, bs, qs
	return p
}

// linkIDs maps each author ID in p to the ID the partner sees.
func linkIDs(original, decoded plan.Plan) map[string]string {
	m := map[string]string{}
	for i, it := range original.GivingUp {
		m[it.ID] = decoded.GivingUp[i].ID
	}
	for i, c := range original.Commitments {
		m[c.ID] = decoded.Commitments[i].ID
	}
	for i, b := range original.Boundaries {
		m[b.ID] = decoded.Boundaries[i].ID
	}
	for i, q := range original.Questions {
		m[q.ID] = decoded.Questions[i].ID
	}
	for i, it := range original.Closeness {
		m[it.ID] = decoded.Closeness[i].ID
	}
	return m
}

func mustEncode(t testing.TB, p plan.Plan, sections []plan.Section, opts Options) string {
	t.Helper()
	if opts.SharedAt.IsZero() {
		opts.SharedAt = sharedAt
	}
	frag, err := Encode(p, sections, opts)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return frag
}

func TestRoundTripEverySectionSubset(t *testing.T) {
	all := everySection()
	seenIDs := map[string]string{} // author ID → partner ID, across all links
	for mask := 0; mask < 1<<len(all); mask++ {
		var sections []plan.Section
		for i, s := range all {
			if mask&(1<<i) != 0 {
				sections = append(sections, s)
			}
		}
		frag := mustEncode(t, longPlan, sections, Options{Version: mask})
		got, err := Decode(frag, "")
		if err != nil {
			t.Fatalf("sections %v: Decode: %v", sections, err)
		}
		want := onlySections(longPlan, sections)
		if !reflect.DeepEqual(withoutIDs(got.Plan), withoutIDs(want)) {
			t.Fatalf("sections %v:\n got %+v\nwant %+v", sections, got.Plan, want)
		}
		if !reflect.DeepEqual(got.Sections, sections) {
			t.Fatalf("Sections = %v, want %v", got.Sections, sections)
		}
		if got.Version != mask || !got.SharedAt.Equal(sharedAt) || got.Protected {
			t.Fatalf("Version %d SharedAt %v Protected %v, want %d %v false", got.Version, got.SharedAt, got.Protected, mask, sharedAt)
		}
		if err := got.Plan.Validate(); err != nil {
			t.Fatalf("sections %v: the partner's copy does not validate: %v", sections, err)
		}
		for author, partner := range linkIDs(want, got.Plan) {
			if prev, ok := seenIDs[author]; ok && prev != partner {
				t.Fatalf("ID %q is %q in one link and %q in another", author, prev, partner)
			}
			seenIDs[author] = partner
		}
	}
	partner := map[string]bool{}
	for _, id := range seenIDs {
		partner[id] = true
	}
	if len(partner) != len(seenIDs) {
		t.Errorf("%d author IDs became %d partner IDs", len(seenIDs), len(partner))
	}
}

func TestRoundTripKeepsTextExactly(t *testing.T) {
	texts := []string{
		"<script>alert('hi')</script> & <b>bold</b> &amp; \"quotes\"",
		"Ünïcödé — «français», 日本語のテキスト, עברית, Ελληνικά",
		"Emoji: 👩‍❤️‍👨 🙏🏽 💔➡️❤️‍🩹 🇬🇧",
		"Line one\nLine two\r\n\ttabbed  double  spaced ",
		"%23 # & ? = / \\ ` ~ ' \u200b zero-width \ufeff",
		strings.Repeat("long ", 700),
		"",
	}
	for _, s := range texts {
		p := plan.Plan{
			WhatIDid: s, Impact: s, WhyAndChange: s, Remedy: s,
			GivingUp:    []plan.Item{{ID: "a1", Text: s}, {ID: "a2", Text: ""}},
			Commitments: []plan.Commitment{{ID: "c1", Text: s, Cadence: plan.Weekly, Weekday: 6, Since: "2025-12-31"}},
			Boundaries:  []plan.Boundary{{ID: "b1", Text: s, Agreed: "1999-01-01"}},
			Questions:   []plan.Question{{ID: "q1", Question: s, Answer: s}, {ID: "q2", Question: "?", Answer: ""}},
			Closeness:   []plan.Item{{ID: "l1", Text: s}},
		}
		got, err := Decode(mustEncode(t, p, everySection(), Options{}), "")
		if err != nil {
			t.Fatalf("%.20q: %v", s, err)
		}
		if !reflect.DeepEqual(withoutIDs(got.Plan), withoutIDs(p)) {
			t.Errorf("%.20q:\n got %+v\nwant %+v", s, got.Plan, p)
		}
	}
}

func TestRoundTripEdgeValues(t *testing.T) {
	p := plan.Plan{
		Started: "0001-01-01",
		Commitments: []plan.Commitment{
			{ID: "x", Text: "far future", Cadence: plan.Once, Date: "9999-12-31", Since: "9999-12-30"},
			{Text: "no ID, no cadence, odd weekday", Weekday: -3},
			{ID: "y", Text: "Sunday", Cadence: plan.Weekly, Weekday: 0, Since: "0001-01-01"},
		},
		GivingUp: []plan.Item{{ID: "", Text: "entry without an ID"}},
	}
	frag := mustEncode(t, p, everySection(), Options{Version: 1<<31 - 1, SharedAt: time.Unix(0, 0)})
	got, err := Decode(frag, "")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(withoutIDs(got.Plan), withoutIDs(p)) {
		t.Errorf("\n got %+v\nwant %+v", got.Plan, p)
	}
	if got.Version != 1<<31-1 || got.SharedAt.Unix() != 0 {
		t.Errorf("Version %d, SharedAt %v", got.Version, got.SharedAt)
	}
	empty, err := Decode(mustEncode(t, plan.Plan{}, nil, Options{}), "")
	if err != nil || !reflect.DeepEqual(empty.Plan, plan.Plan{}) || empty.Sections != nil {
		t.Errorf("empty plan: %+v, %v", empty, err)
	}
}

func TestIDsStayDistinctWhenTheirTagsClash(t *testing.T) {
	// Find two IDs whose first tags clash, then share both.
	tags := map[string]string{}
	var a, b string
	for i := 0; a == ""; i++ {
		id := fmt.Sprintf("id%d", i)
		tag := (idTags{}).tag(id)
		if other, ok := tags[tag]; ok {
			a, b = other, id
		}
		tags[tag] = id
	}
	p := plan.Plan{GivingUp: []plan.Item{{ID: a, Text: "first"}}, Closeness: []plan.Item{{ID: b, Text: "second"}}}
	got, err := Decode(mustEncode(t, p, everySection(), Options{}), "")
	if err != nil {
		t.Fatal(err)
	}
	if got.Plan.GivingUp[0].ID == got.Plan.Closeness[0].ID {
		t.Errorf("IDs %q and %q both became %q", a, b, got.Plan.GivingUp[0].ID)
	}
	if err := got.Plan.Validate(); err != nil {
		t.Error(err)
	}
}

func TestEncodeRefusesWhatItCannotCarry(t *testing.T) {
	tests := []struct {
		name     string
		p        plan.Plan
		sections []plan.Section
		opts     Options
	}{
		{"unknown section", plan.Plan{}, []plan.Section{"diary"}, Options{}},
		{"invalid UTF-8", plan.Plan{Impact: "bad \xff byte"}, everySection(), Options{}},
		{"invalid UTF-8 in an entry", plan.Plan{Closeness: []plan.Item{{Text: "\xc3"}}}, everySection(), Options{}},
		{"bad start date", plan.Plan{Started: "1 March 2026"}, nil, Options{}},
		{"bad commitment date", plan.Plan{Commitments: []plan.Commitment{{Since: "2026-02-30"}}}, everySection(), Options{}},
		{"unknown cadence", plan.Plan{Commitments: []plan.Commitment{{Cadence: "hourly"}}}, everySection(), Options{}},
		{"negative version", plan.Plan{}, nil, Options{Version: -1}},
		{"blank passphrase", plan.Plan{}, nil, Options{Passphrase: "   "}},
		{"before 1970", plan.Plan{}, nil, Options{SharedAt: time.Date(1969, 1, 1, 0, 0, 0, 0, time.UTC)}},
	}
	for _, tt := range tests {
		if frag, err := Encode(tt.p, tt.sections, tt.opts); err == nil {
			t.Errorf("%s: Encode = %q, want an error", tt.name, frag)
		}
	}
}

func TestEncodeLeavesOutUnsharedSections(t *testing.T) {
	frag := mustEncode(t, longPlan, publicSections(), Options{})
	c, err := parseFragment(frag)
	if err != nil {
		t.Fatal(err)
	}
	record, err := inflate(c.body, c.flags&flagDictMask)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(record, []byte("support group on Tuesdays")) {
		t.Error("the private reflection is in a link that does not share it")
	}
}

func TestLink(t *testing.T) {
	for _, origin := range []string{"https://example.org", "https://example.org/"} {
		if got, want := Link(origin, "2abc/"), "https://example.org/view#2abc/"; got != want {
			t.Errorf("Link(%q) = %q, want %q", origin, got, want)
		}
	}
}

func TestSizeTargets(t *testing.T) {
	for _, s := range samples {
		link := Link("https://example.org", mustEncode(t, s.plan, s.sections, Options{Version: 12}))
		common := jsonDeflateLink(s.plan, s.sections)
		t.Logf("%-8s %5d characters of plan → link %5d characters; JSON+deflate+base64url %5d (%.0f%%)",
			s.name, textChars(s.plan, s.sections), len(link), len(common), 100*float64(len(link))/float64(len(common)))
		if len(link) > s.maxURL {
			t.Errorf("%s: link is %d characters, target %d", s.name, len(link), s.maxURL)
		}
	}
}

func TestUserMessages(t *testing.T) {
	for _, e := range []*Error{ErrDamaged, ErrTooLong, ErrNeedsPassphrase, ErrWrongPassphrase, ErrNewerFormat} {
		wrapped := fmt.Errorf("opening: %w", &detail{e, "test"})
		if !errors.Is(wrapped, e) || UserMessage(wrapped) != e.Message || KindOf(wrapped) != e.Kind {
			t.Errorf("%v: Is %v, UserMessage %q, KindOf %q", e, errors.Is(wrapped, e), UserMessage(wrapped), KindOf(wrapped))
		}
		if e.Message == "" || strings.Contains(e.Message, "share:") {
			t.Errorf("%v: message %q is not for people", e, e.Message)
		}
	}
	if UserMessage(nil) != "" || KindOf(nil) != "" {
		t.Error("nil error has a message or kind")
	}
	if UserMessage(errors.New("disk full")) != genericMessage || KindOf(errors.New("x")) != "" {
		t.Error("a foreign error got a link message")
	}
	if !strings.Contains(ErrDamaged.Message, "ask for it again") {
		t.Errorf("ErrDamaged says %q", ErrDamaged.Message)
	}
}
