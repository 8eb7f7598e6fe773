package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/device"
)

func TestInstallable(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")

	m, err := chromedp.Call(ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m.Errors {
		t.Errorf("manifest %s:%d:%d %s", m.URL, e.Line, e.Column, e.Message)
	}
	ie, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ie.InstallabilityErrors {
		t.Errorf("not installable: %s %v", e.ErrorID, e.ErrorArguments)
	}

	var manifest struct {
		ID              string `json:"id"`
		Name            string `json:"name"`
		ShortName       string `json:"short_name"`
		Display         string `json:"display"`
		ThemeColor      string `json:"theme_color"`
		BackgroundColor string `json:"background_color"`
		Icons           []struct {
			Src, Sizes, Type, Purpose string
		} `json:"icons"`
		UserPreferences map[string]map[string]map[string]string `json:"user_preferences"`
	}
	_, body := fetch(t, srv.URL+"/manifest.webmanifest")
	if err := json.Unmarshal([]byte(body), &manifest); err != nil {
		t.Fatalf("manifest: %v\n%s", err, body)
	}
	if manifest.ID == "" || manifest.Name != "Mend" || manifest.ShortName == "" || manifest.Display != "standalone" {
		t.Errorf("manifest lacks id/name/short_name/standalone: %+v", manifest)
	}
	if manifest.ThemeColor == "" || manifest.BackgroundColor == "" || manifest.UserPreferences["color_scheme"]["dark"]["theme_color"] == "" {
		t.Errorf("manifest lacks light or dark colours: %s", body)
	}
	for _, word := range []string{"affair", "cheat", "infidel", "betray"} {
		if strings.Contains(strings.ToLower(manifest.Name+manifest.ShortName), word) {
			t.Errorf("the install name holds %q", word)
		}
	}
	sizes := map[string]bool{}
	for _, icon := range manifest.Icons {
		status, data := fetch(t, srv.URL+icon.Src)
		if status != 200 {
			t.Errorf("icon %s: HTTP %d", icon.Src, status)
			continue
		}
		if icon.Type == "image/png" {
			img, err := png.Decode(bytes.NewReader([]byte(data)))
			if err != nil {
				t.Errorf("icon %s is not a PNG: %v", icon.Src, err)
				continue
			}
			got := img.Bounds().Dx()
			if want := icon.Sizes; want != "" && want != sizeString(got) {
				t.Errorf("icon %s is %dpx, manifest says %s", icon.Src, got, want)
			}
			sizes[icon.Purpose+sizeString(got)] = true
		}
	}
	for _, want := range []string{"192x192", "512x512", "maskable512x512"} {
		if !sizes[want] {
			t.Errorf("no %s PNG icon in the manifest (have %v)", want, sizes)
		}
	}
	// The 180px apple-touch-icon, for iOS home screens.
	href := eval[string](t, ctx, `document.querySelector('link[rel="apple-touch-icon"]').getAttribute("href")`)
	_, data := fetch(t, srv.URL+href)
	img, err := png.Decode(bytes.NewReader([]byte(data)))
	if err != nil || img.Bounds().Dx() != 180 {
		t.Errorf("apple-touch-icon %s: want a 180px PNG (err %v)", href, err)
	}
}

// TestInstallabilityCheckCanFail serves a copy of the site whose manifest
// has no icons: the same check as TestInstallable must then complain, or it
// proves nothing.
func TestInstallabilityCheckCanFail(t *testing.T) {
	dir := copySite(t)
	path := filepath.Join(dir, "manifest.webmanifest")
	var m map[string]any
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "icons")
	b, _ = json.Marshal(m)
	os.WriteFile(path, b, 0o644)
	os.Remove(path + ".br")
	os.Remove(path + ".gz")

	srv := startServer(t, dir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	ie, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ie.InstallabilityErrors) == 0 {
		t.Error("a manifest without icons was reported installable; the installability check cannot fail")
	}
}

