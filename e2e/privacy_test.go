package e2e

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestTypedTextNeverLeavesTheDevice types a unique marker into every text
// field of every page, lets the app save and react, reloads, and then
// searches every request the page and its service worker made — URL,
// headers and body — for the marker. A refusing proxy stands in for the
// rest of the internet and must see nothing but Chromium's own hosts.
func TestTypedTextNeverLeavesTheDevice(t *testing.T) {
	const canary = "CANARY7f3a9c"
	routes := builtRoutes(t)
	w := newWatchedBrowser(t)
	srv, browser := w.srv, w.browser

	typed := 0
	for _, r := range routes {
		open(t, browser, srv.URL+r.Path)
		typed += typeIntoEveryField(t, browser, fmt.Sprintf("%s %s", canary, r.Path))
		// Give debounced saves and checks time to run, then reload.
		time.Sleep(800 * time.Millisecond)
		step(t, browser, "reloading "+r.Path, 30*time.Second, chromedp.Reload())
		waitFor(t, browser, "live after reload", liveCondition, 45*time.Second)
	}
	if typed < 5 {
		t.Fatalf("typed into only %d fields across %d pages; the test would prove little", typed, len(routes))
	}
	// The marker really is on the device: the test typed where the app
	// keeps data.
	if !eval[bool](t, browser, fmt.Sprintf(`Object.keys(localStorage).some(k => (localStorage.getItem(k) || "").includes(%q))`, canary)) {
		t.Fatal("the marker is not in localStorage: the fields typed into are not saved, so this test proves nothing")
	}
	// A share link, if the app made one, is opened too: its plan travels
	// in the fragment only.
	open(t, browser, srv.URL+"/share")
	const shareLink = `(() => { const e = document.getElementById("share-link"); return e ? (e.value || e.textContent || "") : ""; })()`
	waitFor(t, browser, "the share page makes a link", shareLink+`.includes("#")`, 20*time.Second)
	open(t, browser, eval[string](t, browser, shareLink))

	checkRequestsLack(t, canary, "the page", w.page.requests())
	checkRequestsLack(t, canary, "the service worker", w.worker.requests())
	w.checkNothingLeft(t)
	if strings.Contains(srv.log.String(), canary) {
		t.Error("the server's log holds the marker")
	}
}

// checkRequestsLack fails the test for every request in reqs that carries
// marker in its URL, a header or its body.
func checkRequestsLack(t testing.TB, marker, who string, reqs []*network.Request) {
	t.Helper()
	for _, r := range reqs {
		if strings.Contains(r.URL, marker) {
			t.Errorf("%s sent the marker in a URL: %s", who, r.URL)
		}
		for k, v := range r.Headers {
			if s, ok := v.(string); ok && strings.Contains(s, marker) {
				t.Errorf("%s sent the marker in header %s of %s", who, k, r.URL)
			}
		}
		for _, p := range r.PostDataEntries {
			if bytes.Contains(p.Bytes, []byte(marker)) {
				t.Errorf("%s sent the marker in the body of %s %s", who, r.Method, r.URL)
			}
		}
	}
}

// typeIntoEveryField focuses each enabled text field on the page in turn
// and types text into it as a keyboard would (input events included). It
// returns how many fields it typed into.
func typeIntoEveryField(t *testing.T, ctx context.Context, text string) int {
	t.Helper()
	const fields = `Array.from(document.querySelectorAll("main textarea, main input")).filter(e =>
		!e.disabled && !e.readOnly && e.offsetParent !== null &&
		(e.tagName === "TEXTAREA" || ["text", "search", "password", ""].includes(e.type)))`
	n := eval[int](t, ctx, fields+`.length`)
	for i := 0; i < n; i++ {
		focused := eval[bool](t, ctx, fmt.Sprintf(`(() => { const f = %s; if (!f[%d]) return false; f[%d].focus(); return document.activeElement === f[%d]; })()`, fields, i, i, i))
		if !focused {
			continue
		}
		if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text}); err != nil {
			t.Fatalf("typing: %v", err)
		}
	}
	return n
}
