package checkerdata

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"mend/content/asset"
)

// TestAssetHoldsExactlyTheEmbeddedFiles proves that the file the site
// build writes for the shipped app decodes to the very files the native
// builds and the tests embed: every *.rules file and the part model, byte
// for byte, and nothing else.
func TestAssetHoldsExactlyTheEmbeddedFiles(t *testing.T) {
	asset := Encode(Embedded())
	d, err := Decode(asset)
	if err != nil {
		t.Fatalf("the encoded data does not decode: %v", err)
	}
	want := map[string][]byte{ModelName: PartModel, HarmModelName: HarmModel}
	rules, err := fs.Glob(Files, "*.rules")
	if err != nil || len(rules) < 5 {
		t.Fatalf("embedded rule files: %v, %v", rules, err)
	}
	for _, name := range rules {
		want[name], _ = fs.ReadFile(Files, name)
	}
	entries, err := d.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(want) {
		t.Errorf("the asset holds %d files, want %d", len(entries), len(want))
	}
	for i, e := range entries {
		if i > 0 && entries[i-1].Name() >= e.Name() {
			t.Errorf("ReadDir lists %s after %s; want name order", e.Name(), entries[i-1].Name())
		}
		if e.IsDir() {
			t.Errorf("%s is listed as a folder", e.Name())
		}
		got, err := d.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		w, ok := want[e.Name()]
		if !ok {
			t.Errorf("the asset holds %s, which is not embedded", e.Name())
		} else if !bytes.Equal(got, w) {
			t.Errorf("%s differs from the embedded file (%d bytes, want %d)", e.Name(), len(got), len(w))
		}
	}
	if !bytes.Equal(d.Model(), PartModel) || len(PartModel) == 0 {
		t.Error("the asset's part model is not the embedded one")
	}
	if !bytes.Equal(d.HarmModel(), HarmModel) || len(HarmModel) == 0 {
		t.Error("the asset's harm model is not the embedded one")
	}
	if _, err := d.ReadFile("missing.rules"); err == nil {
		t.Error("reading a file the asset lacks did not fail")
	}
	if !bytes.Equal(Encode(d), asset) {
		t.Error("encoding the decoded data again gives other bytes")
	}
}

func TestAssetNameFollowsTheBytes(t *testing.T) {
	asset := Encode(Embedded())
	name := AssetName(asset)
	if name != AssetName(Encode(Embedded())) {
		t.Error("the same data got two names")
	}
	if !strings.HasPrefix(name, "checker-") || !strings.HasSuffix(name, ".bin") || len(name) != len("checker-.bin")+16 {
		t.Errorf("asset name %q", name)
	}
	changed := New(map[string][]byte{"a.rules": []byte("rule X-01\n")})
	if AssetName(Encode(changed)) == name {
		t.Error("other data got the same name")
	}
}

// TestDecodeRefusesWhatIsNotAWholeAsset: the app must say it could not
// load the checker, never read half the rules.
func TestDecodeRefusesWhatIsNotAWholeAsset(t *testing.T) {
	asset := Encode(Embedded())
	flipped := bytes.Clone(asset)
	flipped[len(flipped)/2] ^= 0x20
	noRules := Encode(New(map[string][]byte{ModelName: PartModel}))
	bad := map[string][]byte{
		"empty":             nil,
		"a page":            []byte("<!doctype html><html><body>Not found</body></html>"),
		"cut short":         asset[:len(asset)-100],
		"cut in the header": asset[:30],
		"one byte changed":  flipped,
		"a later format":    bytes.Replace(bytes.Clone(asset), []byte("mend-checker-data 2 "), []byte("mend-checker-data 3 "), 1),
		"no rule file":      noRules,
		"extra bytes":       append(bytes.Clone(asset), '\n'),
	}
	for what, b := range bad {
		if d, err := Decode(b); err == nil || d != nil {
			t.Errorf("%s: Decode gave %v, %v; want an error", what, d, err)
		}
	}
	// An asset of the compiled rules alone, as the site build writes it.
	if d, err := Decode(Encode(New(map[string][]byte{ImageName: []byte("compiled")}))); err != nil || string(d.Image()) != "compiled" {
		t.Errorf("an asset holding only an engine image: %v", err)
	}
	if Embedded().Image() != nil {
		t.Error("the embedded rule text holds an engine image")
	}
	// Entries that the checksum covers but that do not add up, beside one
	// that does.
	if d, err := Decode(reseal("a.rules 4\nrule\n")); err != nil || string(d.Model()) != "" || func() bool { b, _ := d.ReadFile("a.rules"); return string(b) != "rule" }() {
		t.Fatalf("a well-formed asset of one file: %v", err)
	}
	for what, body := range map[string]string{
		"a length past the end": "a.rules 99\nrule\n",
		"no length":             "a.rules\nrule\n",
		"a negative length":     "a.rules -1\n",
		"no newline after":      "a.rules 2\nrule\n",
		"a file twice":          "a.rules 1\nx\na.rules 1\nx\n",
		"out of name order":     "b.rules 1\nx\na.rules 1\nx\n",
	} {
		b := reseal(body)
		if _, err := Decode(b); err == nil {
			t.Errorf("%s: Decode accepted %q", what, body)
		}
	}
}

// reseal makes an asset of body with a checksum that matches it.
func reseal(body string) []byte {
	return append(asset.Header(assetKind, []byte(body)), body...)
}
