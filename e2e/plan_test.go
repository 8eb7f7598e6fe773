package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// setField sets a field's value as typing or picking would, firing the
// event the page listens to ("input" for text, "change" for dates and
// lists), and waits for the app to render.
func setField(t testing.TB, ctx context.Context, selector, value, event string) {
	t.Helper()
	ok := eval[bool](t, ctx, `(() => {
		const el = document.querySelector(`+planJS(selector)+`);
		if (!el) return false;
		el.focus();
		el.value = `+planJS(value)+`;
		el.dispatchEvent(new Event(`+planJS(event)+`, {bubbles: true}));
		return true;
	})()`)
	if !ok {
		t.Fatalf("no field %s", selector)
	}
}

func planJS(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// click taps a button or link. It clicks from script: a real click at the
// element's position could land on the fixed bottom bar instead.
func click(t testing.TB, ctx context.Context, selector string) {
	t.Helper()
	if !eval[bool](t, ctx, `(() => { const el = document.querySelector(`+planJS(selector)+`); if (!el) return false; el.click(); return true; })()`) {
		t.Fatalf("nothing to click at %s", selector)
	}
}

// download taps a download link and returns the file it saved.
func download(t testing.TB, ctx context.Context, selector string) []byte {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	name := eval[string](t, ctx, `document.querySelector(`+planJS(selector)+`).getAttribute("download")`)
	click(t, ctx, selector)
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil && len(b) > 0 {
			return b
		}
	}
	t.Fatalf("%s did not download %s", selector, name)
	return nil
}

// bringToFront makes ctx's tab the visible one, as switching tabs does.
func bringToFront(t testing.TB, ctx context.Context) {
	t.Helper()
	id := chromedp.FromContext(ctx).Target.TargetID
	if _, err := chromedp.CallBrowser(ctx, target.ActivateTarget, target.ActivateTargetParams{TargetID: id}); err != nil {
		t.Fatalf("bringing a tab to the front: %v", err)
	}
}

// waitSaved waits until the plan page says it saved.
func waitSaved(t testing.TB, ctx context.Context) {
	t.Helper()
	// The app handles an event a moment after it fires; let it count the
	// edit as pending first.
	time.Sleep(150 * time.Millisecond)
	waitFor(t, ctx, "the plan says it is saved", `(document.getElementById("save-status")||{}).textContent === "Saved on this device" && document.getElementById("save-status").dataset.pending === "0"`, 10*time.Second)
}

// fillPlan writes something into every field of the plan, with marker in
// every text, and returns the values it wrote by field selector.
func fillPlan(t testing.TB, ctx context.Context, marker string) map[string]string {
	t.Helper()
	want := map[string]string{}
	set := func(sel, v, ev string) { setField(t, ctx, sel, v, ev); want[sel] = v }
	set("#plan-started", "2026-01-05", "change")
	for _, id := range []string{"what-i-did", "impact", "why-and-change", "remedy"} {
		set("#"+id+"-text", marker+" "+id+"\nsecond line", "input")
	}
	for _, id := range []string{"giving-up", "closeness"} {
		click(t, ctx, "#"+id+"-add")
		waitFor(t, ctx, "a new entry in "+id, `!!document.querySelector("#`+id+` li input")`, 10*time.Second)
		set("#"+id+" li input", marker+" "+id, "input")
	}
	click(t, ctx, "#commitments-add")
	waitFor(t, ctx, "a new commitment", `!!document.querySelector("#commitments li input[type=text]")`, 10*time.Second)
	set("#commitments li input[type=text]", marker+" commitment", "input")
	set("#commitments li select", "weekly", "change")
	waitFor(t, ctx, "the weekday choice", `!!document.querySelector("#commitments li select[id$=weekday]")`, 10*time.Second)
	set("#commitments li select[id$=weekday]", "3", "change")
	set("#commitments li input[id$=since]", "2026-01-06", "change")
	click(t, ctx, "#boundaries-add")
	waitFor(t, ctx, "a new boundary", `!!document.querySelector("#boundaries li textarea")`, 10*time.Second)
	set("#boundaries li textarea", marker+" boundary", "input")
	set("#boundaries li input[type=date]", "2026-01-07", "change")
	click(t, ctx, "#questions-add")
	waitFor(t, ctx, "a new question", `!!document.querySelector("#questions li textarea")`, 10*time.Second)
	set("#questions li textarea[id$=question]", marker+" question", "input")
	set("#questions li textarea[id$=answer]", marker+" answer", "input")
	waitSaved(t, ctx)
	return want
}