func TestEveryRouteOpensOffline(t *testing.T) {
	routes := builtRoutes(t)
	srv := startServer(t, siteDir, "")
	browser := newBrowser(t)
	open(t, browser, srv.URL+"/")
	waitOffline(t, browser)
	srv.Stop()
	if status, err := httpStatus(srv.URL + "/"); err == nil {
		t.Fatalf("the server still answers (%d) after it was stopped", status)
	}

	check := func(ctx context.Context, path, want string) {
		t.Helper()
		open(t, ctx, srv.URL+path)
		if got := h1(t, ctx); got != want {
			t.Errorf("offline %s: heading %q, want %q", path, got, want)
		}
	}
	for _, r := range routes {
		check(browser, r.Path, r.Heading)
	}
	// A query string, a fragment and a trailing fragment on a deep link.
	headings := map[string]string{}
	for _, r := range routes {
		headings[r.Path] = r.Heading
	}
	check(browser, "/plan?from=reminder", headings["/plan"])
	check(browser, "/view#anything", headings["/view"])
	check(browser, "/guide/own-it#why", headings["/guide/own-it"])

	// A cold start: a new tab that has never loaded the page, server gone.
	tab := newTab(t, browser, nil)
	check(tab, "/guide/be-patient", headings["/guide/be-patient"])
	if eval[bool](t, tab, `!!document.querySelector("#view-empty, main")`) != true {
		t.Error("the cold-started page has no main content")
	}
}

func TestNoRequestLeavesTheOrigin(t *testing.T) {
	routes := builtRoutes(t)
	w := newWatchedBrowser(t)
	for _, r := range routes {
		open(t, w.browser, w.srv.URL+r.Path)
	}
	step(t, w.browser, "reloading", 30*time.Second, chromedp.Reload())
	waitFor(t, w.browser, "live after reload", liveCondition, 45*time.Second)
	w.checkNothingLeft(t)
	if len(w.page.requests()) < len(routes) {
		t.Errorf("the page log holds %d requests for %d routes: the recorder is not seeing traffic", len(w.page.requests()), len(routes))
	}
}

func TestNoConsoleErrorsOrCSPViolations(t *testing.T) {
	routes := builtRoutes(t)
	var mu consoleLog
	srv := startServer(t, siteDir, "")
	browser := newBrowserWithProfile(t, t.TempDir(), mu.listen)
	for _, r := range routes {
		open(t, browser, srv.URL+r.Path)
	}
	open(t, browser, srv.URL+"/view#not-a-real-plan")
	for _, msg := range mu.all() {
		t.Errorf("console: %s", msg)
	}
}

func TestUpdateReachesAnInstalledClient(t *testing.T) {
	if generator == "" || wasmFile == "" {
		t.Fatal("MEND_GENERATE and MEND_WASM must be set (make e2e sets them)")
	}
	addr := freePort(t)
	v1 := copySite(t)
	srv := startServer(t, v1, addr)
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/plan")
	waitOffline(t, ctx)
	eval[bool](t, ctx, `localStorage.setItem("mend.update-test", JSON.stringify("kept")), true`)
	if eval[bool](t, ctx, `!!document.getElementById("update-ready")`) {
		t.Fatal("the update notice shows on a first visit")
	}
	before := workerVersion(t, srv.URL)

	// Rebuild with a change to one asset, exactly as make build would.
	web := filepath.Join(t.TempDir(), "web")
	copyDir(t, webSourceDir(t), web)
	css := filepath.Join(web, "mend.css")
	b, _ := os.ReadFile(css)
	os.WriteFile(css, append(b, []byte("\n/* a change for the update test */\n")...), 0o644)
	v2 := filepath.Join(t.TempDir(), "site")
	out, err := execCommand(generator, "-out", v2, "-wasm", wasmFile, "-web", web, "-precompress=false")
	if err != nil {
		t.Fatalf("rebuilding: %v\n%s", err, out)
	}
	srv.Stop()
	srv2 := startServer(t, v2, addr)
	after := workerVersion(t, srv2.URL)
	if before == after || after == "" {
		t.Fatalf("a rebuild with a change kept the version %q", before)
	}

	// Coming back to the app (a navigation) makes the browser check the
	// worker; the new one installs and the app says an update is ready.
	open(t, ctx, srv2.URL+"/plan")
	waitFor(t, ctx, "the update notice shows", `!!document.getElementById("update-ready")`, 60*time.Second)
	step(t, ctx, "tapping reload", 30*time.Second, chromedp.Click(chromedp.CSS("#update-ready button")))
	waitFor(t, ctx, "live after the update", liveCondition, 45*time.Second)
	if got := eval[string](t, ctx, `JSON.parse(localStorage.getItem("mend.update-test"))`); got != "kept" {
		t.Errorf("after the update localStorage holds %q, want the value kept", got)
	}
	caches := eval[[]string](t, ctx, `caches.keys()`)
	if len(caches) != 1 || caches[0] != "app-"+after {
		t.Errorf("after the update the caches are %v, want only app-%s", caches, after)
	}
	if got := eval[string](t, ctx, `fetch("/web/mend.css").then(r => r.text())`); !strings.Contains(got, "a change for the update test") {
		t.Error("after the update the app still uses the old stylesheet")
	}
}

