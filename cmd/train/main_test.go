package main

import (
	"bytes"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mend/app/checker"
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

// TestSweepPicksTheCommittedThresholds reruns the threshold sweep on the
// labelled sets it was run on (never the held-out one) and checks that the
// committed "unsure" thresholds are the ones it picks.
func TestSweepPicksTheCommittedThresholds(t *testing.T) {
	root := filepath.Join("..", "..")
	var files []string
	for _, f := range []string{"corpus", "tuning", "dev-parts", "dev-unsure"} {
		files = append(files, filepath.Join(root, "app", "checker", "testdata", f+".jsonl"))
	}
	got, err := sweepThresholds(io.Discard, filepath.Join(root, "content", "checker", "parts.model"), filepath.Join(root, "content", "checker", "training"), files)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range checker.DefaultTrainOptions.Unsure {
		if math.Abs(got[k]-want) > 1e-9 {
			t.Errorf("%s: the sweep picks %.2f, the model has %.2f", checker.Components[k], got[k], want)
		}
	}
	if _, err := sweepThresholds(io.Discard, filepath.Join(root, "content", "checker", "parts.model"), "", []string{filepath.Join(root, "app", "checker", "testdata", "holdout.jsonl")}); err == nil || !strings.Contains(err.Error(), "never tuned on") {
		t.Errorf("sweeping the held-out set gives %v, want a refusal", err)
	}
}