func checkFields(t testing.TB, ctx context.Context, want map[string]string) {
	t.Helper()
	for sel, v := range want {
		got := eval[string](t, ctx, `(document.querySelector(`+planJS(sel)+`)||{}).value || ""`)
		if got != v {
			t.Errorf("%s holds %q, want %q", sel, got, v)
		}
	}
}

func TestPlanFieldsSurviveReload(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/plan")
	// One field typed for real, key by key.
	step(t, ctx, "typing", 15*time.Second, chromedp.SendKeys(chromedp.CSS("#remedy-text"), "typed by hand"))
	waitSaved(t, ctx)
	want := fillPlan(t, ctx, "kept")
	step(t, ctx, "reloading", 30*time.Second, chromedp.Reload())
	waitFor(t, ctx, "live after reload", liveCondition, 45*time.Second)
	// The page reads the stored plan before its first live frame: no wait.
	checkFields(t, ctx, want)
	for _, id := range []string{"what-i-did", "impact", "why-and-change", "remedy", "giving-up", "commitments", "boundaries", "questions", "closeness"} {
		if !eval[bool](t, ctx, `!!document.querySelector("section#`+id+` a[href^='/guide/']")`) {
			t.Errorf("section %s has no link to its guide step", id)
		}
	}
}

func TestPlanListsMoveAndRemoveAreKept(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/plan")
	for i, text := range []string{"walk together on Sundays", "cook dinner on Wednesdays", "a phone-free hour each night"} {
		click(t, ctx, "#closeness-add")
		waitFor(t, ctx, "a new closeness step", fmt.Sprintf(`document.querySelectorAll("#closeness li input").length === %d`, i+1), 10*time.Second)
		setField(t, ctx, fmt.Sprintf("#closeness li:nth-child(%d) input", i+1), text, "input")
	}
	waitSaved(t, ctx)
	// Move the third up, then remove the first: [A B C] → [A C B] → [C B].
	click(t, ctx, `#closeness li:nth-child(3) button[aria-label^="Move up"]`)
	waitFor(t, ctx, "the step moved up", `document.querySelector("#closeness li:nth-child(2) input").value === "a phone-free hour each night"`, 10*time.Second)
	click(t, ctx, `#closeness li:nth-child(1) button[aria-label^="Remove"]`)
	waitFor(t, ctx, "the step is gone", `document.querySelectorAll("#closeness li input").length === 2`, 10*time.Second)
	waitSaved(t, ctx)
	step(t, ctx, "reloading", 30*time.Second, chromedp.Reload())
	waitFor(t, ctx, "live after reload", liveCondition, 45*time.Second)
	// The page goes live a moment before it has read the device's data.
	waitFor(t, ctx, "the stored steps are shown", `document.querySelectorAll("#closeness li input").length > 0`, 10*time.Second)
	got := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("#closeness li input")).map(e => e.value)`)
	want := []string{"a phone-free hour each night", "cook dinner on Wednesdays"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("after move, remove and reload the closeness steps are %q, want %q", got, want)
	}
}

func TestPlanCheckInsAreCharted(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/plan")
	click(t, ctx, "#commitments-add")
	waitFor(t, ctx, "a new commitment", `!!document.querySelector("#commitments li input[type=text]")`, 10*time.Second)
	setField(t, ctx, "#commitments li input[type=text]", "Call when I am late", "input")
	click(t, ctx, "#commitments-add")
	waitFor(t, ctx, "a second commitment", `document.querySelectorAll("#commitments li input[type=text]").length === 2`, 10*time.Second)
	setField(t, ctx, "#commitments li:nth-child(2) input[type=text]", "Evening walk together", "input")
	setField(t, ctx, "#plan-started", "2026-01-05", "change")
	waitSaved(t, ctx)

	open(t, ctx, srv.URL+"/progress")
	// The page is live before it has read the device's data.
	waitFor(t, ctx, "the days-since count and the patience message", `/days since your repair began|Day 1/.test((document.getElementById("days-since") || {}).textContent) && document.getElementById("patience").textContent.length > 10`, 10*time.Second)
	waitFor(t, ctx, "two check-in cards", `document.querySelectorAll("#today li.checkin").length === 2`, 10*time.Second)
	setField(t, ctx, "#today li:nth-child(1) textarea", "Called at six", "input")
	click(t, ctx, "#today li:nth-child(1) button[id$=-kept]")
	waitFor(t, ctx, "the first check-in is recorded", `/Today: kept/.test(document.querySelector("#today li:nth-child(1)").textContent)`, 10*time.Second)
	click(t, ctx, "#today li:nth-child(2) button[id$=-missed]")
	waitFor(t, ctx, "the second check-in is recorded", `/Today: missed/.test(document.querySelector("#today li:nth-child(2)").textContent)`, 10*time.Second)
	// Change today's answer: a correction, not an edit.
	click(t, ctx, "#today li:nth-child(2) button[id$=-change]")
	waitFor(t, ctx, "the answer can be changed", `!!document.querySelector("#today li:nth-child(2) button[id$=-kept]")`, 10*time.Second)
	click(t, ctx, "#today li:nth-child(2) button[id$=-kept]")
	waitFor(t, ctx, "the correction shows", `/Today: kept/.test(document.querySelector("#today li:nth-child(2)").textContent)`, 10*time.Second)
	stored := eval[int](t, ctx, `JSON.parse(localStorage.getItem("mend.doc")).checkins.length`)
	if stored != 3 {
		t.Errorf("the history holds %d entries, want 3 (the correction is a new entry)", stored)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#weeks svg .chart-bar").length`); n < 1 {
		t.Error("the chart has no bars")
	}
	summary := eval[string](t, ctx, `document.getElementById("chart-summary").textContent`)
	if !strings.Contains(summary, "kept 2 of 2") {
		t.Errorf("the chart summary says %q, want it to count kept 2 of 2", summary)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#history li").length`); n != 2 {
		t.Errorf("the history lists %d entries, want 2 (after the correction)", n)
	}
	step(t, ctx, "reloading", 30*time.Second, chromedp.Reload())
	waitFor(t, ctx, "live after reload", liveCondition, 45*time.Second)
	if !eval[bool](t, ctx, `/kept 2 of 2/.test(document.getElementById("chart-summary").textContent)`) {
		t.Error("the check-ins are not kept after a reload")
	}

	// The calendar file: a blob: link with download, which the CSP allows.
	click(t, ctx, "#ics-make")
	waitFor(t, ctx, "the download link", `/^blob:/.test((document.getElementById("ics-download")||{}).href)`, 10*time.Second)
	ics := download(t, ctx, "#ics-download")
	if !strings.Contains(string(ics), "BEGIN:VCALENDAR") || strings.Count(string(ics), "BEGIN:VEVENT") != 2 {
		t.Errorf("the downloaded calendar file is not two events:\n%s", ics)
	}
}

