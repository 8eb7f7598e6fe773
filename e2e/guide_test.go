package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/chromedp/chromedp"

	"mend/app/journey"
	"mend/content/guide"
)

// TestGuideReadsOffline opens every page of the guide with the server gone
// and checks that the whole step is there, not only its heading, with its
// own title and description.
func TestGuideReadsOffline(t *testing.T) {
	srv := startServer(t, siteDir, "")
	browser := newBrowser(t)
	open(t, browser, srv.URL+"/guide")
	waitOffline(t, browser)
	srv.Stop()

	open(t, browser, srv.URL+"/guide")
	text := mainText(t, browser)
	for _, step := range guide.Steps {
		if !strings.Contains(text, step.Summary) {
			t.Errorf("offline /guide lacks step %d's summary", step.Number)
		}
	}
	for _, step := range guide.Steps {
		path := "/guide/" + step.Slug
		open(t, browser, srv.URL+path)
		if got := h1(t, browser); got != step.Title {
			t.Errorf("offline %s: heading %q, want %q", path, got, step.Title)
		}
		// Case-blind: "Step 1 of 14" is shown in capitals.
		text := strings.ToLower(mainText(t, browser))
		want := []string{step.Summary, fmt.Sprintf("Step %d of %d", step.Number, len(journey.Steps)),
			oneLine(step.Asks[0].String()), oneLine(step.Exercise[0].String()), oneLine(step.Pairs[0].NotThat.String()), step.Tool.Text}
		for _, w := range want {
			if !strings.Contains(text, strings.ToLower(w)) {
				t.Errorf("offline %s lacks %q", path, w)
			}
		}
		if got, want := eval[string](t, browser, `document.title`), step.Title+" · Mend"; got != want {
			t.Errorf("offline %s: title %q, want %q", path, got, want)
		}
		if got := eval[string](t, browser, `document.querySelector('meta[name="description"]').content`); got != step.Summary {
			t.Errorf("offline %s: description %q, want the step's summary", path, got)
		}
	}
}

// TestGuideSearchFindsStepsByTheirWords types a word found only in a
// step's body (not its title) and expects a link to that step, with the
// match marked and the count announced.
func TestGuideSearchFindsStepsByTheirWords(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	for _, slug := range []string{"listen", "keep-it-private", "accept-and-forgive-yourself"} {
		word := bodyWord(t, slug)
		open(t, ctx, srv.URL+"/guide")
		step(t, ctx, "typing "+word, 20*time.Second, chromedp.SendKeys(chromedp.CSS("#guide-search-input"), word))
		// Results follow each keystroke: wait for those of the whole word.
		n := len(guide.Search(word))
		waitFor(t, ctx, fmt.Sprintf("the status counts %d pages for %q", n, word),
			`document.getElementById("guide-search-status").textContent.startsWith("`+strconv.Itoa(n)+` page")`, 10*time.Second)
		link := `document.querySelector('.search-results a[href="/guide/` + slug + `"]')`
		if !eval[bool](t, ctx, link+` !== null`) {
			t.Fatalf("searching %q lists no link to %s", word, slug)
		}
		if !eval[bool](t, ctx, link+`.querySelector("mark") !== null`) {
			t.Errorf("the result for %q shows no marked match", word)
		}
		// Centred first: chromedp does not scroll an element that is partly
		// in view, and the fixed tab bar would take the click.
		eval[bool](t, ctx, link+`.scrollIntoView({block: "center"}), true`)
		step(t, ctx, "following the result", 20*time.Second, chromedp.Click(chromedp.CSS(`.search-results a[href="/guide/`+slug+`"]`)))
		waitFor(t, ctx, "the step page opens", `location.pathname === "/guide/`+slug+`"`, 10*time.Second)
	}
}

