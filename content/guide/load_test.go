package guide

import (
	"reflect"
	"testing"
)

// TestEncodedWordsAreTheGuide proves that the words the site build
// writes for the shipped app read back as exactly the guide this build
// carries, journey titles and all.
func TestEncodedWordsAreTheGuide(t *testing.T) {
	b, err := Encode()
	if err != nil {
		t.Fatal(err)
	}
	w, err := decode(b)
	if err != nil {
		t.Fatalf("the encoded words do not decode: %v", err)
	}
	if !reflect.DeepEqual(w, &words{Steps, Pages, Home, Sources}) {
		t.Error("the decoded words differ from the guide's")
	}
	if w.Steps[2].Title == "" || w.Pages[0].Path == "" {
		t.Error("the journey's titles and paths were not put back")
	}
	if err := Load(b); err != nil || !Ready() {
		t.Errorf("Load with the words at hand: %v", err)
	}
}

func TestDecodeRefusesOtherWords(t *testing.T) {
	b, err := Encode()
	if err != nil {
		t.Fatal(err)
	}
	for what, bad := range map[string][]byte{
		"nothing":     nil,
		"cut short":   b[:len(b)/2],
		"extra bytes": append(b[:len(b):len(b)], 0),
		"no steps":    {0, 0, 0, 0, 0},
		"a huge list": {0xff, 0xff, 0xff, 0xff, 0x0f},
	} {
		if w, err := decode(bad); err == nil || w != nil {
			t.Errorf("%s: decode gave %v, %v; want an error", what, w, err)
		}
	}
}

// BenchmarkDecode times what the shipped app pays, before its first
// drawing, to read the guide's words it was handed (make bench runs it
// natively and as WebAssembly under Node).
func BenchmarkDecode(b *testing.B) {
	words, err := Encode()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(words)))
	for b.Loop() {
		if _, err := decode(words); err != nil {
			b.Fatal(err)
		}
	}
}
