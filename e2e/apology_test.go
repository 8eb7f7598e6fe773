package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// replaceDraft selects everything in the editor and types text over it,
// the way a person (or a phone keyboard) would.
func replaceDraft(t testing.TB, ctx context.Context, text string) {
	t.Helper()
	eval[bool](t, ctx, `(() => { const el = document.getElementById("apology-text"); el.focus(); el.select(); return true })()`)
	if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
		t.Fatalf("typing %q: %v", text, err)
	}
}

const (
	hasConditional = `document.querySelector('#apology-overlay [data-category="conditional"][data-rule]')`
	hasExcuse      = `document.querySelector('#apology-overlay [data-category="excuse"][data-rule]')`
	anyMissingPart = `document.querySelector('#apology-parts [data-component][data-present="false"]')`
	draftCount     = `document.querySelectorAll('#apology-drafts [data-draft]').length`
)

const fullApology = "I'm sorry I read your messages on Sunday without asking you. " +
	"That was wrong, and it was my choice alone. " +
	"It broke your trust and left you feeling watched in your own home. " +
	"I will delete the app I used, and I will answer any question you have about it. " +
	"From now on I will ask you before I touch your phone."

func TestApologyWorkshop(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/apology")

	// A conditional apology and a "but" excuse are marked as they are typed,
	// by rules the program fetched from the server (app.wasm leaves them
	// out: TestTheShippedProgramLeavesTheCheckerDataOut).
	replaceDraft(t, ctx, "I'm sorry if you were hurt, but I was tired.")
	waitFor(t, ctx, "the conditional and the excuse are marked", hasConditional+" && "+hasExcuse, 10*time.Second)
	data, _ := checkerAsset(t, siteDir)
	if !strings.Contains(srv.log.String(), "GET "+data+" 200") {
		t.Errorf("the server never sent the checker's data %s; its log:\n%s", data, srv.log)
	}
	waitFor(t, ctx, "missing parts are listed", anyMissingPart, 10*time.Second)
	waitFor(t, ctx, "the findings list explains the marks",
		`document.querySelector('#apology-findings [data-category="conditional"] a[href="/guide/apologize"]')`, 10*time.Second)
	waitFor(t, ctx, "the summary is read out after a pause",
		`document.getElementById("apology-summary").textContent.includes("things to look at")`, 10*time.Second)
	if got := eval[string](t, ctx, `document.getElementById("apology-overlay").textContent`); got != "I'm sorry if you were hurt, but I was tired." {
		t.Errorf("the overlay holds %q", got)
	}

	// Fixing the text takes the marks and the missing parts away.
	replaceDraft(t, ctx, fullApology)
	waitFor(t, ctx, "the marks are gone", "!"+hasConditional+" && !"+hasExcuse+` && !document.querySelector("#apology-overlay [data-category]")`, 10*time.Second)
	waitFor(t, ctx, "all five parts are present",
		`document.querySelectorAll('#apology-parts [data-present="true"]').length === 5 && !`+anyMissingPart, 10*time.Second)
	waitFor(t, ctx, "the draft is saved", draftCount+" === 1", 10*time.Second)

	// A reload keeps the draft.
	open(t, ctx, srv.URL+"/apology")
	waitFor(t, ctx, "the draft is back after a reload",
		`document.getElementById("apology-text").value === `+jsString(fullApology), 10*time.Second)

	// A second draft; delete it; undo brings it back.
	step(t, ctx, "starting a second draft", 10*time.Second, chromedp.Click("#apology-new"))
	waitFor(t, ctx, "a second draft exists", draftCount+" === 2", 10*time.Second)
	replaceDraft(t, ctx, "Second thoughts, sorry if that was a lot.")
	waitFor(t, ctx, "the second draft is saved",
		`[...document.querySelectorAll('#apology-drafts [data-draft]')].length === 2 && document.getElementById("apology-summary").textContent.includes("look at")`, 10*time.Second)
	step(t, ctx, "deleting the second draft", 10*time.Second, chromedp.Click("#apology-delete"))
	waitFor(t, ctx, "one draft is left with an undo", draftCount+` === 1 && document.getElementById("apology-undo")`, 10*time.Second)
	step(t, ctx, "undoing the delete", 10*time.Second, chromedp.Click("#apology-undo"))
	waitFor(t, ctx, "the deleted draft is back", draftCount+` === 2 && document.getElementById("apology-text").value.startsWith("Second thoughts")`, 10*time.Second)

	// Offline, with the server gone, the drafts are all still there.
	waitOffline(t, ctx)
	srv.Stop()
	open(t, ctx, srv.URL+"/apology")
	waitFor(t, ctx, "both drafts open offline", draftCount+" === 2", 15*time.Second)
	replaceDraft(t, ctx, "Offline, I'm sorry if it hurt.")
	waitFor(t, ctx, "marks work offline", hasConditional, 10*time.Second)

	// A cold start in a new tab, server gone: the checker's data comes
	// from what the service worker keeps.
	tab := newTab(t, ctx, nil)
	open(t, tab, srv.URL+"/apology")
	replaceDraft(t, tab, "Cold and offline, I'm sorry if it hurt.")
	waitFor(t, tab, "marks work in a cold offline start", hasConditional, 10*time.Second)
	if eval[bool](t, tab, `!!document.getElementById("apology-checker-trouble")`) {
		t.Error("offline, the workshop says the checker could not load")
	}
}

