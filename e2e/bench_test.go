package e2e

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"mend/app/site"
)

// BenchmarkAppAgainstHelloWorld measures Mend against the smallest go-app
// v10 client-only app, both built, served and loaded the same way in this
// run: app.wasm sizes, and the time until the app is live on a first visit
// and on an offline reload (median of several runs, taken alternately).
// Run it with `make bench`.
func BenchmarkAppAgainstHelloWorld(b *testing.B) {
	if wasmFile == "" {
		b.Fatal("MEND_WASM must be set (make bench sets it)")
	}
	hello := buildHello(b)

	mendSizes := wasmSizes(b, wasmFile)
	helloSizes := wasmSizes(b, filepath.Join(hello, "web", "app.wasm"))
	fmt.Printf("\napp.wasm          %12s %12s %12s\n", "raw", "gzip", "brotli")
	fmt.Printf("Mend              %12d %12d %12d\n", mendSizes[0], mendSizes[1], mendSizes[2])
	fmt.Printf("hello world       %12d %12d %12d\n", helloSizes[0], helloSizes[1], helloSizes[2])
	fmt.Printf("ratio             %12.2f %12.2f %12.2f\n",
		ratio(mendSizes[0], helloSizes[0]), ratio(mendSizes[1], helloSizes[1]), ratio(mendSizes[2], helloSizes[2]))
	b.ReportMetric(ratio(mendSizes[2], helloSizes[2]), "brotli-ratio")

	const runs = 5
	var mendFirst, mendOffline, helloFirst, helloOffline []float64
	mendPhases, helloPhases := map[string][]float64{}, map[string][]float64{}
	for range b.N {
		for i := 0; i < runs; i++ {
			f, o := loadTimes(b, hello, "/", helloPhases)
			helloFirst, helloOffline = append(helloFirst, f), append(helloOffline, o)
			f, o = loadTimes(b, siteDir, benchPage, mendPhases)
			mendFirst, mendOffline = append(mendFirst, f), append(mendOffline, o)
		}
	}
	mf, mo, hf, ho := median(mendFirst), median(mendOffline), median(helloFirst), median(helloOffline)
	fmt.Printf("\nmachine load: %s\n", loadAverage())
	fmt.Printf("until live (ms, median of %d; Mend on %s)  %10s %10s\n", runs, benchPage, "first", "offline")
	fmt.Printf("Mend                          %10.0f %10.0f\n", mf, mo)
	fmt.Printf("hello world                   %10.0f %10.0f\n", hf, ho)
	fmt.Printf("ratio                         %10.2f %10.2f\n\n", mf/hf, mo/ho)
	fmt.Printf("first visit, phase by phase (ms, median)  %8s %8s %8s\n", "Mend", "hello", "ratio")
	for _, ph := range startPhases {
		m, h := median(mendPhases[ph.name]), median(helloPhases[ph.name])
		fmt.Printf("  %-40s %8.0f %8.0f %8.2f\n", ph.label, m, h, m/max(h, 1))
	}
	fmt.Println()
	b.ReportMetric(mf/hf, "first-load-ratio")
	b.ReportMetric(mo/ho, "offline-load-ratio")
}

// BenchmarkShareCodecSize measures what the share-link codec adds to
// app.wasm: the built app.wasm against Mend built the same way with
// -tags nosharecodec, which links stand-ins for share.Encode and
// share.Decode (see components/sharecodec.go). Crypto the store already
// links costs the codec nothing, so this is its real cost inside Mend.
func BenchmarkShareCodecSize(b *testing.B) {
	if wasmFile == "" {
		b.Fatal("MEND_WASM must be set (make bench sets it)")
	}
	without := filepath.Join(b.TempDir(), "nocodec.wasm")
	// The same tags as the shipped app.wasm (make bench passes them), so that
	// only the codec differs.
	tags := strings.Trim("nosharecodec,"+os.Getenv("MEND_APP_TAGS"), ",")
	if out, err := execEnv([]string{"GOOS=js", "GOARCH=wasm"}, "go", "build", "-tags", tags, "-trimpath", "-ldflags=-s -w", "-o", without, "../app"); err != nil {
		b.Fatalf("building Mend without the codec: %v\n%s", err, out)
	}
	for range b.N {
		with, bare := wasmSizes(b, wasmFile), wasmSizes(b, without)
		fmt.Printf("\napp.wasm            %12s %12s %12s\n", "raw", "gzip", "brotli")
		fmt.Printf("Mend                %12d %12d %12d\n", with[0], with[1], with[2])
		fmt.Printf("without the codec   %12d %12d %12d\n", bare[0], bare[1], bare[2])
		fmt.Printf("the codec adds      %12d %12d %12d\n\n", with[0]-bare[0], with[1]-bare[1], with[2]-bare[2])
		b.ReportMetric(float64(with[0]-bare[0]), "codec-raw-bytes")
		b.ReportMetric(float64(with[2]-bare[2]), "codec-brotli-bytes")
	}
}

