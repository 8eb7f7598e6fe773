package site

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"

	"mend/app/headers"
)

// goAppWorker is the part of go-app v10.1.11's app-worker.js template
// that PatchWorker replaces, as the template has it.
const goAppWorker = `const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(resourcesToCache);
}

self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});

async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}
`

func TestPatchWorker(t *testing.T) {
	got, err := PatchWorker(goAppWorker)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`event.waitUntil(installWorker().then(() => self.skipWaiting()))`,
		`new Request(url, { cache: "no-cache" })`,
		`event.waitUntil(deletePreviousCaches().then(() => self.clients.claim()))`,
		`ignoreSearch: navigation`,
		`cache.match("/")`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the patched worker lacks %s", want)
		}
	}
	if strings.Contains(got, `addEventListener("install", async`) {
		t.Error("the install listener is still an async function without waitUntil")
	}
}

func TestPatchWorkerFailsLoudlyWhenUpstreamChanges(t *testing.T) {
	changed := strings.Replace(goAppWorker, "await cache.addAll(resourcesToCache);", "await cache.addAll(list);", 1)
	if _, err := PatchWorker(changed); err == nil || !strings.Contains(err.Error(), "has go-app changed") {
		t.Errorf("PatchWorker on a changed template: err = %v, want a loud failure", err)
	}
}

func TestPatchAppJS(t *testing.T) {
	js := `
goappInitServiceWorker();
goappWatchForUpdate();
goappInitWebAssembly();

function goappSetupNotifyUpdate(registration) {
  registration.addEventListener("updatefound", (event) => {
    const newSW = registration.installing;
    newSW.addEventListener("statechange", (event) => {
      if (!navigator.serviceWorker.controller) {
        return;
      }

async function goappInitWebAssembly() {
  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    return;
  }
  try {
    const wasm = await instantiateStreaming(
      fetchWithProgress("/web/app.wasm", showProgress),
      go.importObject
    );

    go.run(wasm.instance);
    loader.remove();
  } catch (err) {
  }
}

function goappCanLoadWebAssembly() {
`
	got, err := PatchAppJS(js)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"const replacesAWorker = !!navigator.serviceWorker.controller;",
		"goappAfterFirstPaint(() => {\n  goappStartContent(goappFetchContent(goappEnv[\"MEND_CONTENT\"]));\n  goappInitWebAssembly();\n});",
		"requestAnimationFrame(() => setTimeout(once, 0));",
		`const goappCompiler = goappStartCompiler("/web/app.wasm");`,
		"await goappCompiler.warm;",
		`new Worker("/web/compile-worker.js")`,
		"worker.postMessage({ url: url, warmUp: firstVisit, page: page });",
		"goappContent.then((content) => worker.postMessage({ content: content }));\n  }\n  return { module: module, warm: warm };",
		"const goappContent = new Promise((resolve) => {\n  goappStartContent = resolve;\n});",
		"window.mendContent = content;\n    });",
		"window.mendContent = null;\n      }\n    }, 5000);\n    if (window.mendGuardStorage) {",
		"window.mendGuardStorage();\n    }\n    go.run(wasm.instance);",
		`WebAssembly.instantiateStreaming(fetch(url), importObject)`,
		"await new Promise((resolve) => setTimeout(resolve, 0));",
		"loader.remove();\n    goappInitServiceWorkerWhenLive();",
		"} catch (err) {\n    goappInitServiceWorker();",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("PatchAppJS gave no %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\ngoappInitServiceWorker();\n") {
		t.Errorf("the patched app.js still registers the service worker before the program runs, so app.wasm comes down twice:\n%s", got)
	}
	if strings.Contains(got, "\ngoappInitWebAssembly();") {
		t.Errorf("the patched app.js still starts the program before the page paints:\n%s", got)
	}
	if strings.Contains(got, `fetchWithProgress("/web/app.wasm"`) {
		t.Errorf("the patched app.js still compiles app.wasm on the main thread, from a response rebuilt in JavaScript:\n%s", got)
	}
	for _, broken := range []string{"something else", strings.Replace(js, "goappInitWebAssembly();", "", 1)} {
		if _, err := PatchAppJS(broken); err == nil || !strings.Contains(err.Error(), "has go-app changed") {
			t.Errorf("PatchAppJS(%q): err = %v, want a loud failure", broken, err)
		}
	}
}

func TestCanonicalPageSortsAttributesAndRestoresTrueValues(t *testing.T) {
	a := []byte(`<!doctype html><html lang="en"><body><span class="x" aria-hidden data-present id="s">Tom &amp; Jo</span><input disabled type="text" name="n"></body></html>`)
	b := []byte(`<!doctype html><html lang="en"><body><span data-present id="s" aria-hidden class="x">Tom &amp; Jo</span><input name="n" type="text" disabled></body></html>`)
	ca, err := CanonicalPage(a)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := CanonicalPage(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ca, cb) {
		t.Errorf("the same page in two attribute orders gave\n%s\n%s", ca, cb)
	}
	for _, want := range []string{`aria-hidden="true"`, `data-present="true"`, `<input disabled name="n" type="text">`, `Tom &amp; Jo`} {
		if !strings.Contains(string(ca), want) {
			t.Errorf("canonical page lacks %s:\n%s", want, ca)
		}
	}
}

func TestCanonicalPageDropsFalseBooleanAttributes(t *testing.T) {
	page := []byte(`<body><div hidden="false">a</div><div hidden>b</div><input checked="false" type="checkbox"><textarea spellcheck="false"></textarea></body>`)
	got, err := CanonicalPage(page)
	if err != nil {
		t.Fatal(err)
	}
	want := `<body><div>a</div><div hidden>b</div><input type="checkbox"><textarea spellcheck="false"></textarea></body>`
	if string(got) != want {
		t.Errorf("CanonicalPage:\n got %s\nwant %s", got, want)
	}
}