// exportBackup makes a backup on /settings and returns its bytes, read
// from the blob: link the page offers.
func exportBackup(t testing.TB, ctx context.Context, base, passphrase string) []byte {
	t.Helper()
	open(t, ctx, base+"/settings")
	if passphrase != "" {
		setField(t, ctx, "#export-passphrase", passphrase, "input")
	}
	click(t, ctx, "#export-make")
	waitFor(t, ctx, "the backup is ready", `!!document.getElementById("export-download")`, 30*time.Second)
	name := eval[string](t, ctx, `document.getElementById("export-download").getAttribute("download")`)
	if !strings.HasPrefix(name, "mend-backup-"+time.Now().Format("2006-01-02")) {
		t.Errorf("the backup is named %q, want it named with today's date", name)
	}
	return download(t, ctx, "#export-download")
}

// importFile chooses path in the import field.
func importFile(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	step(t, ctx, "choosing "+filepath.Base(path), 15*time.Second, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path}))
}

func TestPlanBackupRoundTrip(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/plan")
	want := fillPlan(t, ctx, "backup")
	storedPlan := eval[string](t, ctx, `JSON.stringify(JSON.parse(localStorage.getItem("mend.doc")).plan)`)
	backup := exportBackup(t, ctx, srv.URL, "")
	locked := exportBackup(t, ctx, srv.URL, "correct horse battery")

	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plainPath, lockedPath := write("plain.json", backup), write("locked.json", locked)
	notJSON := write("notes.json", []byte("this is not json"))
	foreign := write("other.json", []byte(`{"app":"someone-else","kind":"backup","v":1,"document":{"v":1}}`))

	// A fresh profile: bad files change nothing, then the backup restores
	// the identical plan.
	fresh := newBrowser(t)
	open(t, fresh, srv.URL+"/plan")
	setField(t, fresh, "#what-i-did-text", "already here", "input")
	waitSaved(t, fresh)
	before := eval[string](t, fresh, `localStorage.getItem("mend.doc")`)
	open(t, fresh, srv.URL+"/settings")
	for _, bad := range []string{notJSON, foreign} {
		importFile(t, fresh, bad)
		waitFor(t, fresh, "an error for "+filepath.Base(bad), `!!document.getElementById("import-error")`, 10*time.Second)
		if eval[bool](t, fresh, `!!document.getElementById("import-preview")`) {
			t.Errorf("%s got a preview", filepath.Base(bad))
		}
	}
	if after := eval[string](t, fresh, `localStorage.getItem("mend.doc")`); after != before {
		t.Error("a bad import file changed the stored data")
	}

	// Locked, with a wrong passphrase, then the right one; then keep.
	importFile(t, fresh, lockedPath)
	waitFor(t, fresh, "the passphrase field", `!!document.getElementById("import-passphrase")`, 10*time.Second)
	setField(t, fresh, "#import-passphrase", "wrong words", "input")
	click(t, fresh, "#import-unlock")
	waitFor(t, fresh, "a wrong-passphrase error", `!!document.getElementById("import-error")`, 30*time.Second)
	setField(t, fresh, "#import-passphrase", "correct horse battery", "input")
	click(t, fresh, "#import-unlock")
	waitFor(t, fresh, "the preview", `!!document.getElementById("import-preview")`, 30*time.Second)
	click(t, fresh, "#import-keep")
	waitFor(t, fresh, "the preview to go", `!document.getElementById("import-preview")`, 10*time.Second)
	if after := eval[string](t, fresh, `localStorage.getItem("mend.doc")`); after != before {
		t.Error("keeping what is here changed the stored data")
	}

	importFile(t, fresh, plainPath)
	waitFor(t, fresh, "the preview", `!!document.getElementById("import-preview")`, 10*time.Second)
	preview := eval[string](t, fresh, `document.getElementById("import-preview").textContent`)
	if !strings.Contains(preview, "1 commitment") {
		t.Errorf("the preview says %q; want it to count 1 commitment", preview)
	}
	click(t, fresh, "#import-replace")
	waitFor(t, fresh, "restored", `/restored/.test(document.getElementById("data-status").textContent)`, 10*time.Second)
	if got := eval[string](t, fresh, `JSON.stringify(JSON.parse(localStorage.getItem("mend.doc")).plan)`); got != storedPlan {
		t.Errorf("the imported plan differs:\n got %s\nwant %s", got, storedPlan)
	}
	open(t, fresh, srv.URL+"/plan")
	checkFields(t, fresh, want)
}

