package e2e

import (
	"strings"
	"testing"
)

// TestAFirstVisitDownloadsTheProgramOnce: on a first visit the page's
// compile worker downloads app.wasm, and the service worker, registered
// only once the program is live, keeps that same download for offline use:
// the server is asked for app.wasm a second time only to confirm it has
// not changed (304), and sends its bytes once. The same holds for the
// content the loader fetches beside app.wasm, and for the checker's data,
// which the workshop fetches as it opens.
func TestAFirstVisitDownloadsTheProgramOnce(t *testing.T) {
	srv := startServer(t, siteDir, "")
	ctx := newBrowser(t)
	open(t, ctx, srv.URL+"/apology")
	waitOffline(t, ctx)
	srv.Stop()
	checkerData, _ := checkerAsset(t, siteDir)
	content, _ := dataAsset(t, siteDir, "content")
	for _, file := range []string{"/web/app.wasm", content, checkerData} {
		var sent, confirmed int
		for _, line := range strings.Split(srv.log.String(), "\n") {
			f := strings.Fields(line)
			// date, time, method, path, status, ...
			if len(f) < 5 || f[2] != "GET" || f[3] != file {
				continue
			}
			switch f[4] {
			case "200":
				sent++
			case "304":
				confirmed++
			default:
				t.Errorf("the server answered a request for %s with %s", file, f[4])
			}
		}
		if sent != 1 {
			t.Errorf("the server sent %s %d times on a first visit, want once; its log:\n%s", file, sent, srv.log)
		}
		if confirmed == 0 {
			t.Errorf("the service worker kept %s without asking the server whether it changed; the server's log:\n%s", file, srv.log)
		}
	}
}
