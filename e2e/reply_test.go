package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"mend/app/plan"
	"mend/app/share"
)

// Words the partner types, each carrying a marker that must never appear
// in any request.
const replyMarker = "rplymk9q"

var (
	replyQuestions = []string{
		"Did you see her after you said it was over " + replyMarker + "?",
		"Who else knew " + replyMarker + "?",
	}
	replyNeed = "Tell me before you go out, not after " + replyMarker + "."
)

// replyPlan is the author's plan in these tests.
var replyPlan = plan.Plan{
	WhatIDid: "I lied about where I was on Friday nights.",
	Remedy:   "I will answer any question you ask.",
	Questions: []plan.Question{
		{ID: "q1", Question: "Why did you lie?", Answer: "I was afraid of the argument."},
	},
	Boundaries: []plan.Boundary{{ID: "b1", Text: "No contact with him.", Agreed: "2026-01-06"}},
	Started:    "2026-01-05",
}

// onOrigin puts a link's fragment on another origin's page: both people use
// the same site, here served once for each so that each has a watcher of
// their own.
func onOrigin(link, origin, path string) string {
	return origin + path + link[strings.Index(link, "#"):]
}

// writeReply opens the "Write back" section on /view, types the questions
// and need, and returns the reply link.
func writeReply(t testing.TB, ctx context.Context) string {
	t.Helper()
	if eval[bool](t, ctx, `!!document.getElementById("reply-questions")`) {
		t.Fatal("the write-back form is open before the partner asked for it")
	}
	text := eval[string](t, ctx, `document.getElementById("reply").textContent`)
	if !strings.Contains(text, "don't owe a reply") {
		t.Errorf("the write-back section does not say no reply is owed: %q", text)
	}
	shareClick(t, ctx, "#reply-open")
	waitFor(t, ctx, "the write-back form", `!!document.getElementById("reply-questions")`, 10*time.Second)
	const ready = `(document.getElementById("reply-link")||{}).value.startsWith(location.origin + "/reply#")`
	shareSetField(t, ctx, "#reply-questions", strings.Join(replyQuestions, "\n")+"\n\n", "input")
	waitFor(t, ctx, "the reply link", ready, 15*time.Second)
	// The link is remade as the partner types; the one to send is the one
	// remade after the need, not one caught between the two fields.
	questionsOnly := eval[string](t, ctx, `document.getElementById("reply-link").value`)
	shareSetField(t, ctx, "#reply-needs", replyNeed, "input")
	waitFor(t, ctx, "the reply link with the need", ready+` && document.getElementById("reply-link").value !== `+jsString(questionsOnly), 15*time.Second)
	return eval[string](t, ctx, `document.getElementById("reply-link").value`)
}

// authorDoc returns the stored document of the browser behind ctx, as text.
func authorDoc(t testing.TB, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `localStorage.getItem("mend.doc") || ""`)
}

