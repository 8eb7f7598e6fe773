package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"mend/app/plan"
	"mend/app/share"
)

// storePlan replaces the plan in the author's stored document, keeping
// everything else in it (the record of links already shared, which is what
// makes the next link's version go up). It must run on a page of the app's
// origin; the next page opened reads it.
func storePlan(t testing.TB, ctx context.Context, p plan.Plan) {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `(() => {
		const doc = JSON.parse(localStorage.getItem("mend.doc") || '{"v": 1}');
		doc.plan = JSON.parse(`+jsString(string(b))+`);
		localStorage.setItem("mend.doc", JSON.stringify(doc));
		return true;
	})()`)
}

// authorLink stores p as the author's plan, opens /share and returns the
// link it offers for the sections ticked by default.
func authorLink(t testing.TB, ctx context.Context, base string, p plan.Plan) string {
	t.Helper()
	open(t, ctx, base+"/")
	storePlan(t, ctx, p)
	open(t, ctx, base+"/share")
	waitFor(t, ctx, "the share link", shareLinkReady, 20*time.Second)
	return eval[string](t, ctx, `document.getElementById("share-link").value`)
}

// sharedOnTexts is what the page may say about when a link made between
// from and to was shared, in the time zone of the browser behind ctx (the
// app writes local time, to the minute).
func sharedOnTexts(t testing.TB, ctx context.Context, from, to time.Time, version int) []string {
	t.Helper()
	offset := eval[int](t, ctx, `new Date().getTimezoneOffset()`)
	zone := time.FixedZone("browser", -offset*60)
	var out []string
	for m := from.Truncate(time.Minute); !m.After(to); m = m.Add(time.Minute) {
		out = append(out, fmt.Sprintf("Shared on %s · version %d.", m.In(zone).Format("Monday 2 January 2006 at 15:04"), version))
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// keptKeys lists the localStorage keys a kept copy could live under.
const keptKeys = `Object.keys(localStorage).filter(k => k.startsWith("mend.kept"))`

// The author changes the plan after the partner kept a copy: the newer
// link must show the partner exactly what changed, say when it was shared
// and which version it is, and leave the kept copy alone until the partner
// chooses to replace it.
func TestShareKeptCopyShowsChanges(t *testing.T) {
	const (
		callLate   = "Call you when I am going to be late, before the time I said."
		callLateB  = "Ring you the moment I know I will be late, not after."
		tellBefore = "Tell you before I meet Dana, and who else will be there."
		phoneTable = "Leave my phone on the kitchen table during dinner."
		counsel    = "Go to counselling on Thursday evenings and tell you how it went."
		remedyA    = "I will pay for the couples counselling sessions."
		remedyB    = "I will pay for the couples counselling and book the first session."
		whatIDid   = "I hid the messages and lied about where I was that weekend."
	)
	since := "2026-01-06"
	planA := plan.Plan{
		WhatIDid: whatIDid,
		Remedy:   remedyA,
		Commitments: []plan.Commitment{
			{ID: "c1", Text: callLate, Cadence: plan.Daily, Since: since},
			{ID: "c2", Text: tellBefore, Cadence: plan.Daily, Since: since},
			{ID: "c3", Text: phoneTable, Cadence: plan.Daily, Since: since},
		},
		Started: "2026-01-05",
	}
	// Plan B: c1 reworded, c2 removed, c3 untouched, c4 new, the remedy
	// reworded, what I did untouched.
	planB := planA
	planB.Remedy = remedyB
	planB.Commitments = []plan.Commitment{
		{ID: "c1", Text: callLateB, Cadence: plan.Daily, Since: since},
		{ID: "c3", Text: phoneTable, Cadence: plan.Daily, Since: since},
		{ID: "c4", Text: counsel, Cadence: plan.Weekly, Weekday: int(time.Thursday), Since: since},
	}

	srv := startServer(t, siteDir, "")
	author := newBrowser(t)
	partner := newBrowser(t)

	// Link A, copied, so Mend notes it was shared.
	fromA := time.Now()
	linkA := authorLink(t, author, srv.URL, planA)
	toA := time.Now()
	shareClick(t, author, "#share-copy")
	waitFor(t, author, "link A noted as shared", `!!document.getElementById("share-history")`, 20*time.Second)
	if n := eval[int](t, author, `JSON.parse(localStorage.getItem("mend.doc")).shares.length`); n != 1 {
		t.Fatalf("after copying link A the document notes %d shares, want 1", n)
	}

	// The partner opens link A: nothing is stored until they ask.
	open(t, partner, linkA)
	waitFor(t, partner, "plan A", `!!document.getElementById("view-plan")`, 20*time.Second)
	if keys := eval[[]string](t, partner, keptKeys); len(keys) != 0 {
		t.Fatalf("opening link A stored %v before the partner asked", keys)
	}
	if eval[bool](t, partner, `!!document.getElementById("view-changes")`) {
		t.Error("link A shows changes though no copy was kept")
	}
	metaA := eval[string](t, partner, `document.querySelector("#view-plan .shared-meta").textContent`)
	wantA := sharedOnTexts(t, partner, fromA, toA, 1)
	if !containsAny(metaA, wantA) {
		t.Errorf("link A says %q; want one of %q", metaA, wantA)
	}
	shareClick(t, partner, "#view-keep")
	waitFor(t, partner, "the kept copy", `!!document.getElementById("view-kept")`, 20*time.Second)
	keptA := eval[string](t, partner, `localStorage.getItem("mend.kept-plan")`)
	var kept struct {
		Version int       `json:"version"`
		Plan    plan.Plan `json:"plan"`
	}
	if err := json.Unmarshal([]byte(keptA), &kept); err != nil || kept.Version != 1 || len(kept.Plan.Commitments) != 3 || kept.Plan.Remedy != remedyA {
		t.Fatalf("the kept copy of link A is %s (%v)", keptA, err)
	}

	// The author changes the plan and makes link B.
	fromB := time.Now()
	linkB := authorLink(t, author, srv.URL, planB)
	toB := time.Now()
	if linkB == linkA {
		t.Fatal("the changed plan made the same link")
	}
	if preview := eval[string](t, author, `document.querySelector("#share-preview .shared-meta").textContent`); !strings.Contains(preview, "version 2.") {
		t.Errorf("the author's preview of link B says %q; want version 2", preview)
	}

	// The partner opens link B in a new tab of the same browser, as a
	// tapped link would.
	tab := newTab(t, partner, nil)
	open(t, tab, linkB)
	waitFor(t, tab, "plan B with its changes", `!!document.getElementById("view-plan") && !!document.getElementById("view-changes")`, 20*time.Second)

	if got := eval[string](t, tab, `document.getElementById("view-changes-title").textContent`); got != "What changed since the copy you kept" {
		t.Errorf("the changes are headed %q", got)
	}
	yourCopy := eval[string](t, tab, `document.querySelector("#view-changes .shared-detail").textContent`)
	if !strings.HasPrefix(yourCopy, "Your copy: ") || !containsAny(yourCopy, wantA) {
		t.Errorf("the changes say of the kept copy %q; want %q and one of %q", yourCopy, "Your copy: ", wantA)
	}
	items := eval[[]string](t, tab, `[...document.querySelectorAll("#view-changes .changes-list > li")].map(li => li.textContent)`)
	labels := eval[[]string](t, tab, `[...document.querySelectorAll("#view-changes .changes-list > li > strong")].map(s => s.textContent)`)
	want := []string{
		"New commitment: " + counsel,
		"Commitment removed: " + tellBefore,
		"Commitment changed: “" + callLate + "” (Every day) is now “" + callLateB + "” (Every day)",
		"Reworded: The remedy I offer",
	}
	if strings.Join(items, "\n") != strings.Join(want, "\n") {
		t.Errorf("the changes list:\n%s\nwant:\n%s", strings.Join(items, "\n"), strings.Join(want, "\n"))
	}
	if len(labels) != len(want) {
		t.Errorf("the changes list has %d bold labels for %d changes: %q", len(labels), len(want), labels)
	}
	// The page with its changes card is a state of its own: check it with
	// axe, and keep a picture of it when asked.
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is installed by make e2e (npm ci in e2e/): %v", err)
	}
	for _, v := range runAxe(t, tab, string(axe)) {
		t.Errorf("link B with its changes: %s", v)
	}
	if dir := os.Getenv("MEND_SCREENSHOTS"); dir != "" {
		if png, err := chromedp.Run(tab, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(filepath.Join(dir, "view-changes.png"), png, 0o644)
		}
	}
	changes := eval[string](t, tab, `document.getElementById("view-changes").textContent`)
	for _, unchanged := range []string{phoneTable, whatIDid, "What I did"} {
		if strings.Contains(changes, unchanged) {
			t.Errorf("the changes mention %q, which did not change", unchanged)
		}
	}

	// The plan itself is link B's, with when it was shared and its version.
	metaB := eval[string](t, tab, `document.querySelector("#view-plan .shared-plan .shared-meta").textContent`)
	if wantB := sharedOnTexts(t, tab, fromB, toB, 2); !containsAny(metaB, wantB) {
		t.Errorf("link B says %q; want one of %q", metaB, wantB)
	}
	commitments := eval[string](t, tab, `document.querySelector("#view-plan #shared-commitments").textContent`)
	for _, s := range []string{callLateB, phoneTable, counsel, "Every Thursday"} {
		if !strings.Contains(commitments, s) {
			t.Errorf("link B's commitments lack %q", s)
		}
	}
	for _, s := range []string{callLate, tellBefore} {
		if strings.Contains(commitments, s) {
			t.Errorf("link B's commitments still hold %q", s)
		}
	}
	if got := eval[string](t, tab, `document.querySelector("#view-plan #shared-remedy").textContent`); !strings.Contains(got, remedyB) {
		t.Errorf("link B's remedy is %q", got)
	}

	// Opening link B left the kept copy as it was, and the page says so by
	// offering to keep the newer one instead.
	if got := eval[string](t, tab, `localStorage.getItem("mend.kept-plan")`); got != keptA {
		t.Errorf("opening link B changed the kept copy to %s", got)
	}
	if keys := eval[[]string](t, tab, keptKeys); len(keys) != 1 {
		t.Errorf("the kept keys are %v, want only mend.kept-plan", keys)
	}
	if eval[bool](t, tab, `!!document.getElementById("view-kept")`) {
		t.Error("link B says it is the kept copy")
	}
	if got := eval[string](t, tab, `document.getElementById("view-keep").textContent`); got != "Keep this newer copy" {
		t.Errorf("the keep button on link B says %q", got)
	}
	if got := eval[string](t, tab, `document.querySelector(".view-keep").textContent`); !strings.Contains(got, "instead of your older copy") {
		t.Errorf("link B does not say the older copy would be replaced: %q", got)
	}

	// Keeping the newer copy replaces the old one; link B then has no
	// changes to show.
	shareClick(t, tab, "#view-keep")
	waitFor(t, tab, "the newer kept copy", `!!document.getElementById("view-kept") && !document.getElementById("view-changes")`, 20*time.Second)
	keptB := eval[string](t, tab, `localStorage.getItem("mend.kept-plan")`)
	if err := json.Unmarshal([]byte(keptB), &kept); err != nil || kept.Version != 2 || kept.Plan.Remedy != remedyB || len(kept.Plan.Commitments) != 3 {
		t.Errorf("the kept copy of link B is %s (%v)", keptB, err)
	}

	// Reopening the older link A says it is older, and lists what changed
	// after it, from A to the kept copy, without touching the copy.
	old := newTab(t, partner, nil)
	open(t, old, linkA)
	waitFor(t, old, "link A against the newer copy", `!!document.getElementById("view-changes")`, 20*time.Second)
	if got := eval[string](t, old, `document.getElementById("view-changes-title").textContent`); !strings.HasPrefix(got, "This link is older than the copy you kept") {
		t.Errorf("reopening link A, the changes are headed %q", got)
	}
	items = eval[[]string](t, old, `[...document.querySelectorAll("#view-changes .changes-list > li")].map(li => li.textContent)`)
	if strings.Join(items, "\n") != strings.Join(want, "\n") {
		t.Errorf("reopening link A, the changes list:\n%s\nwant what changed after it:\n%s", strings.Join(items, "\n"), strings.Join(want, "\n"))
	}
	if got := eval[string](t, old, `document.getElementById("view-keep").textContent`); got != "Keep this older copy instead" {
		t.Errorf("the keep button on the older link says %q", got)
	}
	if got := eval[string](t, old, `localStorage.getItem("mend.kept-plan")`); got != keptB {
		t.Errorf("reopening link A changed the kept copy to %s", got)
	}
}

// A kept copy that can no longer be read is said to be so, and stays as
// it is until the partner chooses to keep the plan in front of them.
func TestShareUnreadableKeptCopyIsNotReplacedSilently(t *testing.T) {
	const unreadable = `{"kept": 5, "plan": "scribbled over"}`
	srv := startServer(t, siteDir, "")
	link := makeShareLink(t, newBrowser(t), srv.URL, "")
	partner := newBrowser(t)
	open(t, partner, srv.URL+"/")
	eval[bool](t, partner, `localStorage.setItem("mend.kept-plan", `+jsString(unreadable)+`), true`)
	open(t, partner, link)
	checkSharedPlan(t, partner)
	waitFor(t, partner, "the unreadable-copy notice", `!!document.getElementById("view-kept-unreadable")`, 20*time.Second)
	if got := eval[string](t, partner, `document.getElementById("view-kept-unreadable").textContent`); !strings.Contains(got, "can't be read") {
		t.Errorf("the notice says %q", got)
	}
	if eval[bool](t, partner, `!!document.getElementById("view-changes")`) {
		t.Error("changes are listed against a copy that cannot be read")
	}
	if got := eval[string](t, partner, `localStorage.getItem("mend.kept-plan")`); got != unreadable {
		t.Errorf("opening the link changed the unreadable copy to %s", got)
	}
	shareClick(t, partner, "#view-keep")
	waitFor(t, partner, "the replaced copy", `!!document.getElementById("view-kept") && !document.getElementById("view-kept-unreadable")`, 20*time.Second)
	if got := eval[string](t, partner, `localStorage.getItem("mend.kept-plan")`); !strings.Contains(got, sharePlanMarker) {
		t.Errorf("after keeping, the copy is %s", got)
	}
}

// Two links with the same version and minute (the author copied the link
// by hand, so the app did not count the share) but different plans: the
// second is not taken for the kept copy.
func TestShareSameVersionDifferentPlanShowsChanges(t *testing.T) {
	p := plan.Plan{WhatIDid: "I kept the loan from you.", Started: "2026-01-05"}
	srv := startServer(t, siteDir, "")
	author, partner := newBrowser(t), newBrowser(t)
	first := authorLink(t, author, srv.URL, p)
	open(t, partner, first)
	waitFor(t, partner, "the plan", `!!document.getElementById("view-keep")`, 20*time.Second)
	shareClick(t, partner, "#view-keep")
	waitFor(t, partner, "the kept copy", `!!document.getElementById("view-kept")`, 20*time.Second)

	p.WhatIDid = "I kept the loan from you, and I lied when you asked."
	second := authorLink(t, author, srv.URL, p)
	tab := newTab(t, partner, nil)
	open(t, tab, second)
	waitFor(t, tab, "the second link", `!!document.getElementById("view-plan")`, 20*time.Second)
	if eval[bool](t, tab, `!!document.getElementById("view-kept")`) {
		t.Error("a link with different words is taken for the kept copy")
	}
	items := eval[[]string](t, tab, `[...document.querySelectorAll("#view-changes .changes-list > li")].map(li => li.textContent)`)
	if len(items) != 1 || items[0] != "Reworded: What I did" {
		t.Errorf("the changes are %q, want the reworded section", items)
	}
}

// variedText makes n words of made-up, varied text from r: deflate shrinks
// repetition, so only text like this makes a link as long as a long plan
// would.
func variedText(r *rand.Rand, n int) string {
	onsets := []string{"b", "br", "c", "ch", "d", "f", "g", "gl", "h", "j", "k", "l", "m", "n", "p", "pr", "qu", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "z"}
	vowels := []string{"a", "e", "i", "o", "u", "ai", "ea", "oo", "ou", "y"}
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		for s := 1 + r.IntN(3); s > 0; s-- {
			b.WriteString(onsets[r.IntN(len(onsets))])
			b.WriteString(vowels[r.IntN(len(vowels))])
		}
		if r.IntN(3) == 0 {
			b.WriteString(onsets[r.IntN(len(onsets))])
		}
	}
	return b.String() + "."
}

