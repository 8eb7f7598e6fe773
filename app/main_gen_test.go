//go:build !js

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"mend/app/route"
	"mend/app/share"
	"mend/components"
)

// buildSite runs the generator on a stand-in app.wasm and a copy of web/.
func buildSite(t *testing.T, web string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "build")
	wasm := filepath.Join(t.TempDir(), "app.wasm")
	os.WriteFile(wasm, []byte("\x00asm stand-in for the test"), 0o644)
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	if err := build(out, wasm, web, strings.TrimSpace(string(goroot)), false); err != nil {
		t.Fatal(err)
	}
	return out
}

func copyWeb(t *testing.T) string {
	t.Helper()
	web := filepath.Join(t.TempDir(), "web")
	if err := copyTree("../web", web); err != nil {
		t.Fatal(err)
	}
	return web
}

func TestEveryRouteIsPrerenderedWithItsOwnTitle(t *testing.T) {
	out := buildSite(t, copyWeb(t))
	titles := map[string]string{}
	title := regexp.MustCompile(`<title>([^<]*)</title>`)
	for _, r := range components.Routes() {
		name := strings.TrimPrefix(r.Path, "/") + ".html"
		if r.Path == "/" {
			name = "index.html"
		}
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Errorf("route %s was not prerendered: %v", r.Path, err)
			continue
		}
		m := title.FindSubmatch(b)
		if m == nil || !strings.Contains(string(b), "<h1") {
			t.Errorf("%s has no title or no h1", name)
			continue
		}
		if other, dup := titles[string(m[1])]; dup {
			t.Errorf("%s and %s share the title %q", r.Path, other, m[1])
		}
		titles[string(m[1])] = r.Path
	}
}

// TestEveryPageIsBoundPrerenderedAndReachable checks the route table
// against the build: every page of mend/app/route has a component and its
// own prerendered file, and every page is reached by following links from
// the home page or from the partner's page (which a share link opens).
func TestEveryPageIsBoundPrerenderedAndReachable(t *testing.T) {
	var bound []string
	for _, r := range components.Routes() {
		bound = append(bound, r.Path)
	}
	var listed []string
	for _, p := range route.Pages() {
		listed = append(listed, p.Path)
	}
	if !slices.Equal(bound, listed) {
		t.Fatalf("components.Routes() = %v\nroute.Pages() = %v", bound, listed)
	}

	out := buildSite(t, copyWeb(t))
	file := func(path string) string {
		if path == route.Home {
			return filepath.Join(out, "index.html")
		}
		return filepath.Join(out, strings.TrimPrefix(path, "/")+".html")
	}
	href := regexp.MustCompile(`href="(/[^"#?]*)`)
	// The home page is where the author starts; a page opened from a
	// share link is where the partner starts.
	reached := map[string]bool{route.Home: true}
	queue := []string{route.Home}
	for _, p := range route.Pages() {
		if p.FromLink {
			reached[p.Path] = true
			queue = append(queue, p.Path)
		}
	}
	for len(queue) > 0 {
		path := queue[0]
		queue = queue[1:]
		b, err := os.ReadFile(file(path))
		if err != nil {
			t.Errorf("%s is linked to but was not prerendered: %v", path, err)
			continue
		}
		for _, m := range href.FindAllSubmatch(b, -1) {
			to := string(m[1])
			if _, isPage := slices.BinarySearch(sortedPaths(listed), to); isPage && !reached[to] {
				reached[to] = true
				queue = append(queue, to)
			}
		}
	}
	for _, p := range route.Pages() {
		if _, err := os.Stat(file(p.Path)); err != nil {
			t.Errorf("page %s was not prerendered: %v", p.Path, err)
		}
		if !reached[p.Path] {
			t.Errorf("page %s is linked from no page the author or partner can reach", p.Path)
		}
	}
	if link := share.Link("https://example.org", "x"); !strings.HasPrefix(link, "https://example.org"+route.View+"#") {
		t.Errorf("share links open %s, not the partner's page %s", link, route.View)
	}
}

func sortedPaths(paths []string) []string {
	s := slices.Clone(paths)
	slices.Sort(s)
	return s
}

func TestTheWorkerPrecachesEveryRouteAndIsPatched(t *testing.T) {
	out := buildSite(t, copyWeb(t))
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range components.Routes() {
		if !bytes.Contains(worker, []byte(`"`+r.Path+`"`)) {
			t.Errorf("app-worker.js does not precache %s", r.Path)
		}
	}
	for _, want := range []string{"event.waitUntil(installWorker()", `cache: "no-cache"`, "ignoreSearch", "/web/app.wasm", "/web/mend.css", "/web/storage-guard.js", "/web/compile-worker.js"} {
		if !bytes.Contains(worker, []byte(want)) {
			t.Errorf("app-worker.js lacks %s", want)
		}
	}
}

