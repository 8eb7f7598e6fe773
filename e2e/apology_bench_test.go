package e2e

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"mend/app/workshop"
)

// BenchmarkApologyKeystroke types into a draft of about 3,000 characters in
// Chromium and measures, in the page, how long each keystroke takes to
// reach the highlight overlay: from the input event's timestamp to the
// moment the overlay's text matches the editor again (seen by a
// MutationObserver), and to the next animation frame after that. Run it
// with `make bench`.
func BenchmarkApologyKeystroke(b *testing.B) {
	srv := startServer(b, siteDir, "")
	ctx := newBrowser(b)
	open(b, ctx, srv.URL+"/apology")

	var draft strings.Builder
	for draft.Len() < 3000 {
		for _, e := range workshop.Examples() {
			draft.WriteString(e.Text)
			draft.WriteString("\n\n")
		}
	}
	replaceDraft(b, ctx, draft.String()[:3000])
	waitFor(b, ctx, "the long draft is marked", `document.querySelectorAll("#apology-overlay [data-category]").length > 5`, 15*time.Second)
	eval[bool](b, ctx, `(() => {
		const ta = document.getElementById("apology-text"), ov = document.getElementById("apology-overlay");
		window.benchDone = [];
		let started = null;
		ta.addEventListener("input", e => { started = e.timeStamp; }, {capture: true});
		new MutationObserver(() => {
			if (started === null || ov.textContent !== ta.value) return;
			const t0 = started, dom = performance.now();
			started = null;
			requestAnimationFrame(() => window.benchDone.push([dom - t0, performance.now() - t0]));
		}).observe(ov, {childList: true, subtree: true, characterData: true});
		ta.focus();
		ta.setSelectionRange(1500, 1500);
		return true;
	})()`)

	const keystrokes = 220
	text := "but I was tired, sorry if it hurt you "
	for range b.N {
		for i := 0; i < keystrokes; i++ {
			ch := string(text[i%len(text)])
			if _, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: ch}); err != nil {
				b.Fatal(err)
			}
			waitFor(b, ctx, "the overlay caught up", fmt.Sprintf("window.benchDone.length >= %d", i+1), 5*time.Second)
		}
	}
	samples := eval[[][2]float64](b, ctx, `window.benchDone`)
	var dom, frame []float64
	for _, s := range samples {
		dom, frame = append(dom, s[0]), append(frame, s[1])
	}
	fmt.Printf("\nkeystroke → marks updated, %d keystrokes into a 3,000-character draft (ms)\n", len(samples))
	fmt.Printf("%-28s %8s %8s %8s\n", "", "median", "p95", "max")
	fmt.Printf("%-28s %8.1f %8.1f %8.1f\n", "overlay updated (DOM)", median(dom), percentile(dom, 95), percentile(dom, 100))
	fmt.Printf("%-28s %8.1f %8.1f %8.1f\n\n", "next animation frame", median(frame), percentile(frame, 95), percentile(frame, 100))
	b.ReportMetric(median(dom), "median-ms")
	b.ReportMetric(percentile(dom, 95), "p95-ms")
	b.ReportMetric(percentile(frame, 95), "p95-frame-ms")
}

// percentile returns the p-th percentile of v (nearest rank).
func percentile(v []float64, p float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	i := int(p/100*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}
