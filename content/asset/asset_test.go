package asset

import (
	"bytes"
	"strings"
	"testing"
)

// TestAnAssetIsReadOnlyAsItsOwnKind: the checker's data can never be
// read as the content, or the other way round, and a kind's name and
// magic follow it. (The checker's tests, in mend/content/checker, try
// the format with damaged and cut-short bytes.)
func TestAnAssetIsReadOnlyAsItsOwnKind(t *testing.T) {
	files := map[string][]byte{"b.txt": []byte("second"), "a.txt": []byte("first\nline")}
	b := Encode("content", New(files))
	if !bytes.HasPrefix(b, []byte("mend-content-data 2 ")) {
		t.Errorf("the asset starts %q", b[:30])
	}
	if name := Name("content", b); !strings.HasPrefix(name, "content-") || !strings.HasSuffix(name, ".bin") {
		t.Errorf("asset name %q", name)
	}
	if d, err := Decode("checker", "the checker's data", b); err == nil || d != nil || !strings.Contains(err.Error(), "not the checker's data") {
		t.Errorf("a content asset read as the checker's: %v, %v", d, err)
	}
	d, err := Decode("content", "the content", b)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := d.ReadDir(".")
	if len(entries) != 2 || entries[0].Name() != "a.txt" || entries[1].Name() != "b.txt" {
		t.Errorf("entries %v", entries)
	}
	if got, _ := d.ReadFile("a.txt"); string(got) != "first\nline" {
		t.Errorf("a.txt reads %q", got)
	}
	if _, err := d.ReadDir("sub"); err == nil {
		t.Error("a bundle listed a folder it does not have")
	}
}