// buildHello compiles e2e/hello to WebAssembly and generates its site.
func buildHello(b *testing.B) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "hello")
	wasm := filepath.Join(b.TempDir(), "hello.wasm")
	if out, err := execEnv([]string{"GOOS=js", "GOARCH=wasm"}, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./hello"); err != nil {
		b.Fatalf("building hello: %v\n%s", err, out)
	}
	if out, err := execEnv(nil, "go", "run", "./hello", "-out", dir, "-wasm", wasm, "-icons", filepath.Join(webSourceDir(b), "icons")); err != nil {
		b.Fatalf("generating the hello site: %v\n%s", err, out)
	}
	return dir
}

func wasmSizes(b *testing.B, path string) [3]int {
	b.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	gz, err := site.Gzip(raw)
	if err != nil {
		b.Fatal(err)
	}
	br, err := site.Brotli(raw)
	if err != nil {
		b.Fatal(err)
	}
	return [3]int{len(raw), len(gz), len(br)}
}

// markStartUp marks, in every page, when the WebAssembly module has been
// compiled and instantiated (in app.js, which the page cannot mark itself):
// hello world compiles and instantiates the response in one call, Mend
// instantiates a module compiled by its worker.
const markStartUp = `(() => {
	for (const name of ["instantiateStreaming", "instantiate"]) {
		const instantiate = WebAssembly[name];
		WebAssembly[name] = async (...args) => {
			const result = await instantiate.apply(WebAssembly, args);
			if (performance.getEntriesByName("wasm-ready").length === 0) {
				performance.mark("wasm-ready");
			}
			return result;
		};
	}
})()`

// startPhases are the steps of a first visit, each measured from the one
// before it (the first from navigation start). On a first visit Mend's
// page instantiates the module while its compile worker warms it up (see
// web/compile-worker.js), and runs it once that is over: the rest of the
// warm-up is counted with the Go runtime's start.
var startPhases = []struct{ name, label string }{
	{"fcp", "first contentful paint"},
	{"compiled", "app.wasm fetched, compiled, instantiated"},
	{"go-main", "Go runtime and package init (Mend: + warm-up)"},
	{"live", "first render until live"},
}

// readPhases reads the first visit's steps into phases. (Mend fetches
// app.wasm in a worker, whose requests the page's timeline does not list,
// so the download is counted with the compilation.)
const readPhases = `(() => {
	const at = (name) => (performance.getEntriesByName(name)[0] || {startTime: NaN}).startTime;
	const t = [0, at("first-contentful-paint"), at("wasm-ready"), at("go-main"), at("app-live")];
	const names = ["fcp", "compiled", "go-main", "live"];
	const out = {};
	names.forEach((n, i) => { out[n] = t[i + 1] - t[i]; });
	return out;
})()`

// benchPage is the page of Mend whose start-up the bench times: "/", or
// the page MEND_BENCH_PAGE names (e.g. /guide/apologize, /view#…).
var benchPage = cmp.Or(os.Getenv("MEND_BENCH_PAGE"), "/")

// loadTimes serves dir, opens its page at path in a fresh profile and
// returns the milliseconds from navigation start until the app marked
// itself live:
// first on a first visit, then on a reload with the server stopped. The
// first visit's steps are added to phases.
func loadTimes(b *testing.B, dir, path string, phases map[string][]float64) (first, offline float64) {
	b.Helper()
	srv := startServer(b, dir, "")
	ctx := newBrowser(b)
	live := func() float64 {
		waitFor(b, ctx, "the app is live", `performance.getEntriesByName("app-live").length > 0`, 60*time.Second)
		return eval[float64](b, ctx, `performance.getEntriesByName("app-live")[0].startTime`)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: markStartUp}); err != nil {
		b.Fatal(err)
	}
	step(b, ctx, "opening", 30*time.Second, chromedp.Navigate(srv.URL+path))
	first = live()
	for name, ms := range eval[map[string]float64](b, ctx, readPhases) {
		phases[name] = append(phases[name], ms)
	}
	waitOffline(b, ctx)
	srv.Stop()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, chromedp.Reload()); err != nil {
		b.Fatal(err)
	}
	return first, live()
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ratio(a, b int) float64 { return float64(a) / float64(b) }