func TestPatchPage(t *testing.T) {
	page := []byte(`<head><meta charset="UTF-8">
    <meta content="#2f6f6a" name="theme-color">
    <meta content="https:///plan" property="og:url">
    <meta content="https://" property="og:image">
    <link href="/web/icons/icon-maskable-512.png" rel="apple-touch-icon">
    <link href="/app.css" rel="stylesheet" type="text/css">
    <link href="/web/mend.css" rel="stylesheet" type="text/css">
    </head><body><img alt="wasm loader icon" src="/x.png"></body>`)
	got, err := PatchPage(page, PageExtras{ThemeLight: "#2f6f6a", ThemeDark: "#10201e",
		MaskableIcon: "/web/icons/icon-maskable-512.png", AppleTouchIcon: "/web/icons/apple-touch-icon.png"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	for _, want := range []string{
		`media="(prefers-color-scheme: light)"`, `<meta content="#10201e" media="(prefers-color-scheme: dark)" name="theme-color">`,
		`<link href="/web/icons/apple-touch-icon.png" rel="apple-touch-icon" sizes="180x180">`, `alt=""`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("patched page lacks %s:\n%s", want, s)
		}
	}
	if strings.Contains(s, "/app.css") || !strings.Contains(s, "/web/mend.css") {
		t.Errorf("the page should link Mend's style sheet and not go-app's:\n%s", s)
	}
	if strings.Contains(s, "og:url") || strings.Contains(s, "og:image") {
		t.Errorf("empty Open Graph addresses were kept:\n%s", s)
	}
	if _, err := PatchPage([]byte("<head></head>"), PageExtras{ThemeLight: "#000"}); err == nil {
		t.Error("PatchPage accepted a page without the tags it patches")
	}
}

func TestInsertMetaCSP(t *testing.T) {
	got, err := InsertMetaCSP([]byte(`<head><meta charset="UTF-8"><title>x</title>`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(got), `<head><meta charset="UTF-8"><meta content="default-src &#39;self&#39;;`) {
		t.Errorf("the CSP meta tag is not right after <meta charset>: %s", got)
	}
	if strings.Contains(string(got), "frame-ancestors") {
		t.Error("the meta policy holds frame-ancestors, which browsers ignore there")
	}
}

func TestPatchManifest(t *testing.T) {
	in := `{"name":"Mend","short_name":"Mend","start_url":"/","display":"standalone","icons":[],"theme_color":"#1","background_color":"#2"}`
	out, err := PatchManifest([]byte(in), ManifestExtras{ID: "/", Lang: "en", ThemeDark: "#3", BackgroundDark: "#4"})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	if m["id"] != "/" || m["lang"] != "en" || m["name"] != "Mend" {
		t.Errorf("patched manifest: %s", out)
	}
	if _, err := PatchManifest([]byte(`{"name":"Mend"}`), ManifestExtras{}); err == nil {
		t.Error("PatchManifest accepted a manifest missing the members go-app writes")
	}
}

func TestPrecompressWritesDecodableVariants(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("Mend keeps everything on the device. ", 200)
	os.WriteFile(filepath.Join(dir, "page.html"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "tiny.js"), []byte("1"), 0o644)
	os.WriteFile(filepath.Join(dir, "icon.png"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(dir, "tiny.js.br"), []byte("stale"), 0o644)
	if _, err := Precompress(dir); err != nil {
		t.Fatal(err)
	}
	br, _ := os.ReadFile(filepath.Join(dir, "page.html.br"))
	got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	if err != nil || string(got) != text {
		t.Errorf("page.html.br does not decode to the page (err %v)", err)
	}
	gz, _ := os.ReadFile(filepath.Join(dir, "page.html.gz"))
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); string(got) != text {
		t.Error("page.html.gz does not decode to the page")
	}
	for _, name := range []string{"icon.png.br", "tiny.js.br", "tiny.js.gz"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s exists: PNGs are not precompressed, and a variant no smaller than the file (or a stale one) must not be served", name)
		}
	}
}

func TestContentVersion(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "web"), 0o755)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<h1>home</h1>"), 0o644)
	os.WriteFile(filepath.Join(dir, "web", "app.css"), []byte("body{}"), 0o644)
	v1, err := ContentVersion(dir)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "index.html.br"), []byte("variants do not count"), 0o644)
	if v, _ := ContentVersion(dir); v != v1 {
		t.Error("a precompressed variant changed the version")
	}
	os.WriteFile(filepath.Join(dir, "web", "app.css"), []byte("body{color:red}"), 0o644)
	if v, _ := ContentVersion(dir); v == v1 {
		t.Error("changing a file kept the version")
	}
	// Moving bytes from one file to the next must change it too.
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<h1>home</h1>body{"), 0o644)
	os.WriteFile(filepath.Join(dir, "web", "app.css"), []byte("color:red}"), 0o644)
	if v, _ := ContentVersion(dir); v == v1 {
		t.Error("moving bytes between files kept the version")
	}
}

func TestHeadersFileCarriesEverySecurityHeader(t *testing.T) {
	f := string(HeadersFile())
	for _, h := range headers.Security {
		if !strings.Contains(f, "  "+h.Name+": "+h.Value+"\n") {
			t.Errorf("_headers lacks %s", h.Name)
		}
	}
	if !strings.HasPrefix(f, "/*\n") || !strings.Contains(f, "/web/app.wasm\n  Content-Type: application/wasm") {
		t.Errorf("_headers:\n%s", f)
	}
}
