//go:build !js

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"mend/components"
	checkerdata "mend/content/checker"
)

// TestTheSiteServesTheCheckerData: the generator writes the checker's data
// as one file named after its bytes, which decodes to the embedded data;
// the service worker precaches it and the program's environment in app.js
// names it.
func TestTheSiteServesTheCheckerData(t *testing.T) {
	out := buildSite(t, copyWeb(t))
	want := checkerdata.Encode(checkerdata.Embedded())
	name := checkerdata.AssetName(want)
	got, err := os.ReadFile(filepath.Join(out, "web", name))
	if err != nil {
		t.Fatalf("the site lacks the checker's data under its name: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Error("the site's checker data is not the embedded data")
	}
	if matches, _ := filepath.Glob(filepath.Join(out, "web", "checker-*.bin")); len(matches) != 1 {
		t.Errorf("the site holds %d checker data files, want one", len(matches))
	}
	appJS, err := os.ReadFile(filepath.Join(out, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(appJS, []byte(`"`+components.CheckerDataEnv+`":"/web/`+name+`"`)) {
		t.Errorf("app.js does not give the program the address /web/%s", name)
	}
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(worker, []byte(`"/web/`+name+`"`)) {
		t.Errorf("app-worker.js does not precache /web/%s", name)
	}
}
