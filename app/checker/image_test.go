package checker

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	checkerdata "mend/content/checker"
)

// heldOut is the scoring set no test but TestHoldout may read.
const heldOut = "holdout.jsonl"

// TestTheImageIsTheCompiledRules: decoding the engine image gives a rule
// set deeply equal to the compiled one, every field of every rule, trie
// node, word set, spelling and the part model included (only the rules'
// fire and pass examples, which the app never reads, stay out); and the
// same rules always give the same bytes.
func TestTheImageIsTheCompiledRules(t *testing.T) {
	img, err := EncodeImage()
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeImage(img)
	if err != nil {
		t.Fatalf("the image does not decode: %v", err)
	}
	want := rules()
	if !reflect.DeepEqual(got, withoutExamples(want)) {
		t.Fatal("the decoded rule set differs from the compiled one")
	}
	if reflect.DeepEqual(got, want) {
		t.Error("the image kept the rules' examples, which the app never reads")
	}
	if got.model == nil || len(got.rules) != len(want.rules) || got.phrase.root.rootKids == nil {
		t.Error("the decoded rule set lacks its model, rules or tries")
	}
	// Shared parts stay shared: a rule's index in byID finds the very rule.
	for id, i := range got.byID {
		if got.rules[i].id != id {
			t.Fatalf("byID[%s] is rule %s", id, got.rules[i].id)
		}
	}
	again, err := EncodeImage()
	if err != nil || !bytes.Equal(again, img) {
		t.Error("encoding the same rules twice gave other bytes")
	}
	if re, err := encodeImage(got); err != nil || !bytes.Equal(re, img) {
		t.Error("encoding the decoded rule set gave other bytes")
	}
	t.Logf("engine image: %d bytes", len(img))
}

// withImage runs f with the checker reading its rules only from the
// engine image, as the app the site ships does.
func withImage(t *testing.T, f func()) {
	t.Helper()
	asset, err := Asset()
	if err != nil {
		t.Fatal(err)
	}
	withoutData(t, func() {
		if err := Load(asset); err != nil {
			t.Fatalf("Load refused the engine image: %v", err)
		}
		if current.image == nil || current.source != nil {
			t.Fatal("the asset did not give the checker an engine image")
		}
		f()
	})
}

// TestEveryScoringSetReadsTheSameThroughTheImage: every labelled draft of
// every scoring set but the held-out one gets byte for byte the report
// (as cmd/check prints it, finished; and as typed) through the engine
// image that it gets from the compiled rule text.
func TestEveryScoringSetReadsTheSameThroughTheImage(t *testing.T) {
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	var drafts []draft
	sets := 0
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".jsonl") || e.Name() == heldOut {
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		drafts = append(drafts, loadDrafts(t, e.Name(), string(b))...)
		sets++
	}
	if sets < 5 || len(drafts) < 1000 {
		t.Fatalf("read %d drafts from %d sets; want the scoring sets", len(drafts), sets)
	}
	read := func(text string) string {
		finished, err := json.Marshal(CheckFinished(text))
		if err != nil {
			t.Fatal(err)
		}
		typed, err := json.Marshal(Check(text))
		if err != nil {
			t.Fatal(err)
		}
		return string(finished) + "\n" + string(typed)
	}
	want := make([]string, len(drafts))
	for i, d := range drafts {
		want[i] = read(d.Text)
	}
	withImage(t, func() {
		differ := 0
		for i, d := range drafts {
			if got := read(d.Text); got != want[i] {
				if differ++; differ <= 3 {
					t.Errorf("%s reads otherwise through the image:\n%s\nwant:\n%s", d.ID, got, want[i])
				}
			}
		}
		if differ > 0 {
			t.Errorf("%d of %d drafts read otherwise through the image", differ, len(drafts))
		}
	})
}

