package main

import (
	"bytes"
	"fmt"
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
	got := trainModel(t, "-data", filepath.Join(root, "content", "checker", "training"), "-testdata", filepath.Join(root, "app", "checker", "testdata"))
	want, err := os.ReadFile(filepath.Join(root, "content", "checker", "parts.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("retraining gives %d bytes that differ from the committed parts.model (%d bytes); run make train and commit the model", len(got), len(want))
	}
}

// trainModel runs the command with args and returns the model it writes.
func trainModel(t *testing.T, args ...string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "parts.model")
	var stderr bytes.Buffer
	if code := run(append(args, "-out", out), io.Discard, &stderr); code != 0 {
		t.Fatalf("train exited %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCommittedHarmModelIsWhatTrainingMakes does the same for the harm
// classifier, which also learns from the good apologies of every labelled
// set but the held-out one.
func TestCommittedHarmModelIsWhatTrainingMakes(t *testing.T) {
	root := filepath.Join("..", "..")
	testdata := filepath.Join(root, "app", "checker", "testdata")
	if sets, err := setFiles(testdata, []string{"*"}); err != nil || len(sets) == 0 {
		t.Fatalf("no labelled sets found: %v", err)
	}
	got, _, err := harmModel(filepath.Join(root, "content", "checker", "training-harms"), testdata, "")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "content", "checker", "harms.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("retraining gives %d bytes that differ from the committed harms.model (%d bytes); run make train and commit the model", len(got), len(want))
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
	if err := os.WriteFile(filepath.Join(dir, "h.jsonl"), []byte(`{"text": "It was only a joke.", "harms": ["sarcasm"]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := run([]string{"-harms", "-data", dir, "-good", filepath.Join(dir, "none.jsonl"), "-out", filepath.Join(dir, "m")}, io.Discard, &stderr); code == 0 {
		t.Error("a missing file of good apologies should fail")
	}
	if _, _, err := harmModel(dir, dir, filepath.Join(dir, "x.jsonl")); err == nil || !strings.Contains(err.Error(), "sarcasm") {
		t.Errorf("an unknown harm should fail and be named; got %v", err)
	}
}

// TestSweepPicksTheCommittedThresholds reruns the threshold sweep on the
// labelled sets it was run on (never the held-out one) and checks that the
// committed "unsure" thresholds are the ones it picks.
func TestSweepPicksTheCommittedThresholds(t *testing.T) {
	root := filepath.Join("..", "..")
	testdata := filepath.Join(root, "app", "checker", "testdata")
	files, err := setFiles(testdata, sweepSets)
	if err != nil {
		t.Fatal(err)
	}
	train, err := trainingData(filepath.Join(root, "content", "checker", "training"), testdata, trainSets)
	if err != nil {
		t.Fatal(err)
	}
	got, err := sweepThresholds(io.Discard, filepath.Join(root, "content", "checker", "parts.model"), train, files)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range checker.DefaultTrainOptions.Unsure {
		if math.Abs(got[k]-want) > 1e-9 {
			t.Errorf("%s: the sweep picks %.2f, the model has %.2f (a change to the rules or the model moved it: set DefaultTrainOptions.Unsure in app/checker/train.go to the best ones `go run ./cmd/train -sweep` prints, then make train)", checker.Components[k], got[k], want)
		}
	}
	if _, err := sweepThresholds(io.Discard, filepath.Join(root, "content", "checker", "parts.model"), nil, []string{filepath.Join(root, "app", "checker", "testdata", "holdout.jsonl")}); err == nil || !strings.Contains(err.Error(), "never tuned on") {
		t.Errorf("sweeping the held-out set gives %v, want a refusal", err)
	}
}

// TestDraftsTeachTheModel trains on the committed sentences twice, with
// and without a few labelled drafts, and reads a sentence of those drafts
// with each model: drafts labelled as lacking a part lower the part on
// their sentences, and drafts labelled as having one raise it on the
// sentence that carries it.
func TestDraftsTeachTheModel(t *testing.T) {
	root := filepath.Join("..", "..")
	data := filepath.Join(root, "content", "checker", "training")
	dir := t.TempDir()
	const (
		offer  = "I'll water your plants every evening this week."
		change = "The spare key now hangs on the hook by the door."
	)
	var lines []string
	for i, who := range []string{"Sam", "Ada", "Jo", "Kit", "Lee", "Max", "Ola", "Pia"} {
		lines = append(lines,
			fmt.Sprintf(`{"id": "l%d", "text": "I'm sorry I forgot your birthday, %s. %s", "expect_present": ["remedy"], "expect_absent": []}`, i, who, offer),
			fmt.Sprintf(`{"id": "h%d", "text": "I'm sorry I locked you out again, %s. %s", "expect_present": [], "expect_absent": ["commitment"]}`, i, who, change))
	}
	if err := os.WriteFile(filepath.Join(dir, "mine.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	read := func(drafts string) (remedy, commitment float64) {
		t.Helper()
		m, err := checker.LoadPartModel(trainModel(t, "-data", data, "-testdata", dir, "-drafts", drafts))
		if err != nil {
			t.Fatal(err)
		}
		return m.Read(offer).Prob[3], m.Read(change).Prob[4]
	}
	r0, c0 := read("none")
	r1, c1 := read("mine")
	t.Logf("remedy of %q: %.3f → %.3f; commitment of %q: %.3f → %.3f", offer, r0, r1, change, c0, c1)
	if r1 >= r0 {
		t.Errorf("drafts lacking a remedy should lower it on their sentences: %.3f without them, %.3f with", r0, r1)
	}
	if c1 <= c0 {
		t.Errorf("drafts having a commitment should raise it on the sentence that carries it: %.3f without them, %.3f with", c0, c1)
	}
}

// TestDraftSetsNeverOverlapTheSweptOrHeldOut: training on the sets the
// thresholds are swept on, or on the held-out set, is refused.
func TestDraftSetsNeverOverlapTheSweptOrHeldOut(t *testing.T) {
	testdata := filepath.Join("..", "..", "app", "checker", "testdata")
	for _, p := range []string{"holdout", "dev-unsure", "fresh1[5-6]"} {
		if _, err := trainDrafts(testdata, []string{p}); err == nil {
			t.Errorf("training on %s should be refused", p)
		}
	}
	if _, err := checker.TrainModel([]checker.Sentence{{Text: "I'm sorry.", Parts: []string{"ownership"}, Lacks: []string{"remedy"}}}, checker.DefaultTrainOptions); err == nil {
		t.Error("a draft that lacks parts cannot also carry some")
	}
}