func TestTheSiteNamesNoOtherHost(t *testing.T) {
	out := buildSite(t, copyWeb(t))
	remote := regexp.MustCompile(`(https?:)?//[a-zA-Z0-9.-]+\.[a-z]{2,}`)
	err := filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) == ".png" || filepath.Base(path) == "wasm_exec.js" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range remote.FindAll(b, -1) {
			// The SVG namespace is a name, not a request.
			if string(m) != "http://www.w3.org" {
				t.Errorf("%s names another host: %s", path, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestWasmExecMatchesTheCompiler(t *testing.T) {
	out := buildSite(t, copyWeb(t))
	goroot, _ := exec.Command("go", "env", "GOROOT").Output()
	want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(out, "wasm_exec.js"))
	if !bytes.Equal(got, want) {
		t.Error("build/wasm_exec.js differs from the compiler's own; app.wasm would not start")
	}
}

func TestVersionFollowsContent(t *testing.T) {
	web := copyWeb(t)
	version := func() string {
		b, err := os.ReadFile(filepath.Join(buildSite(t, web), "app-worker.js"))
		if err != nil {
			t.Fatal(err)
		}
		return regexp.MustCompile(`"app-" \+ "([0-9a-f]+)"`).FindStringSubmatch(string(b))[1]
	}
	first, second := version(), version()
	if first != second {
		t.Fatalf("two builds of the same sources have versions %s and %s", first, second)
	}
	css := filepath.Join(web, "mend.css")
	b, _ := os.ReadFile(css)
	os.WriteFile(css, append(b, "\n/* changed */\n"...), 0o644)
	if third := version(); third == first {
		t.Error("a changed stylesheet kept the version: installed apps would never update")
	}
}

func TestDistHasTheCSPInEveryPageAndAHeadersFile(t *testing.T) {
	out := buildSite(t, copyWeb(t))
	dist := filepath.Join(t.TempDir(), "dist")
	if err := makeDist(out, dist); err != nil {
		t.Fatal(err)
	}
	pages := 0
	filepath.WalkDir(dist, func(path string, d os.DirEntry, err error) error {
		if err != nil || filepath.Ext(path) != ".html" {
			return err
		}
		pages++
		b, _ := os.ReadFile(path)
		if !bytes.Contains(b, []byte(`<meta charset="UTF-8"><meta content="default-src`)) {
			t.Errorf("%s has no CSP meta tag right after <meta charset>", path)
		}
		if _, err := os.Stat(path + ".br"); err != nil {
			t.Errorf("%s has no brotli variant matching it", path)
		}
		return nil
	})
	if pages != len(components.Routes()) {
		t.Errorf("dist has %d pages, want %d", pages, len(components.Routes()))
	}
	if _, err := os.Stat(filepath.Join(dist, "_headers")); err != nil {
		t.Error("dist has no _headers file")
	}
}

func TestPagesLoadOneStyleSheetHoldingEveryPart(t *testing.T) {
	web := copyWeb(t)
	out := buildSite(t, web)
	page, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	links := regexp.MustCompile(`<link href="([^"]+)" rel="stylesheet"`).FindAllSubmatch(page, -1)
	var hrefs []string
	for _, l := range links {
		hrefs = append(hrefs, string(l[1]))
	}
	if want := []string{"/web/mend.css"}; !slices.Equal(hrefs, want) {
		t.Errorf("the page links the style sheets %v, want %v (Mend's one)", hrefs, want)
	}
	bundle, err := os.ReadFile(filepath.Join(out, "web", "mend.css"))
	if err != nil {
		t.Fatal(err)
	}
	goappCSS, err := os.ReadFile(filepath.Join(out, "app.css"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(bundle, goappCSS) {
		t.Error("the bundled mend.css does not start with go-app's rules for its loader")
	}
	parts, _ := filepath.Glob(filepath.Join(web, "*.css"))
	if len(parts) < 2 {
		t.Fatalf("only %d style sheets in %s: nothing to bundle", len(parts), web)
	}
	for _, part := range parts {
		b, err := os.ReadFile(part)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(bundle, b) {
			t.Errorf("the bundled mend.css lacks %s", filepath.Base(part))
		}
	}
}