// TestReplyExchangeOffline is the whole exchange between two people, each
// in a fresh browser profile whose server stops after the first load: the
// author shares a plan, the partner writes back (two questions, one need,
// a link with and without a passphrase), the author adds the reply, and
// adding it again changes nothing. No request leaves either origin, and
// nothing typed appears in any request.
func TestReplyExchangeOffline(t *testing.T) {
	wa, wp := newWatchedBrowser(t), newWatchedBrowser(t)
	author, partner := wa.browser, wp.browser
	wa.srv.Stop()
	wp.srv.Stop()

	link := authorLink(t, author, wa.srv.URL, replyPlan)
	shareClick(t, author, "#share-copy")

	open(t, partner, onOrigin(link, wp.srv.URL, "/view"))
	waitFor(t, partner, "the shared plan", `!!document.getElementById("view-plan")`, 20*time.Second)
	plainReply := writeReply(t, partner)
	lockedReply := protectReply(t, partner, "harbor violet pickle")
	if strings.Contains(lockedReply, "harbor") || lockedReply == plainReply {
		t.Fatalf("the protected reply link is %q", lockedReply)
	}
	if keys := eval[[]string](t, partner, `Object.keys(localStorage).filter(k => (localStorage.getItem(k) || "").includes(`+jsString(replyMarker)+`))`); len(keys) != 0 {
		t.Errorf("the partner's words were stored under %v", keys)
	}

	// The author opens the protected reply: read-only first.
	open(t, author, onOrigin(lockedReply, wa.srv.URL, "/reply"))
	waitFor(t, author, "the passphrase form", `!!document.getElementById("reply-in-passphrase")`, 20*time.Second)
	before := authorDoc(t, author)
	shareSetField(t, author, "#reply-in-passphrase", "harbor violet wrong", "input")
	shareClick(t, author, "#reply-in-open")
	waitFor(t, author, "the wrong passphrase", `/doesn't open this reply/.test(document.getElementById("reply-in-wrong").textContent)`, 20*time.Second)
	shareSetField(t, author, "#reply-in-passphrase", "Harbor Violet pickle", "input")
	shareClick(t, author, "#reply-in-open")
	waitFor(t, author, "the reply", `!!document.getElementById("reply-view")`, 20*time.Second)
	text := eval[string](t, author, `document.getElementById("reply-view").textContent`)
	for _, want := range append(replyQuestions, replyNeed, "Written on", "version 1") {
		if !strings.Contains(text, want) {
			t.Errorf("the reply page lacks %q", want)
		}
	}
	if authorDoc(t, author) != before {
		t.Error("opening the reply changed the stored document")
	}

	shareClick(t, author, "#reply-add")
	waitFor(t, author, "the reply added", `/Added to your plan/.test(document.getElementById("reply-said").textContent)`, 10*time.Second)
	var doc struct {
		Plan    plan.Plan         `json:"plan"`
		Replies []json.RawMessage `json:"replies"`
	}
	json.Unmarshal([]byte(authorDoc(t, author)), &doc)
	if len(doc.Plan.Questions) != 3 || len(doc.Plan.Boundaries) != 2 || len(doc.Replies) != 1 {
		t.Fatalf("after adding: %d questions, %d boundaries, %d replies", len(doc.Plan.Questions), len(doc.Plan.Boundaries), len(doc.Replies))
	}
	added := authorDoc(t, author)

	// /plan shows both questions, each waiting for an answer, and the need
	// as a proposal.
	open(t, author, wa.srv.URL+"/plan")
	waitFor(t, author, "the plan", `document.querySelectorAll("textarea[id$=-question]").length === 3`, 20*time.Second)
	questions := eval[[]string](t, author, `[...document.querySelectorAll("textarea[id$=-question]")].map(e => e.value)`)
	for i, want := range replyQuestions {
		if questions[i+1] != want {
			t.Errorf("question %d is %q, want %q", i+2, questions[i+1], want)
		}
	}
	if n := eval[int](t, author, `document.querySelectorAll(".from-reply").length`); n != 2 {
		t.Errorf("%d questions are marked as from the reply, want 2", n)
	}
	proposal := eval[string](t, author, `(document.querySelector(".proposal") || {}).textContent || ""`)
	needShown := eval[bool](t, author, `[...document.querySelectorAll("textarea[id$=-text]")].some(e => e.value === `+jsString(replyNeed)+`)`)
	if !strings.Contains(proposal, "Proposed by them") || !needShown {
		t.Errorf("the need is not shown as a proposal: %q, shown %v", proposal, needShown)
	}

	// Adding again, from the same reply's other link, changes nothing.
	open(t, author, onOrigin(plainReply, wa.srv.URL, "/reply"))
	waitFor(t, author, "the reply again", `!!document.getElementById("reply-added")`, 20*time.Second)
	shareClick(t, author, "#reply-add")
	waitFor(t, author, "nothing added twice", `/already in your plan/.test(document.getElementById("reply-said").textContent)`, 10*time.Second)
	if got := authorDoc(t, author); !sameDocBesidesTime(got, added) {
		t.Errorf("adding the reply again changed the document:\n%s\n%s", added, got)
	}

	// /share lists the reply beside the link sent.
	open(t, author, wa.srv.URL+"/share")
	waitFor(t, author, "the replies received", `!!document.getElementById("share-replies") && !!document.getElementById("share-history")`, 20*time.Second)
	if got := eval[string](t, author, `document.getElementById("share-replies").textContent`); !strings.Contains(got, "2 questions and 1 need") || !strings.Contains(got, "Written") {
		t.Errorf("the replies list says %q", got)
	}

	// The author agrees to the need: it becomes a boundary agreed today.
	open(t, author, wa.srv.URL+"/plan")
	waitFor(t, author, "the proposal", `!!document.querySelector(".proposal button")`, 20*time.Second)
	shareClick(t, author, ".proposal button")
	waitFor(t, author, "the need agreed", `!document.querySelector(".proposal") && JSON.parse(localStorage.getItem("mend.doc")).plan.boundaries.every(b => !b.proposed && b.agreed)`, 10*time.Second)

	for _, w := range []*watchedBrowser{wa, wp} {
		checkRequestsLack(t, replyMarker, "the page", w.page.requests())
		checkRequestsLack(t, replyMarker, "the service worker", w.worker.requests())
		for _, l := range []string{plainReply, lockedReply, link} {
			checkRequestsLack(t, l[strings.Index(l, "#")+1:][:30], "the page", w.page.requests())
		}
		w.checkNothingLeft(t)
		if len(w.page.requests()) == 0 {
			t.Error("no requests were recorded: the log is not listening")
		}
	}
}

