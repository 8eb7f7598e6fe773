// Command train fits the apology checker's part classifier to the labelled
// sentences in content/checker/training and writes the model the checker
// embeds, content/checker/parts.model. The same sentences give the same
// bytes on every run (`make train`; a test in this folder checks it).
//
// Usage:
//
//	go run ./cmd/train                 train on every sentence and write the model
//	go run ./cmd/train -cv 5           5-fold cross-validation: per part, how well
//	                                   sentences held out of training are read
//	go run ./cmd/train -sweep a.jsonl,b.jsonl
//	                                   per part and threshold, how many labelled drafts
//	                                   the committed model would call missing rightly
//	                                   and wrongly (never pass the held-out set)
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"mend/app/checker"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "content/checker/training", "folder of *.jsonl labelled sentences")
	out := fs.String("out", "content/checker/parts.model", "where to write the model")
	cv := fs.Int("cv", 0, "cross-validate with this many folds instead of writing the model")
	sweep := fs.String("sweep", "", "comma-separated labelled draft files to sweep the missing threshold on")
	opt := checker.DefaultTrainOptions
	fs.Float64Var(&opt.L2, "l2", opt.L2, "weight decay (with -cv, to compare settings)")
	fs.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the data (with -cv, to compare settings)")
	fs.Float64Var(&opt.Temperature, "temperature", opt.Temperature, "divides weights (with -cv, to compare settings)")
	fs.IntVar(&opt.MinCount, "mincount", opt.MinCount, "sentences a feature needs (with -cv, to compare settings)")
	fs.IntVar(&opt.MinWeight, "minweight", opt.MinWeight, "smallest quantised weight kept (with -cv, to compare settings)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !*cvSet(fs) && *sweep == "" && opt != checker.DefaultTrainOptions {
		fmt.Fprintln(stderr, "train: -l2 and -epochs are for -cv; the model is always trained with the defaults")
		return 2
	}
	if *sweep != "" {
		if err := sweepThresholds(stdout, *out, strings.Split(*sweep, ",")); err != nil {
			fmt.Fprintf(stderr, "train: %v\n", err)
			return 1
		}
		return 0
	}
	sents, err := load(*data)
	if err != nil {
		fmt.Fprintf(stderr, "train: %v\n", err)
		return 1
	}
	if *cv > 1 {
		crossValidate(stdout, sents, *cv, opt)
		return 0
	}
	b, err := checker.TrainModel(sents, checker.DefaultTrainOptions)
	if err != nil {
		fmt.Fprintf(stderr, "train: %v\n", err)
		return 1
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintf(stderr, "train: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "trained on %d sentences; wrote %s (%d bytes)\n", len(sents), *out, len(b))
	return 0
}

// load reads every *.jsonl file in dir, in name order.
func load(dir string) ([]checker.Sentence, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.jsonl files in %s", dir)
	}
	slices.Sort(names)
	var all []checker.Sentence
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for n := 1; sc.Scan(); n++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			var s checker.Sentence
			if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, n, err)
			}
			all = append(all, s)
		}
	}
	return all, nil
}

