package main

import (
	"bytes"
	"os"
	"testing"
)

// TestGeneratedFileIsUpToDate regenerates guide_gen.go in memory from the
// Markdown files and compares it with the committed file byte for byte.
func TestGeneratedFileIsUpToDate(t *testing.T) {
	g, err := parseGuide(os.DirFS(".."))
	if err != nil {
		t.Fatalf("the guide does not parse:\n%v", err)
	}
	want, err := render(g)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../guide_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("guide_gen.go is stale: run go generate ./content/guide and commit the result")
	}
}
