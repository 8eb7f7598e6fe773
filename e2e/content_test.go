package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mend/app/journey"
	"mend/app/plan"
	mendroute "mend/app/route"
	"mend/app/share"
	"mend/content/asset"
	"mend/content/guide"
)

// dataAsset returns the address and the file of the data asset of the
// kind ("checker", "content") in the built site at dir: app.wasm leaves
// that data out, and the site serves it as one file named after its bytes.
func dataAsset(t testing.TB, dir, kind string) (urlPath, file string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "web", kind+"-*.bin"))
	if err != nil || len(files) != 1 {
		t.Fatalf("the built site should hold one %s data file, has %v (%v)", kind, files, err)
	}
	return "/web/" + filepath.Base(files[0]), files[0]
}

// loaderAndWorkerName checks that both the program's loader (app.js, whose
// environment holds the address) and the service worker's precache name
// the asset at urlPath.
func loaderAndWorkerName(t testing.TB, urlPath string) {
	t.Helper()
	for _, f := range []string{"app.js", "app-worker.js"} {
		b, err := os.ReadFile(filepath.Join(siteDir, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(`"`+urlPath+`"`)) {
			t.Errorf("%s does not name %s", f, urlPath)
		}
	}
}

// TestTheShippedProgramLeavesTheContentOut: the app.wasm the site serves
// carries none of the guide's words, the share codec's dictionaries or its
// passphrase words; the site serves them as one file that decodes whole,
// and both the loader and the service worker know its address.
func TestTheShippedProgramLeavesTheContentOut(t *testing.T) {
	urlPath, file := dataAsset(t, siteDir, "content")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if got := "/web/" + asset.Name("content", b); got != urlPath {
		t.Errorf("the content is served as %s, but its bytes name it %s", urlPath, got)
	}
	bundle, err := asset.Decode("content", "the content", b)
	if err != nil {
		t.Fatalf("the built content does not decode: %v", err)
	}
	wasm, err := os.ReadFile(filepath.Join(siteDir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	words, err := bundle.ReadFile("guide.json")
	if err != nil {
		t.Fatal(err)
	}
	// Every step's and page's own words, as this test's build embeds them.
	var texts []string
	for _, s := range guide.Steps {
		texts = append(texts, s.Summary, s.Why[0][0].Text, s.Dont[0][0].Text)
	}
	for _, p := range guide.Pages {
		texts = append(texts, p.Summary, p.Sections[0].Blocks[0].Text[0].Text)
	}
	texts = append(texts, guide.Home.Intro[0][0].Text, guide.Sources[0].Finding[0].Text)
	for _, text := range texts {
		if len(text) < 30 {
			continue
		}
		if bytes.Contains(wasm, []byte(text)) {
			t.Errorf("app.wasm carries the guide's words %q", text)
		}
		if !bytes.Contains(words, []byte(strings.ReplaceAll(text, "&", `\u0026`))) {
			t.Errorf("the content lacks the guide's words %q", text)
		}
	}
	for _, name := range []string{"share/dict/en-1.txt", "share/dict/reply-en-1.txt", "share/words.txt"} {
		data, err := bundle.ReadFile(name)
		if err != nil || len(data) < 1000 {
			t.Fatalf("the content's %s: %d bytes, %v", name, len(data), err)
		}
		if chunk := data[len(data)/2 : len(data)/2+40]; bytes.Contains(wasm, chunk) {
			t.Errorf("app.wasm carries %s", name)
		}
	}
	loaderAndWorkerName(t, urlPath)
}

// TestPagesSayCalmlyWithoutTheirContent serves the site with the content
// missing, then damaged. The app still starts on every page that needs
// it: the guide's pages keep their titles and say calmly that their words
// did not load, and the share pages say that links can't be made or
// opened just now, in place of a link or a plan. Nothing panics, and the
// plan on the device is untouched. Once the file is whole again a fresh
// visit reads the words as usual.
func TestPagesSayCalmlyWithoutTheirContent(t *testing.T) {
	dir := copySite(t)
	_, file := dataAsset(t, dir, "content")
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	link, err := share.Encode(replyPlan, []plan.Section{plan.SectionWhatIDid}, share.Options{Version: 1})
	if err != nil {
		t.Fatal(err)
	}
	step := journey.Steps[2]
	damaged := bytes.Clone(good)
	damaged[len(damaged)/2] ^= 1
	const missing = `!!document.getElementById("guide-missing")`
	for _, c := range []struct {
		what  string
		bytes []byte
	}{{"missing", nil}, {"damaged", damaged}} {
		t.Run(c.what, func(t *testing.T) {
			// The server would send the precompressed copies first.
			for _, v := range []string{file, file + ".br", file + ".gz"} {
				if err := os.Remove(v); err != nil && !os.IsNotExist(err) {
					t.Fatal(err)
				}
			}
			if c.bytes != nil {
				if err := os.WriteFile(file, c.bytes, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var console consoleLog
			srv := startServer(t, dir, "")
			ctx := newBrowserWithProfile(t, t.TempDir(), console.listen)

			open(t, ctx, srv.URL+"/")
			eval[bool](t, ctx, `localStorage.setItem("mend.doc", `+jsString(shareDoc())+`), true`)
			stored := eval[string](t, ctx, `localStorage.getItem("mend.doc")`)

			open(t, ctx, srv.URL+mendroute.Step(step.Slug))
			waitFor(t, ctx, "the step says its words did not load", missing, 10*time.Second)
			if got := h1(t, ctx); got != step.Title {
				t.Errorf("the step's heading is %q without its words, want %q", got, step.Title)
			}
			if n := eval[int](t, ctx, `document.querySelectorAll("main .step-section").length`); n != 0 {
				t.Errorf("the step shows %d empty sections without its words", n)
			}
			axeInLightAndDark(t, ctx, "a step without its words")

			// Moving within the app: the guide's home still lists every step.
			shareClick(t, ctx, `a[href="/guide"]`)
			waitFor(t, ctx, "the guide's home", `location.pathname === "/guide" && `+missing, 10*time.Second)
			if n := eval[int](t, ctx, `document.querySelectorAll("ol.steps a.guide-step").length`); n != len(journey.Steps) {
				t.Errorf("the guide's home lists %d steps without its words, want %d", n, len(journey.Steps))
			}

			open(t, ctx, srv.URL+"/guide/safety")
			waitFor(t, ctx, "the safety page says its words did not load", missing, 10*time.Second)
			if got := h1(t, ctx); got != "Safety first" {
				t.Errorf("the safety page's heading is %q without its words", got)
			}

			open(t, ctx, srv.URL+"/share")
			waitFor(t, ctx, "/share says no link can be made", `document.getElementById("share-meter").textContent.includes(`+jsString(share.ErrUnavailable.Message)+`)`, 10*time.Second)
			if eval[string](t, ctx, `document.getElementById("share-link").value`) != "" {
				t.Error("/share offers a link without the codec's data")
			}

			open(t, ctx, srv.URL+"/view#"+link)
			waitFor(t, ctx, "/view says the link can't be opened", `(document.getElementById("view-problem")||{textContent:""}).textContent.includes(`+jsString(share.ErrUnavailable.Message)+`)`, 10*time.Second)
			axeInLightAndDark(t, ctx, "/view without the codec's data")

			if got := eval[string](t, ctx, `localStorage.getItem("mend.doc")`); got != stored {
				t.Error("the plan on the device changed while the content was missing")
			}
			for _, msg := range console.all() {
				if strings.Contains(strings.ToLower(msg), "panic") || strings.HasPrefix(msg, "exception") {
					t.Errorf("console: %s", msg)
				}
			}
		})
	}

	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := startServer(t, dir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+mendroute.Step(step.Slug))
	if eval[bool](t, ctx, missing) || eval[int](t, ctx, `document.querySelectorAll("main .step-section").length`) < 5 {
		t.Error("with whole content the step does not show its words")
	}
}