var meterCount = regexp.MustCompile(`\((\d+) characters\)`)

// shareMeter returns the meter's class, its words and the length it names.
func shareMeter(t testing.TB, ctx context.Context) (class, text string, n int) {
	t.Helper()
	class = eval[string](t, ctx, `document.getElementById("share-meter").className`)
	text = eval[string](t, ctx, `document.getElementById("share-meter").textContent`)
	if m := meterCount.FindStringSubmatch(text); m != nil {
		n, _ = strconv.Atoi(m[1])
	}
	// The bar shows the same as the words: the share of share.MaxLinkLen
	// used, or full when no link can be made.
	want := float64(min(n, share.MaxLinkLen)) / share.MaxLinkLen
	if strings.Contains(class, "share-meter-bad") {
		want = 1
	}
	if got := eval[float64](t, ctx, `document.querySelector("#share-meter progress").position`); math.Abs(got-want) > 0.005 {
		t.Errorf("the meter's bar is %.0f%% full for %q; want %.0f%%", 100*got, text, 100*want)
	}
	return class, text, n
}

// The meter on /share: fine for a short plan, a warning above
// share.LongLinkLen with the link still offered, and no link at all above
// share.MaxLinkLen until fewer sections are shared.
func TestShareLengthMeter(t *testing.T) {
	srv := startServer(t, siteDir, "")
	var console consoleLog
	ctx := newBrowserWithProfile(t, t.TempDir(), console.listen)
	defer func() {
		for _, msg := range console.all() {
			t.Errorf("console: %s", msg)
		}
	}()
	buttonsOff := `[...document.querySelectorAll("#share-copy, #share-qr, #share-sheet")].filter(b => b.disabled).length`

	// A short plan.
	link := makeShareLink(t, ctx, srv.URL, "")
	class, text, n := shareMeter(t, ctx)
	if !strings.Contains(class, "share-meter-fine") || !strings.HasPrefix(text, "Length is fine") || n != len(link) {
		t.Errorf("a %d-character link: the meter is %q, %q", len(link), class, text)
	}
	if len(link) > share.LongLinkLen {
		t.Errorf("the short plan made a %d-character link", len(link))
	}

	r := rand.New(rand.NewPCG(7, 11))

	// A long plan: one long section.
	long := variedText(r, 500)
	open(t, ctx, srv.URL+"/")
	storePlan(t, ctx, plan.Plan{WhatIDid: long})
	open(t, ctx, srv.URL+"/share")
	waitFor(t, ctx, "the long link", shareLinkReady, 20*time.Second)
	link = eval[string](t, ctx, `document.getElementById("share-link").value`)
	if len(link) <= share.LongLinkLen || len(link) > share.MaxLinkLen {
		t.Fatalf("the long plan made a %d-character link; want one above %d and at most %d", len(link), share.LongLinkLen, share.MaxLinkLen)
	}
	class, text, n = shareMeter(t, ctx)
	if !strings.Contains(class, "share-meter-long") || !strings.HasPrefix(text, "Long (") || !strings.Contains(text, "Some apps cut long links") || n != len(link) {
		t.Errorf("a %d-character link: the meter is %q, %q", len(link), class, text)
	}
	if off := eval[int](t, ctx, buttonsOff); off != 0 {
		t.Errorf("%d share buttons are disabled for a long link that is offered", off)
	}
	// The long link still opens.
	tab := newTab(t, ctx, nil)
	open(t, tab, link)
	waitFor(t, tab, "the long plan", `!!document.getElementById("view-plan")`, 20*time.Second)
	if got := eval[string](t, tab, `document.querySelector("#view-plan #shared-what-i-did").textContent`); !strings.Contains(got, long) {
		t.Errorf("the long link opens to %.80q…", got)
	}

	// A plan too long to share whole: four sections, each of a fair size.
	big := plan.Plan{
		WhatIDid: variedText(r, 240),
		Impact:   variedText(r, 240),
		Remedy:   variedText(r, 240),
		GivingUp: []plan.Item{{ID: "g1", Text: variedText(r, 120)}, {ID: "g2", Text: variedText(r, 120)}},
	}
	open(t, ctx, srv.URL+"/")
	storePlan(t, ctx, big)
	open(t, ctx, srv.URL+"/share")
	waitFor(t, ctx, "the meter refuses", `/share-meter-bad/.test(document.getElementById("share-meter").className)`, 20*time.Second)
	class, text, n = shareMeter(t, ctx)
	if n <= share.MaxLinkLen || !strings.HasPrefix(text, "Too long (") || !strings.Contains(text, "Share fewer sections") {
		t.Errorf("a plan too long to share: the meter is %q, %q", class, text)
	}
	if got := eval[string](t, ctx, `(document.getElementById("share-link")||{}).value`); got != "" {
		t.Errorf("a %d-character link is offered: %.60q…", len(got), got)
	}
	if off := eval[int](t, ctx, buttonsOff); off != eval[int](t, ctx, `document.querySelectorAll("#share-copy, #share-qr, #share-sheet").length`) || off < 2 {
		t.Errorf("only %d share buttons are disabled with no link", off)
	}
	preview := eval[string](t, ctx, `document.getElementById("share-preview").textContent`)
	if !strings.Contains(preview, big.Impact) || !strings.Contains(preview, big.GivingUp[1].Text) {
		t.Error("the preview does not show the plan that is too long")
	}

	// One section fewer brings the link back, long; three fewer, fine.
	shareClick(t, ctx, "#share-section-impact")
	waitFor(t, ctx, "the link with one section fewer", shareLinkReady, 20*time.Second)
	link = eval[string](t, ctx, `document.getElementById("share-link").value`)
	class, text, n = shareMeter(t, ctx)
	if !strings.Contains(class, "share-meter-long") || n != len(link) || len(link) > share.MaxLinkLen {
		t.Errorf("without the impact, a %d-character link: the meter is %q, %q", len(link), class, text)
	}
	if off := eval[int](t, ctx, buttonsOff); off != 0 {
		t.Errorf("%d share buttons stay disabled once the link is back", off)
	}
	if eval[bool](t, ctx, `!!document.querySelector("#share-preview #shared-impact")`) {
		t.Error("the preview still shows the impact after it was unticked")
	}
	shareClick(t, ctx, "#share-section-remedy")
	shareClick(t, ctx, "#share-section-giving-up")
	waitFor(t, ctx, "the link with one section left", `/share-meter-fine/.test(document.getElementById("share-meter").className)`, 20*time.Second)
	link = eval[string](t, ctx, `document.getElementById("share-link").value`)
	if _, text, n = shareMeter(t, ctx); n != len(link) || !strings.HasPrefix(text, "Length is fine") || !strings.HasPrefix(link, srv.URL+"/view#") {
		t.Errorf("with one section left, a %d-character link: the meter says %q", len(link), text)
	}
}