// protectReply makes a protected link of the reply already typed.
func protectReply(t testing.TB, ctx context.Context, passphrase string) string {
	t.Helper()
	plain := eval[string](t, ctx, `document.getElementById("reply-link").value`)
	shareClick(t, ctx, "#reply-protect")
	waitFor(t, ctx, "the passphrase field", `!!document.getElementById("reply-passphrase")`, 10*time.Second)
	shareSetField(t, ctx, "#reply-passphrase", passphrase, "input")
	waitFor(t, ctx, "the protected reply link", `document.getElementById("reply-link").value.startsWith(location.origin + "/reply#") && document.getElementById("reply-link").value !== `+jsString(plain)+` && !/Making/.test(document.getElementById("reply-meter").textContent)`, 20*time.Second)
	return eval[string](t, ctx, `document.getElementById("reply-link").value`)
}

// sameDocBesidesTime reports whether two stored documents differ at most
// in when they were last saved.
func sameDocBesidesTime(a, b string) bool {
	var x, y map[string]any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return false
	}
	delete(x, "updated")
	delete(y, "updated")
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return string(xa) == string(ya)
}

// TestReplyBadLinks opens damaged, cut, wrong-kind and over-long links:
// each gets a clear message and changes nothing stored. A good reply on a
// device with no plan says what it is and offers to start one.
func TestReplyBadLinks(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	r := share.Reply{Questions: replyQuestions, Needs: []string{replyNeed}, WrittenAt: time.Now()}
	frag, err := share.EncodeReply(r, share.ReplyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	planFrag, err := share.Encode(replyPlan, []plan.Section{plan.SectionWhatIDid}, share.Options{Version: 1})
	if err != nil {
		t.Fatal(err)
	}
	altered := []byte(frag)
	if i := len(altered) / 2; altered[i] == 'A' {
		altered[i] = 'B'
	} else {
		altered[i] = 'A'
	}

	// No plan on this device: the reply says what it is.
	open(t, ctx, srv.URL+"/reply#"+frag)
	waitFor(t, ctx, "the reply", `!!document.getElementById("reply-no-plan")`, 20*time.Second)
	if got := eval[string](t, ctx, `document.getElementById("reply-add").textContent`); !strings.Contains(got, "Start a plan") {
		t.Errorf("with no plan, the button says %q", got)
	}

	open(t, ctx, srv.URL+"/")
	storePlan(t, ctx, replyPlan)
	before := authorDoc(t, ctx)
	for _, c := range []struct {
		name, url, want string
	}{
		{"cut in the middle", srv.URL + "/reply#" + frag[:len(frag)/2], "damaged or cut off"},
		{"cut at the end", srv.URL + "/reply#" + frag[:len(frag)-1], "damaged or cut off"},
		{"one character altered", srv.URL + "/reply#" + string(altered), "damaged or cut off"},
		{"a plan link", srv.URL + "/reply#" + planFrag, "it is a shared plan"},
		{"over-long", srv.URL + "/reply#2" + strings.Repeat("A", 9000) + "/", "too long"},
	} {
		open(t, ctx, srv.URL+"/")
		open(t, ctx, c.url)
		waitFor(t, ctx, c.name+" is reported", `!!document.getElementById("reply-problem")`, 20*time.Second)
		if got := eval[string](t, ctx, `document.getElementById("reply-problem").textContent`); !strings.Contains(got, c.want) {
			t.Errorf("%s: the page says %q, want %q", c.name, got, c.want)
		}
		if eval[bool](t, ctx, `!!document.getElementById("reply-add") || !!document.getElementById("reply-view")`) {
			t.Errorf("%s: a reply is offered", c.name)
		}
		if authorDoc(t, ctx) != before {
			t.Errorf("%s: the stored document changed", c.name)
		}
	}
	// The plan link at /reply points to where it opens.
	open(t, ctx, srv.URL+"/")
	open(t, ctx, srv.URL+"/reply#"+planFrag)
	waitFor(t, ctx, "the way to the plan", `!!document.getElementById("reply-elsewhere")`, 20*time.Second)
	// A reply at /view says what it is, and where it opens.
	open(t, ctx, srv.URL+"/")
	open(t, ctx, srv.URL+"/view#"+frag)
	waitFor(t, ctx, "a reply at /view is reported", `!!document.getElementById("view-problem")`, 20*time.Second)
	if got := eval[string](t, ctx, `document.getElementById("view-problem").textContent`); !strings.Contains(got, "it is a reply") {
		t.Errorf("a reply at /view: %q", got)
	}
	shareClick(t, ctx, "#view-elsewhere")
	waitFor(t, ctx, "the reply opens from there", `!!document.getElementById("reply-view")`, 20*time.Second)
	if authorDoc(t, ctx) != before {
		t.Error("the stored document changed")
	}
}

// TestReplyPagesPassAxe checks /view with the write-back section open (its
// link and QR code made) and /reply, light and dark, at phone size. With
// MEND_SCREENSHOTS set it saves a screenshot of each.
func TestReplyPagesPassAxe(t *testing.T) {
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is installed by make e2e (npm ci in e2e/): %v", err)
	}
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 390, Height: 844, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		t.Fatal(err)
	}
	link := authorLink(t, ctx, srv.URL, replyPlan)
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		open(t, ctx, srv.URL+"/")
		open(t, ctx, link)
		waitFor(t, ctx, "the shared plan", `!!document.getElementById("view-plan")`, 20*time.Second)
		first := writeReply(t, ctx)
		shareSetField(t, ctx, "#reply-how", "Tired, but okay.", "input")
		waitFor(t, ctx, "the link with the note", `document.getElementById("reply-link").value !== `+jsString(first), 10*time.Second)
		reply := eval[string](t, ctx, `document.getElementById("reply-link").value`)
		shareClick(t, ctx, "#reply-qr")
		waitFor(t, ctx, "the QR code", `!!document.querySelector("#reply-qr-code svg")`, 10*time.Second)
		checkAxe(t, ctx, string(axe), "/view with the reply open", scheme)
		screenshot(t, ctx, "reply-view-"+scheme)

		open(t, ctx, srv.URL+"/")
		open(t, ctx, reply)
		waitFor(t, ctx, "the reply", `!!document.getElementById("reply-view")`, 20*time.Second)
		if got := eval[string](t, ctx, `document.getElementById("reply-view").textContent`); !strings.Contains(got, "Tired, but okay.") {
			t.Errorf("the reply page lacks the note: %q", got)
		}
		checkAxe(t, ctx, string(axe), "/reply", scheme)
		screenshot(t, ctx, "reply-"+scheme)
		shareClick(t, ctx, "#reply-add")
		waitFor(t, ctx, "the reply added", `/Added/.test(document.getElementById("reply-said").textContent)`, 10*time.Second)
		checkAxe(t, ctx, string(axe), "/reply once added", scheme)

		open(t, ctx, srv.URL+"/plan")
		waitFor(t, ctx, "the proposal", `!!document.querySelector(".proposal")`, 20*time.Second)
		checkAxe(t, ctx, string(axe), "/plan with a proposal", scheme)
		screenshot(t, ctx, "reply-plan-"+scheme)
		// Back to the plan alone, for the next round.
		open(t, ctx, srv.URL+"/")
		storePlan(t, ctx, replyPlan)
		eval[bool](t, ctx, `(() => { const d = JSON.parse(localStorage.getItem("mend.doc")); delete d.replies; localStorage.setItem("mend.doc", JSON.stringify(d)); return true; })()`)
	}
}

