//go:build !js

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"mend/app/checker"
	"mend/app/share"
	"mend/app/site"
	"mend/components"
	"mend/content/asset"
	checkerdata "mend/content/checker"
	"mend/content/guide"
)

// TestTheSiteServesTheDataTheAppLeavesOut: the generator writes the
// checker's data (its rules compiled) and the content (the guide's words,
// the share codec's data) each as one file named after its bytes, which
// decodes to what this build embeds; the service worker precaches both and the program's
// environment in app.js names them.
func TestTheSiteServesTheDataTheAppLeavesOut(t *testing.T) {
	out := buildSite(t, copyWeb(t))
	words, err := guide.Encode()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{guideFile: words}
	for name, b := range share.Data() {
		files[sharePrefix+name] = b
	}
	checker, err := checker.Asset() // the rules compiled, as an engine image
	if err != nil {
		t.Fatal(err)
	}
	content := asset.Encode(contentKind, asset.New(files))
	for _, a := range []struct {
		kind, env, name string
		want            []byte
	}{
		{"checker", components.CheckerDataEnv, checkerdata.AssetName(checker), checker},
		{contentKind, site.ContentEnv, asset.Name(contentKind, content), content},
	} {
		got, err := os.ReadFile(filepath.Join(out, "web", a.name))
		if err != nil {
			t.Fatalf("the site lacks the %s data under its name: %v", a.kind, err)
		}
		if !bytes.Equal(got, a.want) {
			t.Errorf("the site's %s data is not the embedded data", a.kind)
		}
		if matches, _ := filepath.Glob(filepath.Join(out, "web", a.kind+"-*.bin")); len(matches) != 1 {
			t.Errorf("the site holds %d %s data files, want one", len(matches), a.kind)
		}
		appJS, err := os.ReadFile(filepath.Join(out, "app.js"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(appJS, []byte(`"`+a.env+`":"/web/`+a.name+`"`)) {
			t.Errorf("app.js does not give the program the address /web/%s", a.name)
		}
		worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(worker, []byte(`"/web/`+a.name+`"`)) {
			t.Errorf("app-worker.js does not precache /web/%s", a.name)
		}
	}
	// The content holds exactly the share codec's files and the guide's.
	bundle, err := asset.Decode(contentKind, contentWhat, content)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := bundle.ReadDir(".")
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{guideFile, sharePrefix + "dict/en-1.txt", sharePrefix + "dict/reply-en-1.txt", sharePrefix + "words.txt"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("the content holds %v, want %v", names, want)
	}
}
