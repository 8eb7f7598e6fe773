package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumHosts are the only outside hosts Chromium itself may try to reach
// (its update and time checks, which no flag fully silences; see
// shared/research/chromedp-notes.md §6.3). Named exactly: a wildcard could
// hide a font or analytics request behind it.
var chromiumHosts = map[string]bool{
	"update.googleapis.com":                   true,
	"clients2.google.com":                     true,
	"accounts.google.com":                     true,
	"content-autofill.googleapis.com":         true,
	"optimizationguide-pa.googleapis.com":     true,
	"safebrowsingohttpgateway.googleapis.com": true,
	"android.clients.google.com":              true,
	"www.google.com":                          true,
}

// recordingProxy stands in for the whole internet: it records every
// request that reaches it and refuses it.
type recordingProxy struct {
	*httptest.Server
	mu   sync.Mutex
	seen []string
}

func newRecordingProxy(t testing.TB) *recordingProxy {
	p := &recordingProxy{}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.seen = append(p.seen, r.Host)
		p.mu.Unlock()
		http.Error(w, "blocked by the test", http.StatusForbidden)
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *recordingProxy) hosts() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.seen...)
}

func hostOnly(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return hostport
}

// watchedBrowser is a fresh browser on a running server whose every
// request is recorded: the page's and its service worker's (once the
// worker controls the page), and through a refusing proxy anything else.
type watchedBrowser struct {
	srv          *server
	browser      context.Context
	page, worker *requestLog
	proxy        *recordingProxy
}

func newWatchedBrowser(t testing.TB) *watchedBrowser {
	t.Helper()
	w := &watchedBrowser{page: &requestLog{}, worker: &requestLog{}, proxy: newRecordingProxy(t)}
	w.srv = startServer(t, siteDir, "")
	w.browser = newBrowserWithProfile(t, t.TempDir(), w.page.listen, chromedp.ProxyServer(w.proxy.URL))
	open(t, w.browser, w.srv.URL+"/")
	waitOffline(t, w.browser)
	attachToServiceWorker(t, w.browser, w.worker.listen)
	return w
}

// checkNothingLeft fails the test for any request off the origin from the
// page or the worker, and for anything that reached the proxy other than
// Chromium's own hosts.
func (w *watchedBrowser) checkNothingLeft(t testing.TB) {
	t.Helper()
	for _, req := range w.page.foreign(w.srv.URL) {
		t.Errorf("the page made a request off the origin: %s", req)
	}
	for _, req := range w.worker.foreign(w.srv.URL) {
		t.Errorf("the service worker made a request off the origin: %s", req)
	}
	for _, host := range w.proxy.hosts() {
		if !chromiumHosts[hostOnly(host)] {
			t.Errorf("a request reached the outside through the proxy: %s", host)
		}
	}
}

// attachToServiceWorker listens to the requests of the page's service
// worker, which are not seen on the page's own target.
func attachToServiceWorker(t testing.TB, browser context.Context, listener func(ev any)) {
	t.Helper()
	infos, err := chromedp.Targets(browser)
	if err != nil {
		t.Fatal(err)
	}
	for _, ti := range infos {
		if ti.Type != "service_worker" {
			continue
		}
		ctx, cancel := chromedp.NewContext(browser, chromedp.WithTargetID(ti.TargetID), chromedp.WithListener(listener))
		t.Cleanup(cancel)
		if err := chromedp.Do(ctx); err != nil {
			t.Fatalf("attaching to the service worker: %v", err)
		}
		return
	}
	t.Fatal("no service worker target to attach to")
}

// syncSlice collects strings from event listeners.
type syncSlice struct {
	mu sync.Mutex
	s  []string
}

func (s *syncSlice) add(v string) { s.mu.Lock(); s.s = append(s.s, v); s.mu.Unlock() }
func (s *syncSlice) all() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.s...)
}

// consoleLog collects what pages report as going wrong: exceptions,
// console errors and warnings, and the browser's own log errors, which
// include every Content-Security-Policy refusal.
type consoleLog struct{ syncSlice }

func (c *consoleLog) listen(ev any) {
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		c.add("exception: " + e.ExceptionDetails.Text + " " + exceptionDescription(e.ExceptionDetails))
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning || e.Type == runtime.ConsoleAPICalledTypeAssert {
			c.add(string(e.Type) + ": " + consoleText(e.Args))
		}
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
			c.add("log " + string(e.Entry.Source) + ": " + e.Entry.Text + " " + e.Entry.URL)
		}
	}
}

func exceptionDescription(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

func consoleText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a.Value != nil:
			parts = append(parts, string(a.Value))
		case a.Description != "":
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}

// workerVersion reads the version the served app-worker.js was built with.
func workerVersion(t testing.TB, base string) string {
	t.Helper()
	_, body := fetch(t, base+"/app-worker.js")
	m := regexp.MustCompile(`const cacheName = "app-" \+ "([^"]*)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("app-worker.js has no cache name:\n%s", firstLine(body))
	}
	return m[1]
}

// webSourceDir is the repository's web/ folder.
func webSourceDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func copyDir(t testing.TB, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func execCommand(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).CombinedOutput()
	return string(out), err
}

func httpStatus(rawURL string) (int, error) {
	c := http.Client{Timeout: 3 * time.Second}
	res, err := c.Get(rawURL)
	if err != nil {
		return 0, err
	}
	res.Body.Close()
	return res.StatusCode, nil
}

func sizeString(px int) string { return fmt.Sprintf("%dx%d", px, px) }

// Network.setBlockedURLs, called by name so the test does not depend on
// cdproto's wrapper for it.
type blockURLsParams struct {
	URLs []string `json:"urls"`
}

var networkBlockURLs = cdp.Command[blockURLsParams, cdp.Empty]{Method: "Network.setBlockedURLs"}

// axeInLightAndDark runs axe-core on the page as it is, in the light and
// then the dark colour scheme, failing the test for every violation; what
// names the page's state in the failure. Each also runs once per scheme,
// after axe, with that scheme still emulated.
func axeInLightAndDark(t testing.TB, ctx context.Context, what string, each ...func(scheme string)) {
	t.Helper()
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is installed by make e2e (npm ci in e2e/): %v", err)
	}
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		for _, v := range runAxe(t, ctx, string(axe)) {
			t.Errorf("%s (%s): %s", what, scheme, v)
		}
		for _, f := range each {
			f(scheme)
		}
	}
}

// runAxe injects axe-core and returns its violations on the current page
// against WCAG 2.0–2.2 A/AA and best practice.
func runAxe(t testing.TB, ctx context.Context, axeSource string) []string {
	t.Helper()
	if !eval[bool](t, ctx, `typeof axe !== "undefined"`) {
		eval[bool](t, ctx, axeSource+";true")
	}
	type result struct {
		Violations []struct {
			ID     string `json:"id"`
			Impact string `json:"impact"`
			Help   string `json:"help"`
			Nodes  []struct {
				Target []any  `json:"target"`
				HTML   string `json:"html"`
			} `json:"nodes"`
		} `json:"violations"`
	}
	raw := eval[json.RawMessage](t, ctx, `axe.run(document, {
		runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
		resultTypes: ["violations"]
	}).then(r => ({violations: r.violations}))`)
	var res result
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range res.Violations {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprint(n.Target)+" "+n.HTML)
		}
		sort.Strings(where)
		out = append(out, fmt.Sprintf("%s (%s): %s — %s", v.ID, v.Impact, v.Help, strings.Join(where, "; ")))
	}
	return out
}

// execEnv runs a command from the e2e folder with extra environment
// variables.
func execEnv(env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}