func checkAxe(t testing.TB, ctx context.Context, axe, page, scheme string) {
	t.Helper()
	for _, v := range runAxe(t, ctx, axe) {
		t.Errorf("%s (%s): %s", page, scheme, v)
	}
}

// screenshot saves the whole page as name.png in $MEND_SCREENSHOTS, if set.
func screenshot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("MEND_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Error(err)
	}
}

// TestReplyKeptCopy checks that the partner's reply is stored only when
// they ask, comes back into the form when they return, and goes when they
// remove it.
func TestReplyKeptCopy(t *testing.T) {
	srv := startServer(t, siteDir, "")
	author, partner := newBrowser(t), newBrowser(t)
	link := authorLink(t, author, srv.URL, replyPlan)
	open(t, partner, link)
	waitFor(t, partner, "the shared plan", `!!document.getElementById("view-plan")`, 20*time.Second)
	writeReply(t, partner)
	stored := `Object.keys(localStorage).filter(k => (localStorage.getItem(k) || "").includes(` + jsString(replyMarker) + `))`
	if keys := eval[[]string](t, partner, stored); len(keys) != 0 {
		t.Fatalf("the reply was stored under %v before the partner asked", keys)
	}
	shareClick(t, partner, "#reply-keep")
	waitFor(t, partner, "the kept copy", `!!document.getElementById("reply-kept")`, 10*time.Second)
	if keys := eval[[]string](t, partner, stored); len(keys) != 1 || keys[0] != "mend.kept-reply" {
		t.Errorf("the kept reply is under %v", keys)
	}
	open(t, partner, srv.URL+"/")
	open(t, partner, link)
	waitFor(t, partner, "the shared plan", `!!document.getElementById("view-plan")`, 20*time.Second)
	shareClick(t, partner, "#reply-open")
	waitFor(t, partner, "the form with the kept words", `(document.getElementById("reply-questions")||{}).value === `+jsString(strings.Join(replyQuestions, "\n")), 10*time.Second)
	if got := eval[string](t, partner, `document.getElementById("reply-needs").value`); got != replyNeed {
		t.Errorf("the kept need came back as %q", got)
	}
	waitFor(t, partner, "the kept copy noted", `!!document.getElementById("reply-kept")`, 10*time.Second)
	shareClick(t, partner, "#reply-forget")
	waitFor(t, partner, "the kept copy removed", `!document.getElementById("reply-kept") && localStorage.getItem("mend.kept-reply") === null`, 10*time.Second)
}