func TestPlanTwoTabs(t *testing.T) {
	srv := startServer(t, siteDir, "")
	one := newBrowser(t)
	open(t, one, srv.URL+"/plan")
	two := newTab(t, one, nil)
	open(t, two, srv.URL+"/plan")

	setField(t, one, "#impact-text", "written in tab one", "input")
	waitSaved(t, one)
	waitFor(t, two, "tab two shows tab one's change", `document.getElementById("impact-text").value === "written in tab one"`, 10*time.Second)

	// Typing in tab two while tab one saves another field: both kept.
	setField(t, two, "#remedy-text", "being typed in tab two", "input")
	setField(t, one, "#what-i-did-text", "saved in tab one", "input")
	waitSaved(t, one)
	waitFor(t, two, "tab two shows the new field", `document.getElementById("what-i-did-text").value === "saved in tab one"`, 10*time.Second)
	if got := eval[string](t, two, `document.getElementById("remedy-text").value`); got != "being typed in tab two" {
		t.Errorf("tab two lost what was being typed: %q", got)
	}
	// And what tab two typed reaches tab one once saved, when the person
	// switches back to it (a hidden tab does not repaint until then).
	waitSaved(t, two)
	bringToFront(t, one)
	waitFor(t, one, "tab one shows tab two's field", `document.getElementById("remedy-text").value === "being typed in tab two"`, 10*time.Second)
	if got := eval[string](t, one, `document.getElementById("what-i-did-text").value`); got != "saved in tab one" {
		t.Errorf("tab one lost its own saved field to tab two's save: %q", got)
	}

	// Progress follows too.
	open(t, two, srv.URL+"/progress")
	click(t, one, "#commitments-add")
	waitFor(t, one, "a new commitment", `!!document.querySelector("#commitments li input[type=text]")`, 10*time.Second)
	setField(t, one, "#commitments li input[type=text]", "Text when I leave work", "input")
	waitSaved(t, one)
	waitFor(t, two, "progress shows the new commitment", `/Text when I leave work/.test(document.getElementById("today").textContent)`, 10*time.Second)
}