// TestABadImageIsRefusedCalmly: an image that is cut short, has a byte
// changed, comes from another format or another shape of the compiled
// types, or has bytes left over is refused with an error, never a panic.
// Within a whole asset, a bad header is refused by Load, and a body that
// does not decode leaves the checker waiting and not Ready.
func TestABadImageIsRefusedCalmly(t *testing.T) {
	img, err := EncodeImage()
	if err != nil {
		t.Fatal(err)
	}
	refused := func(what string, b []byte) {
		t.Helper()
		if rs, err := decodeImage(b); err == nil || rs != nil {
			t.Errorf("%s: decoded, want an error", what)
		}
	}
	refused("nothing", nil)
	refused("the header alone", img[:len(imageMagic)+5])
	refused("bytes left over", append(bytes.Clone(img), 0))
	for _, at := range []int{0, len(imageMagic), len(imageMagic) + 2} {
		b := bytes.Clone(img)
		b[at] ^= 0x10
		refused("a changed header byte", b)
	}
	for i := 1; i < 40; i++ {
		refused("cut short", img[:len(img)*i/40-i])
	}
	// A changed body byte may still decode, as other rules; the asset's
	// checksum is what catches damage. It must never panic.
	for i := range 30 {
		b := bytes.Clone(img)
		b[len(imageMagic)+5+(len(b)-len(imageMagic)-5)*i/30+i] ^= 0x41
		decodeImage(b)
	}

	reframe := func(image []byte) []byte {
		return checkerdata.Encode(checkerdata.New(map[string][]byte{checkerdata.ImageName: image}))
	}
	otherShape := bytes.Clone(img)
	binary.LittleEndian.PutUint32(otherShape[len(imageMagic)+1:], newImageDecoder(nil).shape+1)
	withoutData(t, func() {
		for what, b := range map[string][]byte{
			"another shape":  otherShape,
			"a later format": append([]byte(imageMagic+"\x02"), img[len(imageMagic)+1:]...),
			"no image":       {},
		} {
			if err := Load(reframe(b)); err == nil {
				t.Errorf("Load accepted an image of %s", what)
			}
		}
		if Ready() {
			t.Fatal("Ready after refused images")
		}
		if err := Load(reframe(img[:len(img)-1])); err != nil {
			t.Fatalf("an image with a good header should load: %v", err)
		}
		if r := Check("I'm sorry."); r.Components[0].State != StateWaiting {
			t.Errorf("with an image that does not decode, a part reads as %q, want waiting", r.Components[0].State)
		}
		if Ready() || current.err == nil {
			t.Errorf("Ready %v (%v); want not ready, with the reason kept", Ready(), current.err)
		}
		if err := Load(reframe(img)); err != nil || len(Check("I'm sorry if you were hurt.").Findings) == 0 {
			t.Errorf("a good image after a bad one did not make the checker read drafts: %v", err)
		}
	})
}

// FuzzDecodeImage: no bytes make the decoder panic or hang, and what
// decodes comes back the same through the encoder.
func FuzzDecodeImage(f *testing.F) {
	img, err := EncodeImage()
	if err != nil {
		f.Fatal(err)
	}
	head := img[:len(imageMagic)+5]
	f.Add(head)
	f.Add(img[:4096])
	f.Add(append(bytes.Clone(head), 1, 0xff, 0xff, 0xff, 0xff, 0x0f))
	f.Add(append(bytes.Clone(head), 1, 0, 1))
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := decodeImage(b)
		if err != nil {
			return
		}
		if rs == nil {
			t.Fatal("no rule set and no error")
		}
		again, err := encodeImage(rs)
		if err != nil {
			t.Fatalf("what decoded does not encode: %v", err)
		}
		if back, err := decodeImage(again); err != nil || !reflect.DeepEqual(back, rs) {
			t.Fatalf("what decoded does not come back the same: %v", err)
		}
	})
}

// BenchmarkDecodeImage measures what the shipped app pays on its first
// check for its rules (compare BenchmarkLoadRules, the cost of compiling
// them, which the other builds pay).
func BenchmarkDecodeImage(b *testing.B) {
	img, err := EncodeImage()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(img)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeImage(img); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck1500ThroughImage is BenchmarkCheck1500 with the rules
// decoded from the engine image, as the shipped app reads drafts: run the
// two side by side to see that checking is as fast either way.
func BenchmarkCheck1500ThroughImage(b *testing.B) {
	asset, err := Asset()
	if err != nil {
		b.Fatal(err)
	}
	saved := current
	defer func() { current = saved }()
	current = newData(nil)
	if err := Load(asset); err != nil || rules() == nil {
		b.Fatalf("the engine image did not load: %v", err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(draft1500)))
	for b.Loop() {
		Check(draft1500)
	}
}
