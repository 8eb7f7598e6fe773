package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// fetchedByThePage is true when the page itself requested path: a request
// made by a worker is in the worker's timeline, not the page's.
func fetchedByThePage(path string) string {
	return `performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === "` + path + `")`
}

// TestTheProgramCompilesOffThePage holds app.js to compiling app.wasm in
// web/compile-worker.js: the page loads the worker and never fetches the
// module itself. If the worker could not compile (a refused policy, a
// missing file), the page would quietly compile the module itself, and
// this test is what notices.
func TestTheProgramCompilesOffThePage(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	if !eval[bool](t, ctx, fetchedByThePage("/web/compile-worker.js")) {
		t.Error("the page never loaded web/compile-worker.js")
	}
	if eval[bool](t, ctx, fetchedByThePage("/web/app.wasm")) {
		t.Error("the page fetched app.wasm itself: the worker did not compile it")
	}
}

// TestTheProgramStartsWithoutItsWorker: where workers are missing or the
// worker fails, the page compiles app.wasm itself and starts all the same.
func TestTheProgramStartsWithoutItsWorker(t *testing.T) {
	srv := startServer(t, siteDir, "")
	for _, tc := range []struct{ name, script string }{
		{"no workers", `delete window.Worker;`},
		{"a failing worker", `(() => {
			const Real = window.Worker;
			window.Worker = class extends Real {
				constructor() { super("/web/no-such-worker.js"); }
			};
		})();`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newBrowser(t)
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: tc.script}); err != nil {
				t.Fatal(err)
			}
			step(t, ctx, "opening /plan", 30*time.Second, chromedp.Navigate(srv.URL+"/plan"))
			waitFor(t, ctx, "the app is live without its worker", liveCondition, 45*time.Second)
			if !eval[bool](t, ctx, fetchedByThePage("/web/app.wasm")) {
				t.Error("the app is live, yet the page did not fetch app.wasm itself")
			}
		})
	}
}
