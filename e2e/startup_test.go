package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// pageView is what a person sees on the page, as the test compares it.
type pageView struct {
	// Blocks are the visible elements that hold text of their own, and
	// every image, chart, meter and control, top to bottom: each with its
	// box on the page (rounded to whole pixels) and its first words. What
	// sits inside a fromDevice region is left out (only the live app can
	// know it), and blocks after such a region are placed by their size
	// alone, since the region's height may change.
	Blocks []string
	// Largest is the area of the largest block in the first screenful: the
	// largest paint.
	Largest float64
}

// seePage reads the pageView. The loading label is left out: it is there
// to go away.
const seePage = `(() => {
	const view = {Blocks: [], Largest: 0};
	const replaced = new Set(["IMG", "svg", "PROGRESS", "INPUT", "TEXTAREA", "SELECT", "BUTTON"]);
	let afterDevice = false;
	const walk = (el) => {
		if (el.id === "app-wasm-loader") return;
		const style = getComputedStyle(el);
		if (style.display === "none" || style.visibility === "hidden") return;
		if (el.dataset.fromDevice) { afterDevice = true; return; }
		let own = "";
		for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) own += n.textContent;
		own = own.replace(/\s+/g, " ").trim();
		const r = el.getBoundingClientRect();
		if ((own || replaced.has(el.tagName)) && r.width > 0 && r.height > 0) {
			const box = afterDevice ? [r.width, r.height] : [r.left, r.top + scrollY, r.width, r.height];
			view.Blocks.push(el.tagName.toLowerCase() + " [" + box.map(Math.round).join(",") + "] " + own.slice(0, 50));
			const w = Math.min(r.right, innerWidth) - Math.max(r.left, 0);
			const h = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
			if (w > 0 && h > 0) view.Largest = Math.max(view.Largest, w * h);
		}
		for (const c of el.children) walk(c);
	};
	scrollTo(0, 0);
	walk(document.body);
	return view;
})()`

// TestNothingMovesAtStartUp holds every page to its promise of being
// readable before the WebAssembly program starts: on a first visit (a
// fresh profile, nothing stored), what the prerendered page shows must be
// exactly what the live page shows, in the same places. Only a fromDevice
// region (what this device stores, what a link carries) may change, and
// even then nothing in the first screenful may grow larger than what the
// prerendered page already showed there. Anything that
// appears, moves or changes at start-up is a late largest paint waiting
// to happen (Lighthouse then counts the whole program's download as part
// of the page's first view) and a jolt under the reader's eyes.
//
// The prerendered page is read with ?wasm=false, which keeps go-app from
// starting the program at all, and compared with the same page once live.
func TestNothingMovesAtStartUp(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	for _, r := range builtRoutes(t) {
		step(t, ctx, "opening the prerendered "+r.Path, 30*time.Second,
			chromedp.Navigate(srv.URL+r.Path+"?wasm=false"),
			chromedp.WaitReady("body"))
		waitFor(t, ctx, "the prerendered "+r.Path+" has loaded", `document.readyState === "complete"`, 30*time.Second)
		if eval[bool](t, ctx, liveCondition) {
			t.Fatalf("%s?wasm=false started the program; the test cannot see the prerendered page", r.Path)
		}
		before := eval[pageView](t, ctx, seePage)

		open(t, ctx, srv.URL+r.Path)
		// Let whatever the first render set in motion (mounts, deferred
		// updates) reach the screen.
		time.Sleep(500 * time.Millisecond)
		after := eval[pageView](t, ctx, seePage)

		if len(before.Blocks) == 0 {
			t.Errorf("%s: the prerendered page shows nothing", r.Path)
		}
		if d := firstDifference(before.Blocks, after.Blocks); d != "" {
			t.Errorf("%s changes when the program starts:\n%s", r.Path, d)
		}
		if after.Largest > before.Largest {
			t.Errorf("%s: the largest thing in the first screenful grows from %.0f to %.0f px² when the program starts", r.Path, before.Largest, after.Largest)
		}
	}
}

// firstDifference describes where two lists of visible blocks part ways,
// or returns "" when they are the same.
func firstDifference(before, after []string) string {
	for i := 0; i < len(before) || i < len(after); i++ {
		var b, a string
		if i < len(before) {
			b = before[i]
		}
		if i < len(after) {
			a = after[i]
		}
		if a != b {
			var s strings.Builder
			fmt.Fprintf(&s, "  block %d of %d before, %d after\n  before: %s\n  after:  %s", i+1, len(before), len(after), orNothing(b), orNothing(a))
			return s.String()
		}
	}
	return ""
}

func orNothing(s string) string {
	if s == "" {
		return "(nothing)"
	}
	return s
}