func TestPlanPagesWithContentPassAxe(t *testing.T) {
	axe, err := os.ReadFile(filepath.Join("node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is installed by make e2e (npm ci in e2e/): %v", err)
	}
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/plan")
	fillPlan(t, ctx, "axe")
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{"/plan", "/progress", "/settings"} {
			open(t, ctx, srv.URL+path)
			if path == "/settings" {
				click(t, ctx, "#delete-start")
			}
			for _, v := range runAxe(t, ctx, string(axe)) {
				t.Errorf("%s (%s): %s", path, scheme, v)
			}
		}
	}
}

// A check-in card answers for the commitment it shows now. go-app keeps a
// card's first handler when the list is drawn again, so the commitment must
// not come from a closure: after another tab removes the first commitment,
// the card that moves up answers for its own.
func TestCheckInCardsFollowThePlan(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/plan")
	for i, text := range []string{"Call when I am late", "Evening walk together"} {
		click(t, ctx, "#commitments-add")
		waitFor(t, ctx, "a new commitment", fmt.Sprintf(`document.querySelectorAll("#commitments li input[type=text]").length === %d`, i+1), 10*time.Second)
		setField(t, ctx, fmt.Sprintf("#commitments li:nth-child(%d) input[type=text]", i+1), text, "input")
	}
	waitSaved(t, ctx)
	open(t, ctx, srv.URL+"/progress")
	waitFor(t, ctx, "two check-in cards", `document.querySelectorAll("#today li.checkin").length === 2`, 10*time.Second)
	second := eval[string](t, ctx, `JSON.parse(localStorage.getItem("mend.doc")).plan.commitments[1].id`)

	// Another tab removes the first commitment; this tab hears of it.
	tab := newTab(t, ctx, nil)
	open(t, tab, srv.URL+"/settings")
	eval[bool](t, tab, `(() => {
		const doc = JSON.parse(localStorage.getItem("mend.doc"));
		doc.plan.commitments.shift();
		localStorage.setItem("mend.doc", JSON.stringify(doc));
		return true;
	})()`)
	waitFor(t, ctx, "one card left", `document.querySelectorAll("#today li.checkin").length === 1`, 10*time.Second)
	setField(t, ctx, "#today li:nth-child(1) textarea", "Walked by the river", "input")
	click(t, ctx, "#today li:nth-child(1) button[id$=-kept]")
	waitFor(t, ctx, "the check-in is recorded", `/Today: kept/.test(document.querySelector("#today li:nth-child(1)").textContent)`, 10*time.Second)
	got := eval[[]string](t, ctx, `JSON.parse(localStorage.getItem("mend.doc")).checkins.map(c => c.commitment_id + " " + (c.note || ""))`)
	if len(got) != 1 || got[0] != second+" Walked by the river" {
		t.Errorf("the stored check-ins are %q, want one for the remaining commitment %s with its note", got, second)
	}
}