// crossValidate trains on all folds but one and reads the held-out fold.
// It prints, per part, how well held-out sentences are read by the rules
// alone, the classifier alone, and either of them, at the model's
// "present" threshold; and how many sentences the classifier is unsure of.
func crossValidate(w io.Writer, sents []checker.Sentence, folds int, opt checker.TrainOptions) {
	type tally struct{ tp, fp, fn int }
	var rules, model, either [5]tally
	var unsure, unsureRight [5]int
	var logLoss [5]float64
	n := 0
	count := func(t *tally, got, want bool) {
		switch {
		case got && want:
			t.tp++
		case got:
			t.fp++
		case want:
			t.fn++
		}
	}
	for f := 0; f < folds; f++ {
		var train, test []checker.Sentence
		for i, s := range sents {
			if i%folds == f {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		b, err := checker.TrainModel(train, opt)
		if err != nil {
			fmt.Fprintln(w, err)
			return
		}
		m, err := checker.LoadPartModel(b)
		if err != nil {
			fmt.Fprintln(w, err)
			return
		}
		for _, s := range test {
			r := m.Read(s.Text)
			n++
			for k, part := range checker.Components {
				want := slices.Contains(s.Parts, part)
				clf := r.Prob[k] >= opt.Present[k]
				count(&rules[k], r.Rules[k], want)
				count(&model[k], clf, want)
				p := min(max(r.Prob[k], 1e-6), 1-1e-6)
				if want {
					logLoss[k] -= math.Log(p)
				} else {
					logLoss[k] -= math.Log(1 - p)
				}
				count(&either[k], r.Rules[k] || clf, want)
				if !r.Rules[k] && !clf && r.Prob[k] >= opt.Unsure[k] {
					unsure[k]++
					if want {
						unsureRight[k]++
					}
				}
			}
		}
	}
	prf := func(t tally) string {
		p := float64(t.tp) / float64(max(1, t.tp+t.fp))
		r := float64(t.tp) / float64(max(1, t.tp+t.fn))
		return fmt.Sprintf("%.2f %.2f %.2f", p, r, 2*p*r/max(1e-9, p+r))
	}
	fmt.Fprintf(w, "%d sentences, %d folds; precision recall F1 per reader\n", len(sents), folds)
	fmt.Fprintf(w, "%-12s %-15s %-15s %-15s %-9s %s\n", "part", "rules", "classifier", "either", "log loss", "unsure (of which carry the part)")
	for k, part := range checker.Components {
		fmt.Fprintf(w, "%-12s %-15s %-15s %-15s %-9.3f %d (%d)\n", part, prf(rules[k]), prf(model[k]), prf(either[k]), logLoss[k]/float64(max(1, n)), unsure[k], unsureRight[k])
	}
}

// cvSet reports whether -cv was given.
func cvSet(fs *flag.FlagSet) *bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "cv" })
	return &set
}

// labelled is one labelled draft, as in app/checker/testdata.
type labelled struct {
	ID            string   `json:"id"`
	Text          string   `json:"text"`
	ExpectPresent []string `json:"expect_present"`
	ExpectAbsent  []string `json:"expect_absent"`
	Typing        bool     `json:"typing"`
}

// sweepThresholds reads labelled drafts with the model at modelPath and
// prints, per part and per threshold below which a part the rules did not
// find would be called missing, how many drafts that must show the part
// missing would (right), and how many that must not would (wrong).
func sweepThresholds(w io.Writer, modelPath string, files []string) error {
	b, err := os.ReadFile(modelPath)
	if err != nil {
		return err
	}
	m, err := checker.LoadPartModel(b)
	if err != nil {
		return err
	}
	var drafts []labelled
	for _, name := range files {
		if strings.Contains(name, "holdout") {
			return fmt.Errorf("%s: the held-out set is never tuned on", name)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		for n, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			var d labelled
			if err := json.Unmarshal(line, &d); err != nil {
				return fmt.Errorf("%s:%d: %v", name, n+1, err)
			}
			if d.Typing || strings.TrimSpace(d.Text) == "" {
				continue // nothing is reported missing while typing, or with no words
			}
			drafts = append(drafts, d)
		}
	}
	thresholds := []float64{0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5}
	fmt.Fprintf(w, "%d drafts; per threshold: missing rightly / wrongly\n%-12s %5s %5s", len(drafts), "part", "must", "mustn")
	for _, t := range thresholds {
		fmt.Fprintf(w, " %9.2f", t)
	}
	fmt.Fprintln(w)
	reads := make([]checker.Reading, len(drafts))
	for i, d := range drafts {
		reads[i] = m.Read(d.Text)
	}
	for k, part := range checker.Components {
		must, mustNot := 0, 0
		right, wrong := make([]int, len(thresholds)), make([]int, len(thresholds))
		for i, d := range drafts {
			r := reads[i]
			shouldMiss := slices.Contains(d.ExpectPresent, part)
			mustShow := slices.Contains(d.ExpectAbsent, part)
			if shouldMiss {
				must++
			}
			if mustShow {
				mustNot++
			}
			for j, t := range thresholds {
				missing := !r.Rules[k] && r.Prob[k] < t
				switch {
				case missing && shouldMiss:
					right[j]++
				case missing && mustShow:
					wrong[j]++
				}
			}
		}
		fmt.Fprintf(w, "%-12s %5d %5d", part, must, mustNot)
		for j := range thresholds {
			fmt.Fprintf(w, " %4d/%-4d", right[j], wrong[j])
		}
		fmt.Fprintln(w)
	}
	return nil
}
