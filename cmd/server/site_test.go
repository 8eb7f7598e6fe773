package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"mend/app/headers"
)

// newTestSite builds a small site folder beside a secret file that must
// never be served, and returns a running server and its log.
func newTestSite(t *testing.T) (*httptest.Server, *bytes.Buffer) {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "build")
	files := map[string]string{
		"index.html":           "<h1>home</h1>",
		"plan.html":            "<h1>plan</h1>",
		"guide.html":           "<h1>guide</h1>",
		"guide/own-it.html":    "<h1>own it</h1>",
		"app.js":               "console.log('app')",
		"web/app.wasm":         "raw wasm bytes",
		"web/app.wasm.br":      "brotli wasm",
		"web/app.wasm.gz":      "gzip wasm",
		"web/mend.css":         "body{}",
		"web/mend.css.gz":      "gzip css",
		"web/.hidden":          "hidden",
		"manifest.webmanifest": `{"name":"Mend"}`,
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(top, "secret.txt"), []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(top, "secret.txt"), filepath.Join(dir, "web", "link.txt")); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	s, err := newSite(dir, log.New(&logs, "", 0))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(func() { srv.Close(); s.Close() })
	return srv, &logs
}

func get(t *testing.T, url string, header map[string]string) (*http.Response, string) {
	t.Helper()
	return do(t, http.MethodGet, url, header)
}

func do(t *testing.T, method, url string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	// A transport that does not ask for gzip itself, so Accept-Encoding is ours.
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(body)
}

func TestRoutesServeTheirPages(t *testing.T) {
	srv, _ := newTestSite(t)
	for path, want := range map[string]string{
		"/":               "<h1>home</h1>",
		"/plan":           "<h1>plan</h1>",
		"/plan?from=home": "<h1>plan</h1>",
		"/guide":          "<h1>guide</h1>",
		"/guide/own-it":   "<h1>own it</h1>",
		"/guide/own-it/":  "<h1>own it</h1>",
		"/index.html":     "<h1>home</h1>",
		"/app.js":         "console.log('app')",
		"/web/app.wasm":   "raw wasm bytes",
	} {
		res, body := get(t, srv.URL+path, nil)
		if res.StatusCode != http.StatusOK || body != want {
			t.Errorf("GET %s = %d %q, want 200 %q", path, res.StatusCode, body, want)
		}
		if got := res.Header.Get("Content-Length"); got != fmt.Sprint(len(want)) {
			t.Errorf("GET %s Content-Length = %q, want %d", path, got, len(want))
		}
	}
}

func TestContentTypesAndCaching(t *testing.T) {
	srv, _ := newTestSite(t)
	for path, want := range map[string][2]string{
		"/":                     {"text/html; charset=utf-8", "no-cache"},
		"/plan":                 {"text/html; charset=utf-8", "no-cache"},
		"/web/app.wasm":         {"application/wasm", "no-cache"},
		"/manifest.webmanifest": {"application/manifest+json", "no-cache"},
		"/app.js":               {"text/javascript; charset=utf-8", "no-cache"},
		"/web/mend.css":         {"text/css; charset=utf-8", headers.CacheControl("/web/mend.css")},
	} {
		res, _ := get(t, srv.URL+path, nil)
		if got := res.Header.Get("Content-Type"); got != want[0] {
			t.Errorf("%s Content-Type = %q, want %q", path, got, want[0])
		}
		if got := res.Header.Get("Cache-Control"); got != want[1] {
			t.Errorf("%s Cache-Control = %q, want %q", path, got, want[1])
		}
	}
}

func TestServesThePrecompressedVariantTheClientAccepts(t *testing.T) {
	srv, _ := newTestSite(t)
	for _, tc := range []struct {
		accept, wantEncoding, wantBody string
	}{
		{"gzip, deflate, br, zstd", "br", "brotli wasm"},
		{"gzip", "gzip", "gzip wasm"},
		{"br;q=0, gzip", "gzip", "gzip wasm"},
		{"BR", "br", "brotli wasm"},
		{"*", "br", "brotli wasm"},
		{"*, br;q=0", "gzip", "gzip wasm"},
		{"", "", "raw wasm bytes"},
		{"identity", "", "raw wasm bytes"},
		{"gzip;q=0, br;q=0", "", "raw wasm bytes"},
	} {
		res, body := get(t, srv.URL+"/web/app.wasm", map[string]string{"Accept-Encoding": tc.accept})
		if got := res.Header.Get("Content-Encoding"); got != tc.wantEncoding || body != tc.wantBody {
			t.Errorf("Accept-Encoding %q: got encoding %q body %q, want %q %q", tc.accept, got, body, tc.wantEncoding, tc.wantBody)
		}
		if res.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary = %q", tc.accept, res.Header.Get("Vary"))
		}
		if res.Header.Get("Content-Type") != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type = %q", tc.accept, res.Header.Get("Content-Type"))
		}
	}
	// A file with only a gzip variant falls back to it when br is preferred.
	res, body := get(t, srv.URL+"/web/mend.css", map[string]string{"Accept-Encoding": "br, gzip"})
	if res.Header.Get("Content-Encoding") != "gzip" || body != "gzip css" {
		t.Errorf("mend.css with br, gzip: got %q %q", res.Header.Get("Content-Encoding"), body)
	}
}

