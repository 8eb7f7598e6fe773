package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"mend/content/guide"
)

// TestSafetyPagesReadOfflineFromEveryWayIn: with the server gone, every
// page beside the journey opens in full, and the links the issue asks for
// lead to them: from /, /guide, step 1 and the workshop for the author,
// and from a real shared-plan link for the partner, whose page for them
// stores nothing.
func TestSafetyPagesReadOfflineFromEveryWayIn(t *testing.T) {
	srv := startServer(t, siteDir, "")
	author := newBrowser(t)
	open(t, author, srv.URL+"/")
	waitOffline(t, author)
	link := makeShareLink(t, author, srv.URL, "")
	if !strings.Contains(link, "/view#") {
		t.Fatalf("the share link %q is not a /view# link", link)
	}
	// The partner reads in a tab of their own. It shares the browser's
	// service worker, so the test waits for one install, not two.
	partner := newTab(t, author, nil)
	open(t, partner, link)
	checkSharedPlan(t, partner)
	srv.Stop()
	if status, err := httpStatus(srv.URL + "/"); err == nil {
		t.Fatalf("the server still answers (%d) after it was stopped", status)
	}

	// Every page, opened directly offline.
	for _, page := range guide.Pages {
		open(t, author, srv.URL+page.Path)
		checkSidePage(t, author, page)
		if got, want := eval[string](t, author, `document.title`), page.Title+" · Mend"; got != want {
			t.Errorf("offline %s: title %q, want %q", page.Path, got, want)
		}
	}

	// The author's ways in.
	safety, _ := guide.LookupPage("safety")
	for _, from := range []struct{ path, link string }{
		{"/", `#home-safety a[href="/guide/safety"]`},
		{"/guide", `#before a[href="/guide/safety"]`},
		{"/guide/own-it", `#asks a[href="/guide/safety"]`},
		{"/apology", `#workshop-safety`},
	} {
		open(t, author, srv.URL+from.path)
		follow(t, author, from.link, safety)
	}
	for _, page := range guide.Pages {
		if page.ForReader {
			continue // reached from /view below
		}
		open(t, author, srv.URL+"/guide")
		follow(t, author, `.side-pages a[href="`+page.Path+`"]`, page)
	}

	// The partner's ways in, from the link they were sent.
	forYou, _ := guide.LookupPage("for-you")
	stored := eval[int](t, partner, `localStorage.length`)
	open(t, partner, link)
	checkSharedPlan(t, partner)
	note := eval[string](t, partner, `document.getElementById("view-for-you").innerText`)
	for _, w := range []string{"don’t owe a reply", "forgiveness", "You set the pace", "anyone you trust"} {
		if !strings.Contains(note, w) {
			t.Errorf("the partner's note lacks %q: %q", w, note)
		}
	}
	follow(t, partner, "#view-for-you-link", forYou)
	if got := eval[int](t, partner, `localStorage.length`); got != stored {
		t.Errorf("opening /for-you changed what the device stores: %d items, was %d", got, stored)
	}
	if n := eval[int](t, partner, `document.querySelectorAll(".tabbar, .topnav").length`); n != 0 {
		t.Error("the partner's page for them shows the author's navigation")
	}
	open(t, partner, link)
	follow(t, partner, "#view-safety-link", safety)
}

// follow clicks the link at selector and checks the page it leads to is
// page, in full.
func follow(t *testing.T, ctx context.Context, selector string, page guide.Page) {
	t.Helper()
	from := eval[string](t, ctx, `location.pathname`)
	click(t, ctx, selector)
	waitFor(t, ctx, "the link from "+from+" leads to "+page.Path, `location.pathname === "`+page.Path+`"`, 10*time.Second)
	checkSidePage(t, ctx, page)
}

// checkSidePage checks the open page is page with every word of it.
func checkSidePage(t *testing.T, ctx context.Context, page guide.Page) {
	t.Helper()
	waitFor(t, ctx, page.Path+" shows its heading", `(document.querySelector("main h1") || {}).textContent === "`+page.Title+`"`, 10*time.Second)
	text := mainText(t, ctx)
	want := []string{page.Summary}
	for _, sec := range page.Sections {
		want = append(want, sec.Heading)
		for _, b := range sec.Blocks {
			want = append(want, oneLine(b.Text.String()))
		}
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s lacks %q", page.Path, w)
		}
	}
}