func TestBlockedStorageStillRuns(t *testing.T) {
	profile := t.TempDir()
	// Block all site data, as a user can in Chromium's settings.
	prefs := `{"profile":{"default_content_setting_values":{"cookies":2}}}`
	os.MkdirAll(filepath.Join(profile, "Default"), 0o755)
	if err := os.WriteFile(filepath.Join(profile, "Default", "Preferences"), []byte(prefs), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServer(t, siteDir, "")
	ctx := newBrowserWithProfile(t, profile, nil)
	step(t, ctx, "opening /plan", 30*time.Second, chromedp.Navigate(srv.URL+"/plan"))
	if blocked := eval[bool](t, ctx, `(() => { try { window.sessionStorage; return false; } catch (e) { return true; } })() || window.mendStorage === "memory"`); !blocked {
		t.Fatal("storage is not blocked in this profile; the test would prove nothing")
	}
	waitFor(t, ctx, "the app is live with storage blocked", liveCondition, 45*time.Second)
	text := eval[string](t, ctx, `(document.getElementById("storage-blocked") || {}).textContent || ""`)
	if !strings.Contains(text, "will not be kept") {
		t.Errorf("no notice that data will not be kept; got %q", text)
	}
}

func TestInstallOnAppleShowsInstructions(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	step(t, ctx, "emulating an iPhone", 10*time.Second, chromedp.Emulate(device.IPhone13))
	open(t, ctx, srv.URL+"/")
	step(t, ctx, "pressing Install Mend", 10*time.Second, chromedp.Click("#install-button"))
	waitFor(t, ctx, "install instructions show", `!!document.getElementById("install-steps")`, 10*time.Second)
	text := eval[string](t, ctx, `document.getElementById("install").textContent`)
	if !strings.Contains(text, "Add to Home Screen") || eval[bool](t, ctx, `!!document.getElementById("install-button")`) {
		t.Errorf("on an Apple browser the install button should give way to Share → Add to Home Screen steps; got %q", text)
	}
}

func TestPrerenderedPagesAreReadableBeforeTheApp(t *testing.T) {
	srv := startServer(t, siteDir, "")
	_, html := fetch(t, srv.URL+"/guide/own-it")
	if !strings.Contains(html, `<fieldset class="prerendered" disabled>`) {
		t.Error("the prerendered page does not hold its controls in a disabled fieldset")
	}
	ctx := newBrowser(t)
	// Hold app.wasm back so the page stays as prerendered.
	if _, err := chromedp.Call(ctx, networkBlockURLs, blockURLsParams{URLs: []string{"*app.wasm*"}}); err != nil {
		t.Fatal(err)
	}
	step(t, ctx, "opening a guide page", 30*time.Second, chromedp.Navigate(srv.URL+"/guide/own-it"))
	waitFor(t, ctx, "the loader shows", `!!document.getElementById("app-wasm-loader")`, 10*time.Second)
	covered := eval[bool](t, ctx, `(() => {
		const h = document.querySelector("main h1").getBoundingClientRect();
		const l = document.getElementById("app-wasm-loader").getBoundingClientRect();
		const overlap = !(l.bottom <= h.top || l.top >= h.bottom || l.right <= h.left || l.left >= h.right);
		return overlap || l.height > 80;
	})()`)
	if covered {
		t.Error("go-app's loader covers the prerendered page")
	}
}

func TestAxeFindsNoViolations(t *testing.T) {
	routes := builtRoutes(t)
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is installed by make e2e (npm ci in e2e/): %v", err)
	}
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		for _, r := range routes {
			open(t, ctx, srv.URL+r.Path)
			for _, v := range runAxe(t, ctx, string(axe)) {
				t.Errorf("%s (%s): %s", r.Path, scheme, v)
			}
		}
	}
}
