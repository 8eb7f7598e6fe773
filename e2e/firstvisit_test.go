package e2e

import (
	"strings"
	"testing"
)

// TestAFirstVisitDownloadsTheProgramOnce: on a first visit the page's
// compile worker downloads app.wasm, and the service worker, registered
// only once the program is live, keeps that same download for offline use:
// the server is asked for app.wasm a second time only to confirm it has
// not changed (304), and sends its bytes once.
func TestAFirstVisitDownloadsTheProgramOnce(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/")
	waitOffline(t, ctx)
	srv.Stop()
	var sent, confirmed int
	for _, line := range strings.Split(srv.log.String(), "\n") {
		f := strings.Fields(line)
		// date, time, method, path, status, ...
		if len(f) < 5 || f[2] != "GET" || f[3] != "/web/app.wasm" {
			continue
		}
		switch f[4] {
		case "200":
			sent++
		case "304":
			confirmed++
		default:
			t.Errorf("the server answered a request for app.wasm with %s", f[4])
		}
	}
	if sent != 1 {
		t.Errorf("the server sent app.wasm %d times on a first visit, want once; its log:\n%s", sent, srv.log)
	}
	if confirmed == 0 {
		t.Errorf("the service worker kept app.wasm without asking the server whether it changed; the server's log:\n%s", srv.log)
	}
}