// A plan so big that no link can carry it (the codec refuses it, before
// any length is known) must still be shown in the preview, with words for
// the author, and fewer sections must bring a link back.
func TestShareLengthBeyondWhatALinkCarries(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	r := rand.New(rand.NewPCG(3, 5))
	huge := plan.Plan{
		WhatIDid:  variedText(r, 520),
		Impact:    variedText(r, 520),
		Remedy:    variedText(r, 520),
		Closeness: []plan.Item{{ID: "k1", Text: variedText(r, 520)}},
	}
	open(t, ctx, srv.URL+"/")
	storePlan(t, ctx, huge)
	from := time.Now()
	open(t, ctx, srv.URL+"/share")
	waitFor(t, ctx, "the meter refuses", `/share-meter-bad/.test(document.getElementById("share-meter").className)`, 20*time.Second)
	to := time.Now()
	_, text, _ := shareMeter(t, ctx)
	if !strings.Contains(text, "Share fewer sections") || strings.Contains(text, "Ask for a new link") {
		t.Errorf("the author is told %q; want advice to share fewer sections, for them", text)
	}
	if got := eval[string](t, ctx, `(document.getElementById("share-link")||{}).value`); got != "" {
		t.Errorf("a link is offered for a plan no link can carry: %.60q…", got)
	}
	preview := eval[string](t, ctx, `document.getElementById("share-preview").textContent`)
	if strings.Contains(preview, "No sections are shared") || !strings.Contains(preview, huge.Impact) || !strings.Contains(preview, huge.Closeness[0].Text) {
		t.Errorf("the preview does not show the four chosen sections: %.200q…", preview)
	}
	if want := sharedOnTexts(t, ctx, from, to, 1); !containsAny(preview, want) {
		t.Errorf("the preview says %.120q…; want one of %q", preview, want)
	}

	// Three sections still make a link too long to offer, and the preview
	// follows the choice.
	shareClick(t, ctx, "#share-section-closeness")
	waitFor(t, ctx, "the meter names a length", `/Too long \(\d+ characters\)/.test(document.getElementById("share-meter").textContent)`, 20*time.Second)
	if _, _, n := shareMeter(t, ctx); n <= share.MaxLinkLen {
		t.Errorf("three sections make a %d-character link, said too long", n)
	}
	if eval[bool](t, ctx, `!!document.querySelector("#share-preview #shared-closeness")`) {
		t.Error("the preview still shows the closeness section after it was unticked")
	}

	// One section is a long link, offered.
	shareClick(t, ctx, "#share-section-impact")
	shareClick(t, ctx, "#share-section-remedy")
	waitFor(t, ctx, "the link with one section", shareLinkReady, 20*time.Second)
	link := eval[string](t, ctx, `document.getElementById("share-link").value`)
	if class, text, n := shareMeter(t, ctx); !strings.Contains(class, "share-meter-long") || n != len(link) || len(link) > share.MaxLinkLen {
		t.Errorf("one section, a %d-character link: the meter is %q, %q", len(link), class, text)
	}
}
