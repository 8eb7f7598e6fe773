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
)

// sharedPlanDoc is a stored document whose plan holds markup, to prove it
// is shown as text, and a marker to look for in requests.
const sharePlanMarker = "zqxmarker"

var sharedTexts = []string{
	sharePlanMarker + " I read your messages <script>alert(1)</script> without asking.",
	"It made you feel <b>x</b> watched in your own home.",
	"I will pay for the counselling " + sharePlanMarker + ".",
	"Call when I am late " + sharePlanMarker,
}

func shareDoc() string {
	doc := map[string]any{
		"v": 1,
		"plan": map[string]any{
			"what_i_did":     sharedTexts[0],
			"impact":         sharedTexts[1],
			"why_and_change": "private reflection not shared",
			"remedy":         sharedTexts[2],
			"commitments": []map[string]any{
				{"id": "c1", "text": sharedTexts[3], "cadence": "daily", "since": "2026-01-06"},
			},
			"started": "2026-01-05",
		},
	}
	b, _ := json.Marshal(doc)
	return string(b)
}

// shareLinkReady holds once /share offers a link.
const shareLinkReady = `(document.getElementById("share-link")||{}).value.startsWith(location.origin + "/view#")`

// makeShareLink stores the plan in a browser, opens /share and returns the
// link it shows, after optionally protecting it with passphrase.
func makeShareLink(t testing.TB, ctx context.Context, base, passphrase string) string {
	t.Helper()
	open(t, ctx, base+"/")
	eval[bool](t, ctx, `localStorage.setItem("mend.doc", `+jsString(shareDoc())+`), true`)
	open(t, ctx, base+"/share")
	waitFor(t, ctx, "the share link", shareLinkReady, 15*time.Second)
	if passphrase != "" {
		shareClick(t, ctx, "#share-protect")
		waitFor(t, ctx, "the passphrase field", `!!document.getElementById("share-passphrase")`, 10*time.Second)
		shareSetField(t, ctx, "#share-passphrase", passphrase, "input")
		waitFor(t, ctx, "the protected link", `document.getElementById("share-link").value !== "" && !/Making/.test(document.getElementById("share-meter").textContent)`, 20*time.Second)
	}
	link := eval[string](t, ctx, `document.getElementById("share-link").value`)
	preview := eval[string](t, ctx, `document.getElementById("share-preview").textContent`)
	for _, want := range sharedTexts {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q", want)
		}
	}
	if strings.Contains(preview, "private reflection") {
		t.Error("the private reflection is in the preview though it is off by default")
	}
	return link
}

// checkSharedPlan checks the partner's page shows the plan as text, with
// nothing to edit.
func checkSharedPlan(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, "the shared plan", `!!document.getElementById("view-plan")`, 20*time.Second)
	text := eval[string](t, ctx, `document.querySelector("main").textContent`)
	for _, want := range sharedTexts {
		if !strings.Contains(text, want) {
			t.Errorf("the partner's page lacks %q", want)
		}
	}
	if strings.Contains(text, "private reflection") {
		t.Error("the partner sees the private reflection")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("main input:not(#view-passphrase), main textarea, main select, main [contenteditable]").length`); n != 0 {
		t.Errorf("the partner's page has %d editable elements", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("main script, main b").length`); n != 0 {
		t.Errorf("markup from the plan became %d elements", n)
	}
}

func TestShareLinkOpensForThePartner(t *testing.T) {
	srv := startServer(t, siteDir, "")
	author := newBrowser(t)
	link := makeShareLink(t, author, srv.URL, "")
	if len(link) > 1900 {
		t.Errorf("a short plan made a %d-character link", len(link))
	}
	fragment := link[strings.Index(link, "#")+1:]

	var log requestLog
	partner := newBrowserWithProfile(t, t.TempDir(), log.listen)
	open(t, partner, link)
	checkSharedPlan(t, partner)
	if !strings.Contains(eval[string](t, partner, `document.querySelector("main").textContent`), "version 1") {
		t.Error("the partner's page does not say the version")
	}
	if n := eval[int](t, partner, `Object.keys(localStorage).filter(k => k.startsWith("mend.kept")).length`); n != 0 {
		t.Error("a copy was kept before the partner asked")
	}

	// Offline, after this profile loaded the app once.
	waitOffline(t, partner)
	srv.Stop()
	tab := newTab(t, partner, log.listen)
	open(t, tab, link)
	checkSharedPlan(t, tab)

	// Keeping a copy stores valid JSON under its own key.
	shareClick(t, tab, "#view-keep")
	waitFor(t, tab, "the kept copy", `!!document.getElementById("view-kept")`, 10*time.Second)
	kept := eval[string](t, tab, `localStorage.getItem("mend.kept-plan")`)
	if !json.Valid([]byte(kept)) || !strings.Contains(kept, sharePlanMarker) {
		t.Errorf("the kept copy is %q", kept)
	}

	for _, r := range log.requests() {
		// URLFragment is what the page held; it never goes over the wire.
		seen := r.URL
		for k, v := range r.Headers {
			seen += k + ": " + v.(string) + "\n"
		}
		for _, e := range r.PostDataEntries {
			seen += string(e.Bytes)
		}
		if strings.Contains(seen, sharePlanMarker) || strings.Contains(seen, fragment[:40]) {
			t.Errorf("a request carries part of the plan: %s", r.URL)
		}
	}
	if len(log.requests()) == 0 {
		t.Error("no requests were recorded: the log is not listening")
	}
}