func TestETagsAreStrongPerVariantAndRevalidate(t *testing.T) {
	srv, _ := newTestSite(t)
	br, _ := get(t, srv.URL+"/web/app.wasm", map[string]string{"Accept-Encoding": "br"})
	raw, _ := get(t, srv.URL+"/web/app.wasm", nil)
	etag := br.Header.Get("ETag")
	if !strings.HasPrefix(etag, `"`) || etag == raw.Header.Get("ETag") {
		t.Fatalf("ETags: br %q, identity %q; want strong and different per variant", etag, raw.Header.Get("ETag"))
	}
	res, body := get(t, srv.URL+"/web/app.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
	if res.StatusCode != http.StatusNotModified || body != "" {
		t.Errorf("If-None-Match with the current ETag = %d %q, want 304 and no body", res.StatusCode, body)
	}
	res, _ = get(t, srv.URL+"/web/app.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": `"stale"`})
	if res.StatusCode != http.StatusOK {
		t.Errorf("If-None-Match with a stale ETag = %d, want 200", res.StatusCode)
	}
}

func TestOnlyGetAndHead(t *testing.T) {
	srv, _ := newTestSite(t)
	res, body := do(t, http.MethodHead, srv.URL+"/plan", nil)
	if res.StatusCode != http.StatusOK || body != "" || res.Header.Get("Content-Length") != "13" {
		t.Errorf("HEAD /plan = %d, body %q, length %q", res.StatusCode, body, res.Header.Get("Content-Length"))
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions, "PATCH"} {
		res, _ := do(t, method, srv.URL+"/plan", nil)
		if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /plan = %d Allow %q, want 405 GET, HEAD", method, res.StatusCode, res.Header.Get("Allow"))
		}
	}
}

func TestUnknownPathsAndFoldersGetTheNotFoundPage(t *testing.T) {
	srv, _ := newTestSite(t)
	for _, path := range []string{"/nope", "/web", "/web/", "/guide/nope", "/web/.hidden", "/plan.html/x"} {
		res, body := get(t, srv.URL+path, nil)
		if res.StatusCode != http.StatusNotFound || !strings.Contains(body, "This page isn't here") {
			t.Errorf("GET %s = %d %q, want the 404 page", path, res.StatusCode, body)
		}
	}
}

// rawRequest sends a request line exactly as written, so encoded and
// malformed paths reach the server unchanged.
func rawRequest(t *testing.T, srv *httptest.Server, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n", target)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

func TestPathTraversalIsImpossible(t *testing.T) {
	srv, _ := newTestSite(t)
	for _, target := range []string{
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/%2E%2E/secret.txt",
		"/web/../../secret.txt",
		"/web/%2e%2e/%2e%2e/secret.txt",
		"/web/..%2f..%2fsecret.txt",
		"/..%5csecret.txt",
		"/web/%5c..%5c..%5csecret.txt",
		"//secret.txt",
		"/%00/secret.txt",
		"/web/link.txt",
		"/.%2e/secret.txt",
	} {
		status, body := rawRequest(t, srv, target)
		if strings.Contains(body, "SECRET") {
			t.Errorf("GET %s served a file outside the site folder", target)
		}
		if status == http.StatusOK {
			t.Errorf("GET %s = 200, want a refusal", target)
		}
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	srv, _ := newTestSite(t)
	for _, tc := range []struct{ method, path string }{
		{http.MethodGet, "/"}, {http.MethodGet, "/nope"}, {http.MethodPost, "/"}, {http.MethodGet, "/web/app.wasm"},
	} {
		res, _ := do(t, tc.method, srv.URL+tc.path, nil)
		for _, h := range headers.Security {
			if got := res.Header.Get(h.Name); got != h.Value {
				t.Errorf("%s %s: %s = %q, want %q", tc.method, tc.path, h.Name, got, h.Value)
			}
		}
	}
}

func TestLogHoldsNoQueryStringsOrUnknownPaths(t *testing.T) {
	srv, logs := newTestSite(t)
	get(t, srv.URL+"/plan?note=CANARY-query", nil)
	get(t, srv.URL+"/CANARY-path", nil)
	get(t, srv.URL+"/guide/own-it", nil)
	if strings.Contains(logs.String(), "CANARY") {
		t.Errorf("the access log holds request data:\n%s", logs)
	}
	if !strings.Contains(logs.String(), "GET /guide/own-it 200") {
		t.Errorf("the access log lacks the served request:\n%s", logs)
	}
}

func TestRefusesAFolderWithoutASite(t *testing.T) {
	if _, err := newSite(t.TempDir(), log.New(io.Discard, "", 0)); err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("newSite(empty folder) error = %v, want advice to run make build", err)
	}
}

func TestImportsNothingOfGoApp(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "go-app") || strings.Contains(dep, "syscall/js") {
			t.Errorf("cmd/server depends on %s; it must stay standard library plus mend/app/headers", dep)
		}
		if strings.Contains(dep, ".") && !strings.HasPrefix(dep, "mend/") && !strings.HasPrefix(dep, "vendor/") && !strings.Contains(dep, "internal") {
			t.Errorf("cmd/server depends on the non-standard package %s", dep)
		}
	}
}
