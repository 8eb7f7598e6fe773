// Package e2e drives Debian's Chromium (through chromedp) against the real
// built site served by the real cmd/server binary. Nothing here builds the
// app: `make e2e` builds it first and passes the paths in the environment.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Paths to what `make e2e` built, from the environment.
var (
	siteDir    = os.Getenv("MEND_SITE")     // the built site (build/)
	serverBin  = os.Getenv("MEND_SERVER")   // the cmd/server binary
	generator  = os.Getenv("MEND_GENERATE") // the native ./app build: the site generator
	wasmFile   = os.Getenv("MEND_WASM")     // the built app.wasm
	chromePath = "/usr/bin/chromium"
)

func TestMain(m *testing.M) {
	var missing []string
	for name, v := range map[string]string{"MEND_SITE": siteDir, "MEND_SERVER": serverBin} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(os.Stderr, "e2e: %s not set; run the browser tests with `make e2e` (or `make test`), which builds the site first\n", strings.Join(missing, ", "))
		os.Exit(1)
	}
	if _, err := os.Stat(chromePath); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: Chromium is needed at %s (make test installs it on Debian as root)\n", chromePath)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// server is one running cmd/server process.
type server struct {
	URL  string // http://127.0.0.1:port
	Addr string // 127.0.0.1:port
	cmd  *exec.Cmd
	done chan struct{}
	log  *syncBuffer
}

// startServer runs cmd/server on dir. addr "" picks a free port.
func startServer(t testing.TB, dir, addr string) *server {
	t.Helper()
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	cmd := exec.Command(serverBin, "-addr", addr, "-dir", dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", serverBin, err)
	}
	s := &server{cmd: cmd, done: make(chan struct{}), log: logs}
	go func() { cmd.Wait(); close(s.done) }()

	lines := make(chan string, 1)
	go func() {
		r := bufio.NewReader(stdout)
		line, _ := r.ReadString('\n')
		lines <- line
		io.Copy(io.Discard, r)
	}()
	select {
	case line := <-lines:
		m := regexp.MustCompile(`http://([0-9.]+:[0-9]+)/`).FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("the server said %q, not where it listens; its log:\n%s", line, logs)
		}
		s.Addr, s.URL = m[1], "http://"+m[1]
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the server did not start; its log:\n%s", logs)
	}
	t.Cleanup(s.Stop)
	return s
}

// Stop ends the server the way Ctrl+C would, and waits for it.
func (s *server) Stop() {
	select {
	case <-s.done:
		return
	default:
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-s.done
	}
}

// browserOptions are the flags for a quiet, headless Chromium in a
// container: no sandbox as root, no GPU, and none of Chromium's own
// background traffic.
func browserOptions(profile string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromePath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(412, 915),
		chromedp.UserDataDir(profile),
	)
}

// newBrowser starts Chromium with a fresh profile and returns a context for
// its first tab. Extra options (a proxy, a listener) come after the defaults.
func newBrowser(t testing.TB, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	return newBrowserWithProfile(t, t.TempDir(), nil, extra...)
}

func newBrowserWithProfile(t testing.TB, profile string, listener func(ev any), extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	opts := append(browserOptions(profile), extra...)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(refuseCSPViolations(t, listener)))
	// The first action starts the browser; it must not run under a timeout.
	if err := chromedp.Do(ctx); err != nil {
		acancel()
		t.Fatalf("starting Chromium: %v", err)
	}
	t.Cleanup(func() { cancel(); acancel() })
	return ctx
}

// refuseCSPViolations returns a listener that passes events on to
// listener (if any) and fails the test, when it ends, for every
// Content-Security-Policy refusal the tab logged. Every browser test is
// then also a CSP test of what it did: a refusal means something on the
// page silently did not work.
func refuseCSPViolations(t testing.TB, listener func(ev any)) func(ev any) {
	var refused syncSlice
	t.Cleanup(func() {
		for _, msg := range refused.all() {
			t.Errorf("the page broke its Content-Security-Policy: %s", msg)
		}
	})
	return func(ev any) {
		if e, ok := ev.(*log.EventEntryAdded); ok && strings.Contains(e.Entry.Text, "Content Security Policy") {
			refused.add(e.Entry.Text + " " + e.Entry.URL)
		}
		if listener != nil {
			listener(ev)
		}
	}
}

// newTab opens another tab in the same browser (same profile and service
// worker), optionally listening to its events from the very first one.
func newTab(t testing.TB, browser context.Context, listener func(ev any)) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithListener(refuseCSPViolations(t, listener)))
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	t.Cleanup(cancel)
	return ctx
}

