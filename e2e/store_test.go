package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"mend/app/store"
)

// storedDoc is a document with something in every part Mend keeps: plan,
// check-ins, drafts, guide steps and the record of shares, each holding
// marker.
func storedDoc(marker string) string {
	return `{"v":1,"plan":{"what_i_did":"` + marker + ` what I did","remedy":"` + marker + ` remedy",` +
		`"commitments":[{"id":"c1","text":"` + marker + ` commitment","cadence":"daily","since":"2026-03-01"}],"started":"2026-03-01"},` +
		`"checkins":[{"id":"x1","commitment_id":"c1","day":"2026-03-01","status":"missed","note":"` + marker + ` note","recorded":"2026-03-01T21:00:00Z"}],` +
		`"drafts":[{"id":"d1","name":"Letter","text":"` + marker + ` draft","created":"2026-03-01T10:00:00Z","updated":"2026-03-02T10:00:00Z"}],` +
		`"guide_done":["own-it"],` +
		`"shares":[{"at":"2026-03-05T19:00:00Z","sections":["what-i-did"],"link":"https://mend.example/view#` + marker + `","version":1}],` +
		`"updated":"2026-03-05T19:00:00Z"}`
}

// mendLeftovers lists what of Mend is left in the browser behind ctx:
// localStorage and sessionStorage keys starting with "mend.", any key whose
// value holds marker, and IndexedDB databases.
func mendLeftovers(t testing.TB, ctx context.Context, marker string) []string {
	t.Helper()
	return eval[[]string](t, ctx, `(async () => {
		const left = [];
		for (const [name, storage] of [["localStorage", localStorage], ["sessionStorage", sessionStorage]]) {
			for (const k of Object.keys(storage)) {
				if (k.startsWith("mend.") || (storage.getItem(k) || "").includes(`+jsString(marker)+`)) {
					left.push(name + ": " + k);
				}
			}
		}
		for (const db of (indexedDB.databases ? await indexedDB.databases() : [])) {
			left.push("IndexedDB: " + db.name);
		}
		return left;
	})()`)
}

// TestDeleteEverythingLeavesNothing fills every kind of item Mend keeps —
// the document with its plan, check-ins, drafts and share record, the copy
// kept from before the latest save, a set-aside copy, the partner's kept
// copy of a shared plan, and a key a later Mend might add — then presses
// "Delete everything" and checks nothing of Mend is left on the device.
func TestDeleteEverythingLeavesNothing(t *testing.T) {
	const marker = "Rosemary-4471"
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	eval[bool](t, ctx, `localStorage.setItem("mend.doc", `+jsString(storedDoc(marker))+`), true`)
	eval[bool](t, ctx, `localStorage.setItem("mend.doc.unreadable-2026-03-01T10-00-00Z", JSON.stringify({set_aside: "2026-03-01T10:00:00Z", kind: "corrupt", raw: `+jsString(marker+" set aside")+`})), true`)
	eval[bool](t, ctx, `localStorage.setItem("mend.later-feature", JSON.stringify(`+jsString(marker+" later")+`)), true`)

	// A save on the plan page keeps the earlier document as mend.doc.previous.
	open(t, ctx, srv.URL+"/plan")
	waitFor(t, ctx, "the stored plan", `(document.getElementById("what-i-did-text")||{}).value === `+jsString(marker+" what I did"), 20*time.Second)
	setField(t, ctx, "#impact-text", marker+" impact", "input")
	waitSaved(t, ctx)

	// Sharing adds to the record of shares; keeping the link on /view stores
	// the partner's kept copy (on this same device, as when someone opens
	// their own link).
	open(t, ctx, srv.URL+"/share")
	waitFor(t, ctx, "the share link", shareLinkReady, 20*time.Second)
	link := eval[string](t, ctx, `document.getElementById("share-link").value`)
	shareClick(t, ctx, "#share-copy")
	waitFor(t, ctx, "the link noted as shared", `JSON.parse(localStorage.getItem("mend.doc")).shares.length === 2`, 20*time.Second)
	open(t, ctx, link)
	waitFor(t, ctx, "the shared plan", `!!document.getElementById("view-keep")`, 20*time.Second)
	shareClick(t, ctx, "#view-keep")
	waitFor(t, ctx, "the kept copy", `!!document.getElementById("view-kept")`, 10*time.Second)

	before := map[string]bool{}
	for _, k := range mendLeftovers(t, ctx, marker) {
		before[k] = true
	}
	for _, key := range []string{"mend.doc", "mend.doc.previous", "mend.doc.unreadable-2026-03-01T10-00-00Z", "mend.kept-plan", "mend.later-feature"} {
		if !before["localStorage: "+key] {
			t.Fatalf("before deleting, %s is not stored (found %v): the test would prove nothing", key, before)
		}
	}
	if !eval[bool](t, ctx, `localStorage.getItem("mend.kept-plan").includes(`+jsString(marker)+`)`) {
		t.Fatal("the kept copy does not hold the plan")
	}

	open(t, ctx, srv.URL+"/settings")
	waitFor(t, ctx, "the delete button", `!!document.getElementById("delete-start")`, 20*time.Second)
	click(t, ctx, "#delete-start")
	waitFor(t, ctx, "the confirmation", `!!document.getElementById("delete-confirm-button")`, 10*time.Second)
	if text := eval[string](t, ctx, `document.getElementById("delete-confirm").innerText`); !strings.Contains(text, "kept a copy") {
		t.Errorf("the confirmation does not say the kept copy goes too: %q", text)
	}
	click(t, ctx, "#delete-confirm-button")
	waitFor(t, ctx, "the deletion", `document.getElementById("data-status").textContent.includes("deleted")`, 10*time.Second)

	if left := mendLeftovers(t, ctx, marker); len(left) != 0 {
		t.Errorf("after Delete everything, Mend left %v", left)
	}
	// Nothing comes back when the pages that read the data open again.
	for _, path := range []string{"/plan", "/apology", "/progress"} {
		open(t, ctx, srv.URL+path)
		if text := mainText(t, ctx); strings.Contains(text, marker) {
			t.Errorf("%s still shows what was deleted", path)
		}
	}
	open(t, ctx, link)
	waitFor(t, ctx, "the shared plan", `!!document.getElementById("view-keep")`, 20*time.Second)
	if eval[bool](t, ctx, `!!document.getElementById("view-kept") || !!document.getElementById("view-kept-unreadable")`) {
		t.Error("the view page still finds a kept copy")
	}
	if left := mendLeftovers(t, ctx, marker); len(left) != 0 {
		t.Errorf("after reopening the pages, Mend holds %v", left)
	}
}