// TestGuideStepsMarkedDoneAreKept marks steps done, reloads, and checks
// the mark stays and the home page shows the next step.
func TestGuideStepsMarkedDoneAreKept(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)

	open(t, ctx, srv.URL+"/")
	if text := mainText(t, ctx); !strings.Contains(text, "Start with step 1") {
		t.Errorf("a first visit's home says %q, want it to start with step 1", text)
	}

	for _, slug := range []string{"own-it", "listen"} {
		open(t, ctx, srv.URL+"/guide/"+slug)
		step(t, ctx, "marking "+slug+" done", 20*time.Second, chromedp.Click(chromedp.CSS("#step-done")))
		waitFor(t, ctx, "the mark is saved", `document.getElementById("done-status").textContent.startsWith("Saved")`, 10*time.Second)
	}

	step(t, ctx, "reloading", 30*time.Second, chromedp.Reload())
	waitFor(t, ctx, "the app is live again", liveCondition, 45*time.Second)
	// As on the home page below, the page is live a moment before it has
	// read the device's data.
	waitFor(t, ctx, "the step still marked done after a reload", `document.getElementById("step-done").checked`, 10*time.Second)

	open(t, ctx, srv.URL+"/")
	// The page is live before it has read the device's data: give it a
	// moment to show what is stored.
	waitFor(t, ctx, "home shows the marks", `(document.getElementById("journey") || {}).innerText.includes("2 of 14")`, 10*time.Second)
	journeyText := eval[string](t, ctx, `document.getElementById("journey").innerText`)
	for _, w := range []string{"2 of 14 steps are marked done", "Step 3: Apologize"} {
		if !strings.Contains(journeyText, w) {
			t.Errorf("home's journey card says %q, want %q", journeyText, w)
		}
	}

	open(t, ctx, srv.URL+"/guide")
	waitFor(t, ctx, "the guide shows two steps done", `document.querySelectorAll(".steps .done-mark").length === 2`, 10*time.Second)

	// Unmarking takes the step off again.
	open(t, ctx, srv.URL+"/guide/own-it")
	step(t, ctx, "unmarking own-it", 20*time.Second, chromedp.Click(chromedp.CSS("#step-done")))
	waitFor(t, ctx, "the change is saved", `document.getElementById("done-status").textContent.includes("no longer")`, 10*time.Second)
	open(t, ctx, srv.URL+"/")
	waitFor(t, ctx, "home shows step 1 next again", `(document.getElementById("journey") || {}).innerText.includes("Step 1: Own it")`, 10*time.Second)
}

// TestGuideDoneRefusesToOverwriteUnreadableData: with stored data Mend
// cannot read, marking a step done explains instead of saving over it.
func TestGuideDoneRefusesToOverwriteUnreadableData(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/guide/own-it")
	const damaged = `{"v":1,"plan":{},"guide_done":["own-it"`
	eval[bool](t, ctx, `localStorage.setItem("mend.doc", `+strconv.Quote(damaged)+`), true`)
	step(t, ctx, "reloading", 30*time.Second, chromedp.Reload())
	waitFor(t, ctx, "the app is live again", liveCondition, 45*time.Second)

	step(t, ctx, "marking the step done", 20*time.Second, chromedp.Click(chromedp.CSS("#step-done")))
	waitFor(t, ctx, "a message about the data", `document.getElementById("done-status").textContent.length > 0`, 10*time.Second)
	if eval[bool](t, ctx, `document.getElementById("step-done").checked`) {
		t.Error("the box shows the step done although nothing was saved")
	}
	if got := eval[string](t, ctx, `localStorage.getItem("mend.doc")`); got != damaged {
		t.Errorf("the unreadable data was overwritten with %q", got)
	}
}

// mainText is the visible text of the page's main content, on one line.
func mainText(t testing.TB, ctx context.Context) string {
	t.Helper()
	return oneLine(eval[string](t, ctx, `document.querySelector("main").innerText`))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// bodyWord picks a long word from a step's exercise that is not in its
// title and that the guide's search finds the step by.
func bodyWord(t testing.TB, slug string) string {
	t.Helper()
	step, ok := guide.Lookup(slug)
	if !ok {
		t.Fatalf("no guide step %q", slug)
	}
	title := strings.ToLower(step.Title)
	for _, p := range step.Exercise {
		for _, w := range strings.FieldsFunc(p.String(), func(r rune) bool { return !unicode.IsLetter(r) }) {
			w = strings.ToLower(w)
			if len(w) < 7 || strings.Contains(title, w) {
				continue
			}
			for _, hit := range guide.Search(w) {
				if hit.Slug == slug {
					return w
				}
			}
		}
	}
	t.Fatalf("no word in %s's exercise finds it", slug)
	return ""
}