// TestApologyDraftButtonsFollowTheList deletes a draft from the middle of
// the list and opens the one that moved into its place: each draft button
// must open the draft it shows, not the one that used to be there.
func TestApologyDraftButtonsFollowTheList(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/apology")
	for i, text := range []string{"First draft, I'm sorry.", "Second draft, I'm sorry.", "Third draft, I'm sorry."} {
		if i > 0 {
			step(t, ctx, "starting another draft", 10*time.Second, chromedp.Click("#apology-new"))
			waitFor(t, ctx, "the new draft is listed", draftCount+" === "+strconv.Itoa(i+1), 10*time.Second)
		}
		replaceDraft(t, ctx, text)
		waitFor(t, ctx, "the draft is saved", `[...document.querySelectorAll('#apology-drafts .draft-name')].length === `+strconv.Itoa(i+1)+
			` && document.querySelector('#apology-drafts [aria-current="true"]') !== null`, 10*time.Second)
	}
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll('#apology-drafts [data-draft]')].map(b => b.dataset.draft)`)
	if len(ids) != 3 {
		t.Fatalf("drafts listed: %v", ids)
	}
	pick := func(id, want string) {
		t.Helper()
		eval[bool](t, ctx, `(document.querySelector('#apology-drafts [data-draft="`+id+`"]').click(), true)`)
		waitFor(t, ctx, "the editor holds "+want, `document.getElementById("apology-text").value === `+jsString(want), 10*time.Second)
	}
	pick(ids[1], "Second draft, I'm sorry.")
	step(t, ctx, "deleting the second draft", 10*time.Second, chromedp.Click("#apology-delete"))
	waitFor(t, ctx, "two drafts are left", draftCount+" === 2", 10*time.Second)
	pick(ids[0], "First draft, I'm sorry.")
	pick(ids[2], "Third draft, I'm sorry.")
}

// TestApologyFinishedAfterAPause types a chat-style draft with no full
// stop. While typing, the last words are left alone: "sorry if" may yet
// become "sorry if I woke you", so it is not marked. Once typing pauses the
// draft is read as finished: the "if" is marked and the parts it lacks are
// listed, with no "Checked once you start writing." left.
func TestApologyFinishedAfterAPause(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/apology")
	const hinted = `document.querySelectorAll('#apology-parts [data-state="missing"] .part-detail:not(.muted)').length`
	// The page notes when the last keystroke came and when the "if" was
	// first marked, so the check holds however slowly the machine runs:
	// the mark may only come once typing has paused.
	eval[bool](t, ctx, `(() => {
		const w = window.__pause = {typed: 0, marked: 0};
		document.getElementById("apology-text").addEventListener("input", () => { w.typed = performance.now() }, true);
		new MutationObserver(() => { if (!w.marked && `+hasConditional+`) w.marked = performance.now() }).
			observe(document.getElementById("apology-overlay"), {childList: true, subtree: true, attributes: true});
		return true })()`)
	replaceDraft(t, ctx, "im sorry if")
	waitFor(t, ctx, "the paused draft is read as finished", hasConditional+" && "+hinted+" >= 3", 10*time.Second)
	// The pause is 600 ms; the margin allows for the timer's granularity.
	if gap := eval[float64](t, ctx, `window.__pause.marked - window.__pause.typed`); gap < 550 {
		t.Errorf("the unfinished last words were marked %.0f ms after the last keystroke, before typing paused", gap)
	}
	replaceDraft(t, ctx, "im sorry i forgot ur birthday")
	waitFor(t, ctx, "a one-line draft with no full stop lists its missing parts",
		"!"+hasConditional+` && document.querySelector('#apology-parts [data-component="remedy"][data-state="missing"] .part-detail:not(.muted)')`, 10*time.Second)
}

func TestApologyDraftIsText(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/apology")
	before := eval[int](t, ctx, `document.querySelectorAll("script, b").length`)
	const hostile = `<script>alert(1)</script><b>x</b> I'm sorry if <i>that</i> hurt`
	replaceDraft(t, ctx, hostile)
	waitFor(t, ctx, "the draft is checked", hasConditional, 10*time.Second)
	waitFor(t, ctx, "the lists show the draft", `document.querySelector("#apology-findings q")`, 10*time.Second)
	if got := eval[int](t, ctx, `document.querySelectorAll("script, b, i").length`); got != before {
		t.Errorf("the page has %d script/b/i elements after typing markup, %d before", got, before)
	}
	if got := eval[string](t, ctx, `document.getElementById("apology-overlay").textContent`); got != hostile {
		t.Errorf("the overlay shows %q, want the markup as text", got)
	}
	step(t, ctx, "opening the letter", 10*time.Second, chromedp.Click("#apology-letter-open"))
	waitFor(t, ctx, "the letter shows the markup as text",
		`document.getElementById("apology-letter") && document.getElementById("apology-letter").textContent === `+jsString(hostile), 10*time.Second)
	if got := eval[int](t, ctx, `document.querySelectorAll("script, b, i").length`); got != before {
		t.Errorf("the letter made elements of the draft's markup")
	}
}