// step runs actions with a deadline, failing the test with what was being
// done. Deadlines are derived per step: the browser's own context must not
// carry one.
func step(t testing.TB, ctx context.Context, what string, timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression (awaiting a promise) and decodes
// its JSON value.
func eval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(sctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", firstLine(expr), err)
	}
	return v
}

// waitFor polls a JavaScript condition until it is true. It polls from Go,
// not in the page, so a reload or navigation while waiting (which destroys
// the page's JavaScript context) is simply waited out.
func waitFor(t testing.TB, ctx context.Context, what, condition string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var lastErr error
	for time.Now().Before(deadline) {
		ectx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(ectx, chromedp.Evaluate[bool]("!!("+condition+")"))
		cancel()
		if err == nil && ok {
			return
		}
		lastErr = err
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("waiting until %s: not true after %s (last error: %v)", what, timeout, lastErr)
}

// liveCondition is true once the WebAssembly app has mounted the page.
const liveCondition = `document.documentElement.dataset.live === "true" && !document.getElementById("app-wasm-loader")`

// open navigates to a URL and waits until the app is live on it.
func open(t testing.TB, ctx context.Context, rawURL string) {
	t.Helper()
	step(t, ctx, "opening "+rawURL, 30*time.Second, chromedp.Navigate(rawURL))
	waitFor(t, ctx, "the app is live on "+rawURL, liveCondition, 45*time.Second)
}

// waitOffline waits until a service worker controls the page and has
// precached app.wasm, so the app can start with the server gone.
func waitOffline(t testing.TB, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, "a service worker controls the page", `navigator.serviceWorker && navigator.serviceWorker.controller`, 30*time.Second)
	ok := eval[bool](t, ctx, `(async () => {
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			if (await cache.match("/web/app.wasm")) return true;
		}
		return false;
	})()`)
	if !ok {
		t.Fatal("the service worker controls the page but app.wasm is not in its cache")
	}
}

// h1 returns the page's main heading.
func h1(t testing.TB, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `(document.querySelector("main h1") || {}).textContent || ""`)
}

// route is one page of the built site and the heading its HTML holds.
type route struct {
	Path, Heading string
}

// builtRoutes reads every prerendered page of the site with its h1, from the
// files `make build` wrote: the tests check the pages the site really has.
func builtRoutes(t testing.TB) []route {
	t.Helper()
	var routes []route
	heading := regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`)
	err := filepath.WalkDir(siteDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".html" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(siteDir, path)
		p := "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".html")
		if p == "/index" {
			p = "/"
		}
		m := heading.FindSubmatch(b)
		if m == nil {
			return fmt.Errorf("%s has no h1", rel)
		}
		routes = append(routes, route{p, htmlText(string(m[1]))})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(routes) < 22 {
		t.Fatalf("the built site has %d pages; want every route (at least 22)", len(routes))
	}
	sort.Slice(routes, func(i, j int) bool { return routes[i].Path < routes[j].Path })
	return routes
}

var tags = regexp.MustCompile(`<[^>]*>`)

func htmlText(s string) string {
	s = tags.ReplaceAllString(s, "")
	s = strings.NewReplacer("&#39;", "'", "&amp;", "&", "&quot;", `"`, "&lt;", "<", "&gt;", ">").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// requestLog records every request a target makes, from its first event.
type requestLog struct {
	mu   sync.Mutex
	reqs []*network.Request
	ws   []string
}

func (l *requestLog) listen(ev any) {
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		l.mu.Lock()
		l.reqs = append(l.reqs, e.Request)
		l.mu.Unlock()
	case *network.EventWebSocketCreated:
		l.mu.Lock()
		l.ws = append(l.ws, e.URL)
		l.mu.Unlock()
	}
}

func (l *requestLog) requests() []*network.Request {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]*network.Request(nil), l.reqs...)
}

// foreign returns the requests that left origin (data: and blob: URLs stay
// on the device).
func (l *requestLog) foreign(origin string) []string {
	o, _ := url.Parse(origin)
	var out []string
	for _, r := range l.requests() {
		u, err := url.Parse(r.URL)
		if err != nil {
			out = append(out, r.URL)
			continue
		}
		if u.Scheme == "data" || u.Scheme == "blob" {
			continue
		}
		if u.Host != o.Host {
			out = append(out, r.Method+" "+r.URL)
		}
	}
	l.mu.Lock()
	out = append(out, l.ws...)
	l.mu.Unlock()
	return out
}

// copySite copies the built site so a test can change or rebuild it.
func copySite(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	copyDir(t, siteDir, dir)
	return dir
}

// fetch GETs a URL from the test itself (not the browser).
func fetch(t testing.TB, rawURL string) (int, string) {
	t.Helper()
	res, err := http.Get(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// freePort returns a loopback address no one listens on now.
func freePort(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + "…"
	}
	return s
}