func TestSharePassphrase(t *testing.T) {
	srv := startServer(t, siteDir, "")
	author := newBrowser(t)
	link := makeShareLink(t, author, srv.URL, "maple river lantern cobalt thistle")
	if strings.Contains(link, "maple") {
		t.Fatal("the passphrase is in the link")
	}
	partner := newBrowser(t)
	open(t, partner, link)
	waitFor(t, partner, "the passphrase form", `!!document.getElementById("view-passphrase")`, 20*time.Second)
	if eval[string](t, partner, `document.querySelector("label[for=view-passphrase]").textContent`) == "" {
		t.Error("the passphrase field has no label")
	}
	shareSetField(t, partner, "#view-passphrase", "maple river lantern cobalt wrong", "input")
	shareClick(t, partner, "#view-open")
	waitFor(t, partner, "the wrong passphrase message", `/doesn't open/.test(document.getElementById("view-wrong").textContent)`, 20*time.Second)
	shareSetField(t, partner, "#view-passphrase", "Maple River  lantern cobalt thistle", "input")
	shareClick(t, partner, "#view-open")
	checkSharedPlan(t, partner)
}

func TestShareDamagedLinks(t *testing.T) {
	srv := startServer(t, siteDir, "")
	author := newBrowser(t)
	link := makeShareLink(t, author, srv.URL, "")
	hash := strings.Index(link, "#")
	base, frag := link[:hash+1], link[hash+1:]

	altered := []byte(frag)
	i := len(altered) / 2
	if altered[i] == 'A' {
		altered[i] = 'B'
	} else {
		altered[i] = 'A'
	}
	var wrapped strings.Builder
	// A mailer breaks long lines and escapes the end marker.
	for j, r := range strings.Replace(frag, "/", "%2F", 1) {
		if j > 0 && j%60 == 0 {
			wrapped.WriteString("\n ")
		}
		wrapped.WriteRune(r)
	}

	partner := newBrowser(t)
	for _, c := range []struct {
		name, url string
		opens     bool
	}{
		{"cut in the middle", base + frag[:len(frag)/2], false},
		{"cut at the end", base + frag[:len(frag)-1], false},
		{"one character altered", base + string(altered), false},
		{"wrapped by a mailer", base + wrapped.String() + ".&utm_source=mail", true},
	} {
		open(t, partner, srv.URL+"/")
		open(t, partner, c.url)
		if c.opens {
			waitFor(t, partner, c.name+" opens", `!!document.getElementById("view-plan") || !!document.getElementById("view-problem")`, 20*time.Second)
			if eval[bool](t, partner, `!!document.getElementById("view-problem")`) {
				t.Errorf("%s: %s", c.name, eval[string](t, partner, `document.getElementById("view-problem").textContent`))
				continue
			}
			checkSharedPlan(t, partner)
			continue
		}
		waitFor(t, partner, c.name+" is reported", `!!document.getElementById("view-problem")`, 20*time.Second)
		if got := eval[string](t, partner, `document.getElementById("view-problem").textContent`); !strings.Contains(got, "damaged or cut off") {
			t.Errorf("%s: the page says %q", c.name, got)
		}
		if eval[bool](t, partner, `!!document.getElementById("view-plan")`) {
			t.Errorf("%s: a plan is shown", c.name)
		}
	}
}

func TestSharePagesPassAxe(t *testing.T) {
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is installed by make e2e (npm ci in e2e/): %v", err)
	}
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	link := makeShareLink(t, ctx, srv.URL, "")
	shareClick(t, ctx, "#share-qr")
	waitFor(t, ctx, "the QR code", `!!document.querySelector("#share-qr-code svg")`, 10*time.Second)
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		for _, url := range []string{srv.URL + "/share", link} {
			open(t, ctx, srv.URL+"/")
			open(t, ctx, url)
			if url == link {
				waitFor(t, ctx, "the shared plan", `!!document.getElementById("view-plan")`, 20*time.Second)
			} else {
				waitFor(t, ctx, "the QR button", `!!document.querySelector("#share-qr:enabled")`, 10*time.Second)
				shareClick(t, ctx, "#share-qr")
				waitFor(t, ctx, "the history", `!!document.getElementById("share-history")`, 10*time.Second)
			}
			for _, v := range runAxe(t, ctx, string(axe)) {
				t.Errorf("%s (%s): %s", url[:strings.Index(url+"#", "#")], scheme, v)
			}
			if dir := os.Getenv("MEND_SCREENSHOTS"); dir != "" {
				name := "share-"
				if url == link {
					name = "view-"
				}
				if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
					os.WriteFile(filepath.Join(dir, name+scheme+".png"), png, 0o644)
				}
			}
		}
	}
}

// shareSetField types value into a field as the input event would.
func shareSetField(t testing.TB, ctx context.Context, selector, value, event string) {
	t.Helper()
	ok := eval[bool](t, ctx, `(() => {
		const el = document.querySelector(`+jsString(selector)+`);
		if (!el) return false;
		el.value = `+jsString(value)+`;
		el.dispatchEvent(new Event(`+jsString(event)+`, {bubbles: true}));
		return true;
	})()`)
	if !ok {
		t.Fatalf("no field %s", selector)
	}
}

// shareClick taps a button from script, so the fixed bottom bar cannot
// catch the tap.
func shareClick(t testing.TB, ctx context.Context, selector string) {
	t.Helper()
	if !eval[bool](t, ctx, `(() => { const el = document.querySelector(`+jsString(selector)+`); if (!el) return false; el.click(); return true; })()`) {
		t.Fatalf("nothing to click at %s", selector)
	}
}
