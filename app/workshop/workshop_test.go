package workshop

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"mend/app/checker"
	"mend/app/store"
)

func TestSegmentsRebuildTheTextAndMarkEachFinding(t *testing.T) {
	text := "I'm sorry if you were hurt, but I was tired. I'll do better. 💔 ok"
	r := checker.Check(text)
	segs := Segments(text, r.Findings)
	var b strings.Builder
	seen := map[string]bool{}
	for _, s := range segs {
		b.WriteString(s.Text)
		if s.Highlighted() {
			seen[s.Category] = true
			if s.Rule == "" {
				t.Errorf("a marked segment has no rule: %+v", s)
			}
		}
	}
	if b.String() != text {
		t.Errorf("segments give %q, want the text back", b.String())
	}
	for _, c := range []string{checker.Conditional, checker.Excuse} {
		if !seen[c] {
			t.Errorf("no segment marks %s in %q: %+v", c, text, segs)
		}
	}
}

func TestSegmentsInnermostWinsAndPlainRunsMerge(t *testing.T) {
	text := "aa bbb cc dd"
	findings := []checker.Finding{
		{Rule: "OUTER", Category: "excuse", Start: 3, End: 9},
		{Rule: "INNER", Category: "conditional", Start: 3, End: 6},
		{Rule: "MISSING", Category: "remedy", Start: 12, End: 12},
	}
	got := Segments(text, findings)
	want := []Segment{
		{Text: "aa ", Finding: -1, Start: 0},
		{Text: "bbb", Finding: 1, Category: "conditional", Rule: "INNER", Start: 3},
		{Text: " cc", Finding: 0, Category: "excuse", Rule: "OUTER", Start: 6},
		{Text: " dd", Finding: -1, Start: 9},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("segment %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestSegmentsIgnoreSpansOutsideTheText(t *testing.T) {
	segs := Segments("short", []checker.Finding{{Start: 2, End: 99}, {Start: -1, End: 3}})
	if len(segs) != 1 || segs[0].Text != "short" || segs[0].Highlighted() {
		t.Errorf("got %+v", segs)
	}
	if segs := Segments("", nil); len(segs) != 0 {
		t.Errorf("empty text gives %+v", segs)
	}
}

func TestChangedRedrawsOnlyWhatChanged(t *testing.T) {
	a := Segments("I'm sorry if you were hurt. Then more words.", checker.Check("I'm sorry if you were hurt. Then more words.").Findings)
	bText := "I'm sorry if you were hurt. Then more words!"
	b := Segments(bText, checker.Check(bText).Findings)
	prefix, oldEnd, newEnd := Changed(a, b)
	if oldEnd-prefix != 1 || newEnd-prefix != 1 {
		t.Errorf("one changed letter redraws old[%d:%d] new[%d:%d] of %+v → %+v", prefix, oldEnd, prefix, newEnd, a, b)
	}
	if p, o, n := Changed(a, a); p != len(a) || o != len(a) || n != len(a) {
		t.Errorf("no change redraws %d %d %d", p, o, n)
	}
	if p, o, n := Changed(nil, b); p != 0 || o != 0 || n != len(b) {
		t.Errorf("from nothing: %d %d %d", p, o, n)
	}
}

func TestAtFindsTheFindingUnderTheCaret(t *testing.T) {
	findings := []checker.Finding{
		{StartUTF16: 4, EndUTF16: 31},
		{StartUTF16: 4, EndUTF16: 26},
		{StartUTF16: 44, EndUTF16: 44},
	}
	for pos, want := range map[int]int{0: -1, 4: 1, 26: 1, 27: 0, 31: 0, 32: -1, 44: -1} {
		if got := At(findings, pos); got != want {
			t.Errorf("At(%d) = %d, want %d", pos, got, want)
		}
	}
}

func TestQuoteCutsOnARuneBoundary(t *testing.T) {
	if got := Quote("I hurt you 💔 badly", 0, 18, 12); got != "I hurt you …" {
		t.Errorf("got %q", got)
	}
	if got := Quote("abc", 1, 3, 10); got != "bc" {
		t.Errorf("got %q", got)
	}
	if got := Quote("abc", 2, 9, 10); got != "" {
		t.Errorf("out of range gives %q", got)
	}
}

func TestSummary(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"  ", "Nothing written yet."},
		{"I'm sorry if you were hurt, but I was tired.", "2 things to look at, 0 of 5 parts present"},
		{Examples()[0].Text, "Nothing to look at, 5 of 5 parts present"},
	} {
		if got := Summary(c.text, checker.Check(c.text)); got != c.want {
			t.Errorf("Summary(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestSummaryCountsPartsNotSure(t *testing.T) {
	r := checker.Check("I'm sorry I forgot.")
	states := []string{checker.StatePresent, checker.StatePresent, checker.StateMissing, checker.StateUnsure, checker.StateMissing}
	for i, s := range states {
		r.Components[i].State, r.Components[i].Present, r.Components[i].Hint = s, s == checker.StatePresent, ""
		if s != checker.StatePresent {
			r.Components[i].Hint = "Did you?"
		}
	}
	if got := Summary("I'm sorry I forgot.", r); !strings.HasSuffix(got, "2 of 5 parts present, 1 not sure") {
		t.Errorf("Summary = %q", got)
	}
	if got := StateLabel(r.Components[3]); got != "Not sure" {
		t.Errorf("StateLabel(unsure) = %q", got)
	}
	if got := StateLabel(r.Components[0]); got != "There" {
		t.Errorf("StateLabel(present) = %q", got)
	}
	if got := StateLabel(r.Components[4]); got != "Not yet" {
		t.Errorf("StateLabel(missing) = %q", got)
	}
}

// TestSummaryWhileTheCheckerWaits: before the app has the checker's data,
// no part is called missing and the summary says the checker is not ready.
func TestSummaryWhileTheCheckerWaits(t *testing.T) {
	r := checker.Check("I'm sorry.")
	for i := range r.Components {
		r.Components[i] = checker.Component{Category: r.Components[i].Category, State: checker.StateWaiting}
	}
	r.Findings = nil
	if got := Summary("I'm sorry.", r); got != "The checker is getting ready." {
		t.Errorf("Summary = %q", got)
	}
	if got := StateLabel(r.Components[0]); got != "Waiting" {
		t.Errorf("StateLabel(waiting) = %q", got)
	}
	if got := Summary(" ", r); got != "Nothing written yet." {
		t.Errorf("Summary of an empty draft = %q", got)
	}
}

func TestEveryCategoryHasALabel(t *testing.T) {
	for _, c := range checker.Categories {
		if Label(c) == c {
			t.Errorf("category %q has no label", c)
		}
	}
}

func TestExamplesShowWhatTheyClaim(t *testing.T) {
	good := 0
	for _, e := range Examples() {
		r := checker.Check(e.Text)
		marked := len(Marked(e.Text, r.Findings))
		if e.Unsure != "" {
			unsure := false
			for _, c := range r.Components {
				unsure = unsure || c.Category == e.Unsure && c.State == checker.StateUnsure && c.Hint != ""
			}
			if !unsure {
				t.Errorf("%s: the checker should be unsure of %s (the model changed? pick a new draft): %+v", e.Name, e.Unsure, r.Components)
			}
			continue
		}
		if e.Good {
			good++
			if marked != 0 || Summary(e.Text, r) != "Nothing to look at, 5 of 5 parts present" {
				t.Errorf("%s: %s", e.Name, Summary(e.Text, r))
			}
		} else if marked == 0 {
			t.Errorf("%s: the checker marks nothing", e.Name)
		}
	}
	if good != 1 || len(Examples()) < 4 {
		t.Errorf("%d examples, %d good; want 4 or more with one good", len(Examples()), good)
	}
}

func TestDraftsNewDuplicateRemoveRestore(t *testing.T) {
	now := time.Date(2026, 3, 4, 21, 5, 0, 0, time.UTC)
	a := NewDraft(nil, now, "", "first")
	b := NewDraft([]store.Draft{a}, now, "", "second")
	if a.ID == b.ID || a.Name != "Draft 1" || b.Name != "Draft 2" || a.Created != "2026-03-04T21:05:00Z" {
		t.Fatalf("a=%+v b=%+v", a, b)
	}
	drafts := []store.Draft{a, b}
	c := Duplicate(drafts, a, now)
	if c.Name != "Copy of Draft 1" || c.Text != "first" || Find(drafts, c.ID) >= 0 {
		t.Errorf("duplicate = %+v", c)
	}
	drafts = append(drafts, c)
	doc := store.Empty()
	doc.Drafts = drafts
	if err := doc.Validate(); err != nil {
		t.Errorf("drafts do not validate: %v", err)
	}

	rest, removed, ok := Remove(drafts, b.ID)
	if !ok || len(rest) != 2 || removed.Index != 1 || len(drafts) != 3 {
		t.Fatalf("Remove: %v %+v %v (original %d)", rest, removed, ok, len(drafts))
	}
	back := Restore(rest, removed)
	if len(back) != 3 || back[1].ID != b.ID {
		t.Errorf("Restore put it at %+v", back)
	}
	if again := Restore(back, removed); len(again) != 3 {
		t.Errorf("restoring twice doubles the draft")
	}
	if _, _, ok := Remove(drafts, "nope"); ok {
		t.Error("removing a missing draft succeeded")
	}
}

func TestCleanName(t *testing.T) {
	if got := CleanName("  My   letter \n", "x"); got != "My letter" {
		t.Errorf("got %q", got)
	}
	if got := CleanName("   ", "Draft 1"); got != "Draft 1" {
		t.Errorf("got %q", got)
	}
	if got := CleanName(strings.Repeat("é", 60), ""); len(got) > MaxNameLength || !strings.HasPrefix(got, "éé") {
		t.Errorf("got %q (%d bytes)", got, len(got))
	}
}

func TestLatestAndDateLabel(t *testing.T) {
	drafts := []store.Draft{
		{ID: "a", Updated: "2026-03-01T10:00:00Z"},
		{ID: "b", Updated: "2026-03-04T09:00:00Z"},
		{ID: "c", Updated: "2026-03-02T10:00:00Z"},
	}
	if got := Latest(drafts); got != "b" {
		t.Errorf("Latest = %q", got)
	}
	if got := Latest(nil); got != "" {
		t.Errorf("Latest(nil) = %q", got)
	}
	now := time.Date(2026, 3, 4, 21, 5, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"2026-03-04T09:00:00Z": "Today, 09:00",
		"2026-03-03T23:59:00Z": "Yesterday, 23:59",
		"2026-02-20T10:00:00Z": "20 Feb 2026",
		"not a time":           "",
	} {
		if got := DateLabel(in, now); got != want {
			t.Errorf("DateLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLetter(t *testing.T) {
	if got := Letter("\n  Dear Sam,\r\nI'm sorry.  \n\n"); got != "Dear Sam,\nI'm sorry." {
		t.Errorf("got %q", got)
	}
}

func TestSaveTextKeepsTheDraftOrMakesOne(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	drafts, made := SaveText(nil, "", "I'm sorry", now)
	if made.ID == "" || len(drafts) != 1 || drafts[0].Text != "I'm sorry" {
		t.Fatalf("the first word made %+v in %+v", made, drafts)
	}
	later := now.Add(time.Hour)
	again, madeAgain := SaveText(drafts, made.ID, "I'm sorry I lied", later)
	if madeAgain.ID != "" || len(again) != 1 || again[0].Text != "I'm sorry I lied" || again[0].Updated != "2026-03-01T10:00:00Z" {
		t.Errorf("saving the draft again gave %+v, made %+v", again, madeAgain)
	}
	if drafts[0].Text != "I'm sorry" {
		t.Error("SaveText changed the list it was given")
	}
	gone, remade := SaveText(drafts, "deleted-elsewhere", "still typing", later)
	if remade.ID == "" || len(gone) != 2 {
		t.Errorf("text for a draft deleted meanwhile was not kept: %+v", gone)
	}
}

func TestRenameTidiesTheName(t *testing.T) {
	drafts, made := SaveText(nil, "", "x", time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
	out, name := Rename(drafts, made.ID, "  To   Sam  ")
	if name != "To Sam" || out[0].Name != "To Sam" || drafts[0].Name == "To Sam" {
		t.Errorf("Rename = %q, %+v (given %+v)", name, out, drafts)
	}
	if _, kept := Rename(out, made.ID, "   "); kept != "To Sam" {
		t.Errorf("an empty name gave %q, want the old name kept", kept)
	}
}
