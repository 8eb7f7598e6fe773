package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// lighthousePages are the pages BenchmarkLighthouse audits; "/view#" is
// completed with a real plan link made in the same run.
var lighthousePages = []string{
	"/", "/guide", "/guide/apologize", "/apology", "/plan", "/progress", "/share", "/view#", "/settings",
}

// lighthouseChoice reads the pages to audit and how many times to audit
// each from MEND_LIGHTHOUSE_PAGES (comma-separated, from
// lighthousePages; all of them when unset) and MEND_LIGHTHOUSE_RUNS (1
// when unset): Lighthouse's figures vary by ±15% from run to run, so
// comparing a change on a few pages takes the median of several runs.
func lighthouseChoice(b *testing.B) (pages []string, runs int) {
	pages, runs = lighthousePages, 1
	if v := os.Getenv("MEND_LIGHTHOUSE_PAGES"); v != "" {
		pages = nil
		for _, p := range strings.Split(v, ",") {
			if !slices.Contains(lighthousePages, p) {
				b.Fatalf("MEND_LIGHTHOUSE_PAGES: %q is not one of %v", p, lighthousePages)
			}
			pages = append(pages, p)
		}
	}
	if v := os.Getenv("MEND_LIGHTHOUSE_RUNS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("MEND_LIGHTHOUSE_RUNS: %q is not a positive number", v)
		}
		runs = n
	}
	return pages, runs
}

// lighthouseScore is what one Lighthouse run found.
type lighthouseScore struct {
	Perf          float64 // 0–100
	FCP, LCP, TBT float64 // milliseconds
	TTI           float64
}

// BenchmarkLighthouse audits Mend's pages for performance with Lighthouse
// (pinned in e2e/package.json; mobile preset: simulated slow 4G and a 4×
// slower CPU) against go-app's hello world, built and served the same way
// in the same run, and prints each page's score, LCP, TBT and TTI with
// their ratios to hello world's. Hello world is audited before, between
// and after Mend's pages and its median is the yardstick, because
// Lighthouse's numbers vary from run to run and with the machine's load
// (printed too). Run it with `make bench`; see lighthouseChoice for
// auditing a few pages several times.
func BenchmarkLighthouse(b *testing.B) {
	bin, err := filepath.Abs(filepath.Join("node_modules", ".bin", "lighthouse"))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(bin); err != nil {
		b.Fatalf("lighthouse is installed by make bench (npm ci in e2e/): %v", err)
	}
	hello := startServer(b, buildHello(b), "")
	mend := startServer(b, siteDir, "")
	link := makeShareLink(b, newBrowser(b), mend.URL, "")

	pages, runs := lighthouseChoice(b)
	for range b.N {
		fmt.Printf("\nLighthouse, mobile preset; machine load before: %s\n", loadAverage())
		var helloRuns []lighthouseScore
		pageRuns := map[string][]lighthouseScore{}
		audits := 0
		for range runs {
			for _, page := range pages {
				if audits%4 == 0 {
					helloRuns = append(helloRuns, runLighthouse(b, bin, hello.URL+"/"))
				}
				audits++
				url := mend.URL + page
				if page == "/view#" {
					url = link
				}
				pageRuns[page] = append(pageRuns[page], runLighthouse(b, bin, url))
			}
		}
		helloRuns = append(helloRuns, runLighthouse(b, bin, hello.URL+"/"))
		h := medianScore(helloRuns)
		scores := map[string]lighthouseScore{}
		for page, r := range pageRuns {
			scores[page] = medianScore(r)
		}

		fmt.Printf("machine load after: %s\n\n", loadAverage())
		fmt.Printf("%-18s %5s %8s %8s %8s %8s   %9s %9s %9s\n", "page", "perf", "FCP ms", "LCP ms", "TBT ms", "TTI ms", "LCP÷hello", "TBT÷hello", "TTI÷hello")
		fmt.Printf("%-18s %5.0f %8.0f %8.0f %8.0f %8.0f   (median of %d runs)\n", "hello world /", h.Perf, h.FCP, h.LCP, h.TBT, h.TTI, len(helloRuns))
		worstPerf, worstLCP, worstTBT := 100.0, 0.0, 0.0
		if runs > 1 {
			fmt.Printf("(each page: median of %d runs)\n", runs)
		}
		for _, page := range pages {
			s := scores[page]
			lcp, tbt, tti := s.LCP/h.LCP, safeRatio(s.TBT, h.TBT), s.TTI/h.TTI
			fmt.Printf("%-18s %5.0f %8.0f %8.0f %8.0f %8.0f   %9.2f %9.2f %9.2f\n", page, s.Perf, s.FCP, s.LCP, s.TBT, s.TTI, lcp, tbt, tti)
			worstPerf, worstLCP, worstTBT = min(worstPerf, s.Perf), max(worstLCP, lcp), max(worstTBT, tbt)
		}
		fmt.Printf("\nworst: perf %.0f (hello %.0f), LCP %.2f× hello, TBT %.2f× hello\n\n", worstPerf, h.Perf, worstLCP, worstTBT)
		b.ReportMetric(worstPerf, "worst-perf")
		b.ReportMetric(h.Perf, "hello-perf")
		b.ReportMetric(worstLCP, "worst-LCP-ratio")
		b.ReportMetric(worstTBT, "worst-TBT-ratio")
	}
}

