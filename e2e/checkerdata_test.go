package e2e

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mend/app/checker"
	checkerdata "mend/content/checker"
)

// checkerAsset returns the address and the file of the checker's data in
// the built site at dir.
func checkerAsset(t testing.TB, dir string) (urlPath, file string) {
	t.Helper()
	return dataAsset(t, dir, "checker")
}

// TestTheShippedProgramLeavesTheCheckerDataOut: the app.wasm the site
// serves carries none of the checker's rule texts, its model or its rule
// compiler; the site serves the rules compiled, as one file that decodes
// whole into exactly the engine image this build compiles; and both the
// program (through app.js) and the service worker's precache know its
// address.
func TestTheShippedProgramLeavesTheCheckerDataOut(t *testing.T) {
	urlPath, file := checkerAsset(t, siteDir)
	asset, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	data, err := checkerdata.Decode(asset)
	if err != nil {
		t.Fatalf("the built checker data does not decode: %v", err)
	}
	if got := "/web/" + checkerdata.AssetName(asset); got != urlPath {
		t.Errorf("the data is served as %s, but its bytes name it %s", urlPath, got)
	}
	if want, err := checker.Asset(); err != nil || !bytes.Equal(asset, want) {
		t.Errorf("the served data is not the engine image of this build's rules (%v)", err)
	}
	if entries, _ := data.ReadDir("."); len(entries) != 1 || data.Image() == nil {
		t.Errorf("the served data holds %d files; want the engine image alone", len(entries))
	}
	wasm, err := os.ReadFile(filepath.Join(siteDir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	if chunk := checkerdata.PartModel[len(checkerdata.PartModel)/2:][:48]; bytes.Contains(wasm, chunk) {
		t.Error("app.wasm carries the part model")
	}
	rules, err := fs.Glob(checkerdata.Files, "*.rules")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, name := range rules {
		b, _ := fs.ReadFile(checkerdata.Files, name)
		for _, line := range strings.Split(string(b), "\n") {
			if msg, ok := strings.CutPrefix(line, "message: "); ok && len(msg) > 30 {
				if bytes.Contains(wasm, []byte(msg)) {
					t.Errorf("app.wasm carries %s's words: %q", name, msg)
				}
				if !bytes.Contains(data.Image(), []byte(msg)) {
					t.Errorf("the engine image lacks %s's words: %q", name, msg)
				}
				checked++
				break
			}
		}
	}
	if checked < 5 {
		t.Fatalf("only %d of the rule files were looked for in app.wasm", checked)
	}
	// The compiler's own messages to a rule writer stay out too.
	for _, msg := range []string{"define needs the form", "spell needs the form", "unknown option %q"} {
		if bytes.Contains(wasm, []byte(msg)) {
			t.Errorf("app.wasm carries the rule compiler (%q)", msg)
		}
	}
	loaderAndWorkerName(t, urlPath)
}

// TestApologyWaitsCalmlyForItsChecker serves the site with the checker's
// data missing, then damaged, then whole. Until it is whole the workshop
// says so calmly, calls no part missing, marks nothing, and keeps saving
// the draft; it tries again by itself, and once the data is whole it marks
// the draft as usual. Nothing panics.
func TestApologyWaitsCalmlyForItsChecker(t *testing.T) {
	dir := copySite(t)
	_, file := checkerAsset(t, dir)
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// The server would send the precompressed copies first.
	for _, v := range []string{file, file + ".br", file + ".gz"} {
		if err := os.Remove(v); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	var console consoleLog
	srv := startServer(t, dir, "")
	ctx := newBrowserWithProfile(t, t.TempDir(), console.listen)
	open(t, ctx, srv.URL+"/apology")

	const (
		trouble = `document.getElementById("apology-checker-trouble")`
		waiting = `document.querySelectorAll('#apology-parts [data-state="waiting"]').length === 5 && !document.querySelector('#apology-parts [data-state="missing"]')`
		marked  = `document.querySelector("#apology-overlay [data-category]")`
	)
	const draft = "I'm sorry if you were hurt, but I was tired."
	replaceDraft(t, ctx, draft)
	waitFor(t, ctx, "the workshop says the checker could not load", trouble, 15*time.Second)
	waitFor(t, ctx, "the draft is saved all the same", draftCount+" === 1", 10*time.Second)
	if !eval[bool](t, ctx, waiting) {
		t.Error("without its data the checker should show every part waiting, none missing")
	}
	if eval[bool](t, ctx, "!!"+marked) {
		t.Error("without its data the checker marked words")
	}
	if got := eval[string](t, ctx, `document.getElementById("apology-summary").textContent`); got != "The checker is getting ready." {
		t.Errorf("the summary says %q while the checker waits", got)
	}
	axeInLightAndDark(t, ctx, "/apology waiting for its checker")

	// A damaged copy is refused just as calmly.
	damaged := bytes.Clone(good)
	damaged[len(damaged)/2] ^= 1
	if err := os.WriteFile(file, damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	fetched := func() int { return strings.Count(srv.log.String(), "GET /web/"+filepath.Base(file)+" 200") }
	deadline := time.Now().Add(20 * time.Second)
	for fetched() == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if fetched() == 0 {
		t.Fatalf("the workshop did not try again within 20 s; the server's log:\n%s", srv.log)
	}
	time.Sleep(300 * time.Millisecond)
	if !eval[bool](t, ctx, trouble+" && "+waiting+" && !"+marked) {
		t.Error("with damaged data the workshop should still wait calmly, marking nothing")
	}

	// Whole again: the next try brings the marks.
	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the draft is marked once the data is whole", marked+" && !"+trouble, 40*time.Second)
	if got := eval[string](t, ctx, `document.getElementById("apology-text").value`); got != draft {
		t.Errorf("the editor holds %q after the checker arrived, want the draft as typed", got)
	}
	for _, msg := range console.all() {
		if strings.Contains(strings.ToLower(msg), "panic") || strings.HasPrefix(msg, "exception") {
			t.Errorf("console: %s", msg)
		}
	}
}