func TestApologyExamplesAndAxe(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/apology")
	step(t, ctx, "opening the examples", 10*time.Second,
		chromedp.Click(".workshop-examples summary"),
		chromedp.Click(`[data-example="2"]`))
	waitFor(t, ctx, "the example is loaded and marked",
		`document.querySelectorAll("#apology-overlay [data-category]").length >= 2 && document.querySelector("#apology-findings [data-rule]")`, 10*time.Second)
	eval[bool](t, ctx, `(() => { const el = document.getElementById("apology-text"); el.focus(); el.setSelectionRange(12, 12); el.click(); return true })()`)
	waitFor(t, ctx, "the mark under the caret is explained", `document.querySelector("#apology-detail .finding-message")`, 10*time.Second)
	axeInLightAndDark(t, ctx, "/apology with marks")
	if os.Getenv("MEND_SCREENSHOTS") != "" {
		for _, scheme := range []string{"light", "dark"} {
			chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			})
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err == nil {
				os.WriteFile(filepath.Join(os.Getenv("MEND_SCREENSHOTS"), "apology-"+scheme+".png"), png, 0o644)
			}
		}
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// TestApologyPartNotSure opens the example the checker is unsure of and
// checks that the part is shown as a question, distinct from present and
// missing, and that the page passes axe in light and dark.
func TestApologyPartNotSure(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/apology")
	step(t, ctx, "opening the half-made offer example", 10*time.Second,
		chromedp.Click(".workshop-examples summary"),
		chromedp.Click(`[data-example="5"]`))
	const unsure = `document.querySelector('#apology-parts [data-component="remedy"][data-state="unsure"][data-present="false"]')`
	waitFor(t, ctx, "the remedy is shown as not sure", unsure, 10*time.Second)
	if got := eval[string](t, ctx, unsure+`.querySelector(".part-state").textContent`); got != "Not sure" {
		t.Errorf("the unsure part is labelled %q, want \"Not sure\"", got)
	}
	detail := eval[string](t, ctx, unsure+`.querySelector(".part-detail").textContent`)
	if !strings.HasPrefix(detail, "Did you offer something to put it right? Maybe here: ") || !strings.Contains(detail, "dinner on Sunday") {
		t.Errorf("the unsure part should ask its question and quote the sentence, got %q", detail)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#apology-parts [data-state="missing"]').length`); n == 0 {
		t.Error("the parts that are plainly absent should still be shown missing")
	}
	waitFor(t, ctx, "the summary counts the part not sure",
		`document.getElementById("apology-summary").textContent.includes("1 not sure")`, 10*time.Second)
	colours := map[string]string{}
	axeInLightAndDark(t, ctx, "/apology with a part not sure", func(scheme string) {
		for _, state := range []string{"unsure", "missing", "present"} {
			colours[scheme+state] = eval[string](t, ctx, `(() => { const el = document.querySelector('#apology-parts [data-state="`+state+`"] .part-state'); return el ? getComputedStyle(el).backgroundColor : "" })()`)
		}
		if colours[scheme+"unsure"] == colours[scheme+"missing"] || colours[scheme+"unsure"] == colours[scheme+"present"] {
			t.Errorf("%s: not sure should look different from missing and present: %v", scheme, colours)
		}
	})
}
