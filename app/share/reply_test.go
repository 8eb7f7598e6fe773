package share

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// sampleReply makes a Reply of one of the sample or held-out replies.
func sampleReply(questions, needs []string, note string) Reply {
	return Reply{Questions: questions, Needs: needs, Note: note, WrittenAt: sharedAt, PlanVersion: 3}
}

func replyChars(r Reply) int {
	n := utf8.RuneCountInString(r.Note)
	for _, l := range append(append([]string{}, r.Questions...), r.Needs...) {
		n += utf8.RuneCountInString(l)
	}
	return n
}

// replyMaxURL is the size target: a reply of five questions and three
// needs, about 600 characters, in at most 450 characters of link.
const replyMaxURL = 450

func replyURLLen(t testing.TB, r Reply) int {
	frag, err := EncodeReply(r, ReplyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return len(ReplyLink("https://example.org", frag))
}

// TestReplySizeTargetHeldOut measures the size target on replies the
// dictionary was never tuned on.
func TestReplySizeTargetHeldOut(t *testing.T) {
	all := append(replyHoldouts[:len(replyHoldouts):len(replyHoldouts)], replyHoldoutsLong...)
	for _, s := range all {
		r := sampleReply(s.questions, s.needs, s.note)
		n := replyURLLen(t, r)
		t.Logf("%s: %d characters of text, %d characters of link", s.name, replyChars(r), n)
		if n > replyMaxURL {
			t.Errorf("%s: link is %d characters, target %d", s.name, n, replyMaxURL)
		}
	}
}

// TestReplySizeTuning reports the samples the dictionary is tuned on.
func TestReplySizeTuning(t *testing.T) {
	for _, s := range replySamples {
		r := sampleReply(s.questions, s.needs, s.note)
		n := replyURLLen(t, r)
		t.Logf("%s: %d characters of text, %d characters of link", s.name, replyChars(r), n)
		if n > replyMaxURL {
			t.Errorf("%s: link is %d characters, target %d", s.name, n, replyMaxURL)
		}
	}
}

var twoQuestions = Reply{
	Questions:   []string{"Did you see her again after you promised?", "Why now?"},
	Needs:       []string{"Give me a week before we talk about moving back."},
	Note:        "Tired.\nBut okay.",
	WrittenAt:   sharedAt,
	PlanVersion: 2,
}

func mustEncodeReply(t testing.TB, r Reply, opts ReplyOptions) string {
	t.Helper()
	frag, err := EncodeReply(r, opts)
	if err != nil {
		t.Fatalf("EncodeReply: %v", err)
	}
	return frag
}

func sameReply(a, b Reply) bool {
	return strings.Join(a.Questions, "|") == strings.Join(b.Questions, "|") &&
		strings.Join(a.Needs, "|") == strings.Join(b.Needs, "|") &&
		a.Note == b.Note && a.WrittenAt.Equal(b.WrittenAt) && a.PlanVersion == b.PlanVersion && a.Protected == b.Protected
}

func TestReplyRoundTrip(t *testing.T) {
	frag := mustEncodeReply(t, twoQuestions, ReplyOptions{})
	got, err := DecodeReply(ReplyLink("https://example.org/", frag), "")
	if err != nil {
		t.Fatal(err)
	}
	if !sameReply(got, twoQuestions) {
		t.Errorf("got %+v, want %+v", got, twoQuestions)
	}
	if !strings.HasPrefix(ReplyLink("https://example.org/", frag), "https://example.org/reply#2") {
		t.Errorf("ReplyLink = %q", ReplyLink("https://example.org/", frag))
	}
}

func TestReplyCleansLines(t *testing.T) {
	r := Reply{Questions: []string{"  one  ", "", "two\r\nthree"}, Needs: []string{"\n"}, Note: "  hi \r\n", WrittenAt: sharedAt}
	got, err := DecodeReply(mustEncodeReply(t, r, ReplyOptions{}), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got.Questions, "|") != "one|two|three" || got.Needs != nil || got.Note != "hi" {
		t.Errorf("got %+v", got)
	}
	if got := Lines(" a \n\n b\r\nc "); strings.Join(got, "|") != "a|b|c" {
		t.Errorf("Lines = %q", got)
	}
}

func TestReplyPassphrase(t *testing.T) {
	frag := mustEncodeReply(t, twoQuestions, ReplyOptions{Passphrase: "Amber Badger  kettle"})
	if _, err := DecodeReply(frag, ""); !errors.Is(err, ErrNeedsPassphrase) {
		t.Fatalf("no passphrase: %v", err)
	}
	_, err := DecodeReply(frag, "amber badger")
	if !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if !strings.Contains(ReplyMessage(err), "reply") {
		t.Errorf("ReplyMessage = %q, want it to speak of a reply", ReplyMessage(err))
	}
	got, err := DecodeReply(frag, " amber badger KETTLE")
	if err != nil {
		t.Fatal(err)
	}
	want := twoQuestions
	want.Protected = true
	if !sameReply(got, want) {
		t.Errorf("got %+v", got)
	}
}

// TestReplyID checks that a reply's ID is the same however and whenever
// its link was made, and differs for other words.
func TestReplyID(t *testing.T) {
	plain := mustEncodeReply(t, twoQuestions, ReplyOptions{})
	locked := mustEncodeReply(t, twoQuestions, ReplyOptions{Passphrase: "a b"})
	id1, err := ReplyID(plain, "")
	if err != nil {
		t.Fatal(err)
	}
	id2, err := ReplyID(locked, "a b")
	if err != nil {
		t.Fatal(err)
	}
	if id1 != id2 || id1 != twoQuestions.ID() || len(id1) != 16 {
		t.Errorf("IDs %q, %q, %q", id1, id2, twoQuestions.ID())
	}
	// The same words made into a link a minute later, or after another
	// version of the plan, are the same reply.
	other := twoQuestions
	other.WrittenAt, other.PlanVersion = other.WrittenAt.Add(time.Minute), 5
	other.Questions = append([]string{"  "}, other.Questions...)
	if other.ID() != id1 {
		t.Error("a minute later, the same words give another ID")
	}
	other = twoQuestions
	other.Needs = []string{"Something else."}
	if other.ID() == id1 {
		t.Error("other words give the same ID")
	}
	if _, err := ReplyID(plain[:len(plain)-3], ""); !errors.Is(err, ErrDamaged) {
		t.Errorf("ID of a cut link: %v", err)
	}
}

// TestWrongKind checks that a plan link read as a reply, and a reply read
// as a plan, each say what they are, protected or not.
func TestWrongKind(t *testing.T) {
	planLink := mustEncode(t, shortPlan, publicSections(), Options{Version: 1})
	lockedPlan := mustEncode(t, smallPlan, everySection(), Options{Passphrase: "x y"})
	for _, l := range []string{planLink, lockedPlan} {
		_, err := DecodeReply(l, "")
		if !errors.Is(err, ErrIsPlan) || KindOf(err) != KindWrongKind {
			t.Errorf("plan link as a reply: %v", err)
		}
		if !strings.Contains(ReplyMessage(err), "plan") {
			t.Errorf("message %q", ReplyMessage(err))
		}
	}
	replyLink := mustEncodeReply(t, twoQuestions, ReplyOptions{})
	lockedReply := mustEncodeReply(t, twoQuestions, ReplyOptions{Passphrase: "x y"})
	for _, l := range []string{replyLink, lockedReply} {
		if _, err := Decode(l, "x y"); !errors.Is(err, ErrIsReply) || KindOf(err) != KindWrongKind {
			t.Errorf("reply link as a plan: %v", err)
		}
	}
	// The two reserved kinds are a newer app's.
	rec, _ := twoQuestions.marshal()
	for _, kind := range []byte{0x80, 0xc0} {
		if _, err := DecodeReply(craft(rec, kind|dictReplyEnglish), ""); !errors.Is(err, ErrNewerFormat) {
			t.Errorf("kind %#x: %v", kind, err)
		}
	}
}

// TestReplyForgivesWhatMessengersDo checks the reply link survives what
// chat apps and mailers do to links, as a plan link does.
func TestReplyForgivesWhatMessengersDo(t *testing.T) {
	frag := mustEncodeReply(t, twoQuestions, ReplyOptions{})
	link := ReplyLink("https://example.org", frag)
	for name, in := range map[string]string{
		"wrapped":      link[:40] + "\n" + link[40:],
		"escaped hash": strings.Replace(link, "#", "%23", 1),
		"safe links":   strings.Replace(link, "#", "%2523", 1),
		"tracking":     link + "&utm_source=chat",
		"sentence":     "Here: " + link + ".",
		"fragment":     "#" + frag,
	} {
		got, err := DecodeReply(in, "")
		if err != nil || !sameReply(got, twoQuestions) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestReplyDamage checks that every cut and every changed character is
// reported as damage, never read as another reply.
func TestReplyDamage(t *testing.T) {
	frag := mustEncodeReply(t, twoQuestions, ReplyOptions{})
	for n := 1; n < len(frag); n++ {
		if _, err := DecodeReply(frag[:n], ""); err == nil {
			t.Errorf("cut to %d characters: accepted", n)
		}
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	for i := 1; i < len(frag)-1; i++ {
		for _, c := range []byte{alphabet[(strings.IndexByte(alphabet, frag[i])+1)%64], alphabet[(strings.IndexByte(alphabet, frag[i])+17)%64]} {
			bad := frag[:i] + string(c) + frag[i+1:]
			if _, err := DecodeReply(bad, ""); KindOf(err) != KindDamaged {
				t.Errorf("character %d changed: %v", i, err)
			}
		}
	}
}

func TestReplyLimits(t *testing.T) {
	many := make([]string, MaxReplyLines+1)
	for i := range many {
		many[i] = "Why?"
	}
	for name, r := range map[string]Reply{
		"too many questions": {Questions: many},
		"too many needs":     {Needs: many},
		"a long line":        {Questions: []string{strings.Repeat("a", MaxReplyLineLen+1)}},
		"a long note":        {Note: strings.Repeat("a", MaxReplyNoteLen+1)},
	} {
		_, err := EncodeReply(r, ReplyOptions{})
		if !errors.Is(err, ErrTooLong) || !strings.Contains(ReplyMessage(err), "too long") {
			t.Errorf("%s: %v (%q)", name, err, ReplyMessage(err))
		}
		// The same reply crafted into a link is refused when read.
		w := &recordWriter{}
		w.uint(1)
		w.uint(0)
		w.text(strings.Join(r.Questions, "\n"))
		w.text(strings.Join(r.Needs, "\n"))
		w.text(r.Note)
		if _, err := DecodeReply(craft(w.buf, kindReply|dictReplyEnglish), ""); !errors.Is(err, ErrTooLong) {
			t.Errorf("%s crafted: %v", name, err)
		}
	}
	// The most a reply may hold still fits one link.
	full := Reply{Note: strings.Repeat("n", MaxReplyNoteLen), WrittenAt: sharedAt}
	for i := range MaxReplyLines {
		line := strings.Repeat(string(rune('a'+i)), MaxReplyLineLen)
		full.Questions, full.Needs = append(full.Questions, line), append(full.Needs, line)
	}
	if _, err := EncodeReply(full, ReplyOptions{}); err != nil {
		t.Errorf("a reply at every limit: %v", err)
	}
	if _, err := EncodeReply(Reply{Questions: []string{" ", ""}}, ReplyOptions{}); err == nil || ReplyMessage(err) == UserMessage(err) {
		t.Errorf("empty reply: %v, %q", err, ReplyMessage(err))
	}
	if _, err := DecodeReply(strings.Repeat("A", 5*MaxFragmentLen), ""); !errors.Is(err, ErrTooLong) {
		t.Errorf("pasted novel: %v", err)
	}
}

// TestReplyRecordStructure checks what only a crafted link can hold.
func TestReplyRecordStructure(t *testing.T) {
	for name, rec := range map[string][]byte{
		"empty":        {},
		"empty reply":  put(1, 0, "", "", ""),
		"empty line":   put(1, 0, "a\n\nb", "", ""),
		"padded line":  put(1, 0, " a", "", ""),
		"padded note":  put(1, 0, "", "", "a "),
		"cut short":    put(1, 0, "a"),
		"bad utf-8":    put(1, 0, "\xc3\x28", "", ""),
		"time too big": put(1<<35, 0, "a", "", ""),
	} {
		if _, err := DecodeReply(craft(rec, kindReply|dictReplyEnglish), ""); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Fields after the note are a newer app's, and ignored.
	got, err := DecodeReply(craft(put(1, 0, "a", "", "", "later"), kindReply|dictReplyEnglish), "")
	if err != nil || strings.Join(got.Questions, "") != "a" {
		t.Errorf("newer fields: %+v, %v", got, err)
	}
}

// TestPlanLinkLeavesOutProposals checks that a need the partner proposed
// is never sent back to them as a boundary agreed, until the author agrees.
func TestPlanLinkLeavesOutProposals(t *testing.T) {
	p := smallPlan.AddReply("r1", []string{"Why?"}, []string{"Call first."})
	frag := mustEncode(t, p, everySection(), Options{})
	got, err := Decode(frag, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Plan.Boundaries) != len(smallPlan.Boundaries) || len(got.Plan.Questions) != len(smallPlan.Questions)+1 {
		t.Errorf("the link carries %d boundaries and %d questions", len(got.Plan.Boundaries), len(got.Plan.Questions))
	}
	agreed := p.Agree(p.Proposals()[0].ID, sharedAt)
	got, _ = Decode(mustEncode(t, agreed, everySection(), Options{}), "")
	if len(got.Plan.Boundaries) != len(smallPlan.Boundaries)+1 {
		t.Errorf("an agreed need is not in the link: %+v", got.Plan.Boundaries)
	}
}
