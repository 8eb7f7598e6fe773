package e2e

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// TestAFirstVisitLeavesThePageLittleToCompile: the browser compiles each
// function of app.wasm the first time it runs, and on the page's main
// thread that compiling holds up every tap and scroll. On a first visit
// the compile worker therefore runs the program up to the first drawing
// of the same page, against a pretend page (web/compile-worker.js), so
// that what the page's program runs is compiled there. A Chromium trace
// counts the functions compiled on the page's main thread from the
// program's start until a moment after it is live: before the warm-up
// drew the page, the guide's home compiled about 450 of them there.
func TestAFirstVisitLeavesThePageLittleToCompile(t *testing.T) {
	const most = 40 // about ten are the page's own (install prompt, events)
	srv := startServer(t, siteDir, "")
	// Not /apology: the workshop reads the checker's data when it arrives,
	// which the pretend page, downloading nothing, never sees; that code
	// runs once the page is live, not while it starts.
	for _, path := range []string{"/", "/guide", "/guide/apologize", "/progress", "/plan", "/share", "/settings"} {
		onPage, inWorker := lazyCompiles(t, srv.URL+path)
		t.Logf("%s: %d functions compiled on the page's main thread, %d elsewhere", path, onPage, inWorker)
		if inWorker < 200 {
			t.Fatalf("%s: the trace shows %d functions compiled by the worker; is the trace reading the right events?", path, inWorker)
		}
		if onPage > most {
			t.Errorf("%s: the page's main thread compiled %d functions after the program started (want at most %d): the worker's warm-up did not run what the page ran", path, onPage, most)
		}
	}
}

// traceEvent is the part of a Chromium trace event the test reads.
type traceEvent struct {
	Name string  `json:"name"`
	Cat  string  `json:"cat"`
	Ph   string  `json:"ph"`
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Ts   float64 `json:"ts"`
	Args struct {
		Name string `json:"name"`
	} `json:"args"`
}

// lazyCompiles opens url on a first visit with tracing on, and counts the
// WebAssembly functions compiled on first call: on the page's main thread
// from the program's start (the "go-main" mark) on, and on other threads.
func lazyCompiles(t *testing.T, url string) (onPage, elsewhere int) {
	t.Helper()
	var mu sync.Mutex
	var events []traceEvent
	complete := make(chan struct{})
	ctx := newBrowserWithProfile(t, t.TempDir(), func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			defer mu.Unlock()
			for _, raw := range e.Value {
				var te traceEvent
				if json.Unmarshal(raw, &te) == nil {
					events = append(events, te)
				}
			}
		case *tracing.EventTracingComplete:
			close(complete)
		}
	})
	_, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: []string{"v8.wasm", "blink.user_timing", "__metadata"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	open(t, ctx, url)
	time.Sleep(500 * time.Millisecond)
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-complete:
	case <-time.After(30 * time.Second):
		t.Fatal("the trace never completed")
	}
	mu.Lock()
	defer mu.Unlock()
	type thread struct{ pid, tid int }
	mainThreads := map[thread]bool{}
	start := -1.0
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" && e.Args.Name == "CrRendererMain" {
			mainThreads[thread{e.Pid, e.Tid}] = true
		}
		if e.Name == "go-main" && (start < 0 || e.Ts < start) {
			start = e.Ts
		}
	}
	if start < 0 {
		t.Fatalf("%s: the trace has no go-main mark", url)
	}
	for _, e := range events {
		if e.Name != "wasm.CompileLazy" {
			continue
		}
		switch {
		case !mainThreads[thread{e.Pid, e.Tid}]:
			elsewhere++
		case e.Ts >= start:
			onPage++
		}
	}
	return onPage, elsewhere
}