// TestFullStorageOffersToStartFreshWithoutACopy fills the browser's storage
// to the brim behind unreadable notes. Starting fresh then cannot keep the
// old text aside, so the settings page must offer what its message
// promises: download the text, then start fresh without keeping a copy.
func TestFullStorageOffersToStartFreshWithoutACopy(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	unreadable := `{"v":1,"plan":{"what_i_did":"` + strings.Repeat("cut off ", 20000)
	eval[bool](t, ctx, `localStorage.setItem("mend.doc", `+jsString(unreadable)+`), true`)
	fillers := eval[int](t, ctx, `(() => {
		let n = 0;
		for (let size = 1 << 21; size >= 1; size >>= 1) {
			const s = "f".repeat(size);
			for (;;) {
				try { localStorage.setItem("filler-" + n, s); n++; } catch (e) { break; }
			}
		}
		return n;
	})()`)
	if eval[bool](t, ctx, `(() => { try { localStorage.setItem("probe", "12345"); localStorage.removeItem("probe"); return true; } catch (e) { return false; } })()`) {
		t.Fatal("the storage is not full: the test would prove nothing")
	}

	open(t, ctx, srv.URL+"/settings")
	waitFor(t, ctx, "the problem card", `!!document.getElementById("problem-fresh")`, 30*time.Second)
	if eval[bool](t, ctx, `window.mendStorage === "memory"`) {
		t.Fatal("a full storage was taken for a blocked one: Mend cannot see the notes")
	}
	if eval[bool](t, ctx, `!!document.getElementById("problem-fresh-no-copy")`) {
		t.Error("starting fresh without a copy is offered before it is needed")
	}
	click(t, ctx, "#problem-fresh")
	waitFor(t, ctx, "the way out", `!!document.getElementById("problem-fresh-no-copy")`, 10*time.Second)
	status := eval[string](t, ctx, `document.getElementById("data-status").textContent`)
	button := eval[string](t, ctx, `document.getElementById("problem-fresh-no-copy").textContent`)
	if !strings.Contains(strings.ToLower(status), strings.ToLower(button)) {
		t.Errorf("the message %q does not offer what the button does (%q)", status, button)
	}
	if got := eval[string](t, ctx, `localStorage.getItem("mend.doc")`); got != unreadable {
		t.Fatal("the notes changed before the user chose")
	}
	if !eval[bool](t, ctx, `!!document.getElementById("problem-download")`) {
		t.Error("there is no way to download the notes first")
	}

	click(t, ctx, "#problem-fresh-no-copy")
	waitFor(t, ctx, "a fresh start", `!document.getElementById("problem")`, 10*time.Second)
	if status := eval[string](t, ctx, `document.getElementById("data-status").textContent`); !strings.Contains(status, "starting fresh") {
		t.Errorf("the page says %q", status)
	}
	doc := eval[string](t, ctx, `localStorage.getItem("mend.doc")`)
	if !strings.HasPrefix(doc, fmt.Sprintf(`{"v":%d,`, store.Version)) || strings.Contains(doc, "cut off") {
		t.Errorf("the stored document is %.60q…", doc)
	}
	if n := eval[int](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("filler-")).length`); n != fillers {
		t.Errorf("%d of the %d other keys are left", n, fillers)
	}
	if n := eval[int](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("mend.doc.unreadable-")).length`); n != 0 {
		t.Errorf("%d set-aside copies were made, though there was no room", n)
	}
}
