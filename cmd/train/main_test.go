package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedModelIsWhatTrainingMakes retrains from the committed
// sentences and compares bytes with the committed model: training is
// reproducible, and a change to the sentences, the rule data or the
// features that was not followed by `make train` is caught here.
func TestCommittedModelIsWhatTrainingMakes(t *testing.T) {
	root := filepath.Join("..", "..")
	out := filepath.Join(t.TempDir(), "parts.model")
	var stderr bytes.Buffer
	if code := run([]string{"-data", filepath.Join(root, "content", "checker", "training"), "-out", out}, io.Discard, &stderr); code != 0 {
		t.Fatalf("train exited %d: %s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "content", "checker", "parts.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("retraining gives %d bytes that differ from the committed parts.model (%d bytes); run make train and commit the model", len(got), len(want))
	}
}

func TestBadTrainingDataIsReported(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.jsonl"), []byte(`{"text": "I'm sorry.", "parts": ["apology"]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := run([]string{"-data", dir, "-out", filepath.Join(dir, "m")}, io.Discard, &stderr); code == 0 || !strings.Contains(stderr.String(), "apology") {
		t.Errorf("an unknown part should fail and be named; exit %d, stderr %q", code, stderr.String())
	}
	if code := run([]string{"-data", t.TempDir()}, io.Discard, &stderr); code == 0 {
		t.Error("an empty folder should fail")
	}
}