// runLighthouse audits url's performance with a fresh Chromium profile.
// On a busy machine Lighthouse now and then loses its trace of the page
// load (NO_NAVSTART and the like); such a run is tried again, twice at most.
func runLighthouse(b *testing.B, bin, url string) lighthouseScore {
	b.Helper()
	out := filepath.Join(b.TempDir(), "report.json")
	for attempt := 1; ; attempt++ {
		cmd := exec.Command(bin, url,
			"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
			"--only-categories=performance", "--output=json", "--output-path="+out, "--quiet")
		cmd.Env = append(os.Environ(), "CHROME_PATH="+chromePath)
		msg, err := cmd.CombinedOutput()
		if err == nil {
			break
		}
		if attempt == 3 {
			b.Fatalf("lighthouse %s: %v\n%s", url, err, msg)
		}
		fmt.Printf("lighthouse %s failed (%v), trying again: %s\n", url, err, firstLine(strings.TrimSpace(string(msg))))
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		b.Fatal(err)
	}
	keepReport(b, url, raw)
	var report struct {
		RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
		Categories   struct {
			Performance struct{ Score *float64 } `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue *float64 `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(raw, &report); err != nil {
		b.Fatalf("reading Lighthouse's report on %s: %v", url, err)
	}
	if report.RuntimeError != nil {
		b.Fatalf("Lighthouse could not audit %s: %s %s", url, report.RuntimeError.Code, report.RuntimeError.Message)
	}
	metric := func(id string) float64 {
		a, ok := report.Audits[id]
		if !ok || a.NumericValue == nil {
			b.Fatalf("Lighthouse's report on %s has no %s", url, id)
		}
		return *a.NumericValue
	}
	if report.Categories.Performance.Score == nil {
		b.Fatalf("Lighthouse gave %s no performance score", url)
	}
	return lighthouseScore{
		Perf: 100 * *report.Categories.Performance.Score,
		FCP:  metric("first-contentful-paint"),
		LCP:  metric("largest-contentful-paint"),
		TBT:  metric("total-blocking-time"),
		TTI:  metric("interactive"),
	}
}

// medianScore takes the median of each figure separately.
func medianScore(runs []lighthouseScore) lighthouseScore {
	pick := func(f func(lighthouseScore) float64) float64 {
		v := make([]float64, len(runs))
		for i, r := range runs {
			v[i] = f(r)
		}
		sort.Float64s(v)
		return median(v)
	}
	return lighthouseScore{
		Perf: pick(func(s lighthouseScore) float64 { return s.Perf }),
		FCP:  pick(func(s lighthouseScore) float64 { return s.FCP }),
		LCP:  pick(func(s lighthouseScore) float64 { return s.LCP }),
		TBT:  pick(func(s lighthouseScore) float64 { return s.TBT }),
		TTI:  pick(func(s lighthouseScore) float64 { return s.TTI }),
	}
}

// safeRatio is a/b, with a blocking time of zero counted as 1 ms so that a
// page that blocks nothing still gives a number.
func safeRatio(a, b float64) float64 { return max(a, 1) / max(b, 1) }

// loadAverage is the machine's load over the last 1, 5 and 15 minutes:
// Lighthouse's figures mean little on a busy machine.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// keepReport copies a Lighthouse report into MEND_LIGHTHOUSE_REPORTS when
// that names a folder, so its long tasks and main-thread breakdown can be
// read after the run. Reports are numbered in the order they were made.
func keepReport(b *testing.B, url string, report []byte) {
	dir := os.Getenv("MEND_LIGHTHOUSE_REPORTS")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	name := strings.Trim(strings.NewReplacer("http://", "", "/", "_", ":", "_", "#", "_").Replace(url), "_")
	if len(name) > 60 {
		name = name[:60]
	}
	file := filepath.Join(dir, fmt.Sprintf("%03d-%s.json", len(entries), name))
	if err := os.WriteFile(file, report, 0o644); err != nil {
		b.Fatal(err)
	}
}
