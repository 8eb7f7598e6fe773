// Command train fits the apology checker's part classifier to the labelled
// sentences in content/checker/training and to the labelled drafts of the
// train sets in app/checker/testdata (see trainSets), and writes the model
// the checker embeds, content/checker/parts.model. The same data give the
// same bytes on every run (`make train`; a test in this folder checks it).
//
// Usage:
//
//	go run ./cmd/train                 train and write the model
//	go run ./cmd/train -cv 5           5-fold cross-validation: per part, how well
//	                                   sentences held out of training are read
//	go run ./cmd/train -sweep          per part and threshold, how many drafts of the
//	                                   sweep sets the committed model would call
//	                                   missing rightly and wrongly, and the
//	                                   thresholds to commit in DefaultTrainOptions
//	go run ./cmd/train -harms          train the harm classifier on the sentences in
//	                                   content/checker/training-harms and on every
//	                                   sentence of the good apologies (id good-…) of
//	                                   the labelled drafts in app/checker/testdata
//	                                   but the held-out set (or those -good names),
//	                                   and write content/checker/harms.model
package main

import (
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
	sweep := fs.Bool("sweep", false, "sweep the \"unsure\" thresholds on the sweep sets instead of writing the model")
	testdata := fs.String("testdata", filepath.Join("app", "checker", "testdata"), "folder of the labelled draft sets")
	draftSets := fs.String("drafts", strings.Join(trainSets, ","), "comma-separated labelled draft sets (glob patterns, in -testdata) to train on as well")
	harms := fs.Bool("harms", false, "train the harm classifier instead (default -data content/checker/training-harms, -out content/checker/harms.model)")
	good := fs.String("good", "", "with -harms: comma-separated labelled draft files whose good apologies' sentences carry no harm (default: every set in app/checker/testdata but the held-out one)")
	opt := checker.DefaultTrainOptions
	fs.Float64Var(&opt.L2, "l2", opt.L2, "weight decay (with -cv, to compare settings)")
	fs.IntVar(&opt.Epochs, "epochs", opt.Epochs, "passes over the data (with -cv, to compare settings)")
	fs.Float64Var(&opt.Temperature, "temperature", opt.Temperature, "divides weights (with -cv, to compare settings)")
	fs.IntVar(&opt.MinCount, "mincount", opt.MinCount, "sentences a feature needs (with -cv, to compare settings)")
	fs.IntVar(&opt.MinWeight, "minweight", opt.MinWeight, "smallest quantised weight kept (with -cv, to compare settings)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if !*cvSet(fs) && !*sweep && opt != checker.DefaultTrainOptions {
		fmt.Fprintln(stderr, "train: -l2 and -epochs are for -cv; the model is always trained with the defaults")
		return 2
	}
	if *harms {
		return trainHarms(fs, *data, *out, *testdata, *good, stdout, stderr)
	}
	sents, err := trainingData(*data, *testdata, strings.Split(*draftSets, ","))
	if err != nil {
		fmt.Fprintf(stderr, "train: %v\n", err)
		return 1
	}
	if *sweep {
		files, err := setFiles(*testdata, sweepSets)
		if err == nil {
			_, err = sweepThresholds(stdout, *out, sents, files)
		}
		if err != nil {
			fmt.Fprintf(stderr, "train: %v\n", err)
			return 1
		}
		return 0
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

// load reads every *.jsonl file of part-labelled sentences in dir, in
// name order.
func load(dir string) ([]checker.Sentence, error) {
	return loadJSONL[checker.Sentence](dir)
}

// loadJSONL reads every *.jsonl file in dir, in name order, one T per
// non-blank line.
func loadJSONL[T any](dir string) ([]T, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no *.jsonl files in %s", dir)
	}
	slices.Sort(names)
	var all []T
	for _, name := range names {
		items, err := readJSONL[T](name)
		if err != nil {
			return nil, err
		}
		all = append(all, items...)
	}
	return all, nil
}

// trainingData is what the model is trained on: the labelled sentences in
// dataDir, then the labelled drafts of the sets in testdata that match
// patterns.
func trainingData(dataDir, testdata string, patterns []string) ([]checker.Sentence, error) {
	sents, err := load(dataDir)
	if err != nil {
		return nil, err
	}
	drafts, err := trainDrafts(testdata, patterns)
	return append(sents, drafts...), err
}

// sweepSets are the labelled draft sets the "unsure" thresholds are swept
// on; trainSets are those whose drafts are trained on (see
// checker.Sentence: the parts a draft is labelled as lacking, and those it
// is labelled as having). Both are glob patterns of set names. The two
// never share a set, so that the sweep reads drafts the model was not
// fitted to, and neither is ever the held-out set. fresh21 and later are
// in neither: written after this model and its thresholds were chosen,
// they measured how both carry over to drafts neither was fitted to.
var (
	sweepSets = []string{"corpus", "tuning", "dev-parts", "dev-unsure", "fresh1[5-9]", "fresh20"}
	trainSets = []string{"dev-parts[2-9]", "fresh[7-9]", "fresh1[0-4]"}
)

// setFiles returns the files of the labelled draft sets in dir whose
// names match patterns, in name order.
func setFiles(dir string, patterns []string) ([]string, error) {
	var names []string
	for _, p := range patterns {
		if p == "" {
			continue
		}
		m, err := filepath.Glob(filepath.Join(dir, p+".jsonl"))
		if err != nil {
			return nil, err
		}
		names = append(names, m...)
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}

// inSets reports whether the labelled draft file name is of a set that
// matches one of patterns.
func inSets(name string, patterns []string) bool {
	set := strings.TrimSuffix(filepath.Base(name), ".jsonl")
	return slices.ContainsFunc(patterns, func(p string) bool {
		ok, _ := filepath.Match(p, set)
		return ok
	})
}

// trainDrafts reads the drafts of the sets matching patterns in dir that
// are labelled for a part (and not read as typed), in name order, as the
// trainer takes them: the parts each lacks and those it has.
func trainDrafts(dir string, patterns []string) ([]checker.Sentence, error) {
	names, err := setFiles(dir, patterns)
	if err != nil {
		return nil, err
	}
	var out []checker.Sentence
	for _, name := range names {
		if strings.Contains(name, "holdout") || inSets(name, sweepSets) {
			return nil, fmt.Errorf("%s: the held-out set and the sets the thresholds are swept on are never trained on", name)
		}
		drafts, err := readJSONL[labelled](name)
		if err != nil {
			return nil, err
		}
		for _, d := range drafts {
			// A part the draft must raise is one it lacks.
			s := checker.Sentence{Text: d.Text}
			if s.Lacks, s.Has = d.labels(checker.Components); len(s.Lacks)+len(s.Has) > 0 && !d.Typing {
				out = append(out, s)
			}
		}
	}
	return out, nil
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
		train, test := fold(sents, folds, f)
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

// labels returns the categories of cats the draft must raise and those
// it must not, each in the order of cats; a category in neither list is
// in neither.
func (d labelled) labels(cats []string) (raised, quiet []string) {
	for _, c := range cats {
		switch {
		case slices.Contains(d.ExpectPresent, c):
			raised = append(raised, c)
		case slices.Contains(d.ExpectAbsent, c):
			quiet = append(quiet, c)
		}
	}
	return raised, quiet
}

// readJSONL reads a file of one JSON value per non-blank line (labelled
// sentences or labelled drafts), naming the file and line in any error.
func readJSONL[T any](name string) ([]T, error) {
	text, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []T
	for n, line := range bytes.Split(text, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n+1, err)
		}
		out = append(out, v)
	}
	return out, nil
}

// sweep is what one "unsure" threshold does to one part.
type sweep struct {
	absentMissing, absentUnsure, absentPresent int // drafts labelled as lacking the part
	falseMissing, presentUnsure                int // drafts labelled as having it
	otherUnsure                                int // drafts not labelled for it
	goodMissing                                int // good apologies (id good-…) told it is missing
	cvLost                                     int // carrying sentences read below it out of fold
	cost                                       int
}

// The costs of the errors, against 1 for asking "did you…?" about a part
// of a draft not labelled for it: telling a draft that has the part that
// it is missing breaks trust in the checker, the worst error, and worse
// still on a good apology (id good-…), whose writer did everything asked
// (goodMissingCost is on top of falseMissingCost); asking about a part the
// labels say is plainly absent hides that it is missing.
const (
	falseMissingCost = 10
	goodMissingCost  = 20
	absentUnsureCost = 2
)

// sweepThresholds reads labelled drafts with the model at modelPath and,
// per part and per "unsure" threshold (below it a part the rules did not
// find is missing), counts both errors: drafts labelled as having the part
// that would be told it is missing, and drafts labelled as lacking it that
// would only be asked about it. It also counts the training sentences that
// carry the part but, read by a model that did not see them (5-fold
// cross-validation), fall below the threshold. It prints each part's
// cheapest threshold (see the costs above; "unsure" on a draft not
// labelled for the part costs 1, as "not sure" should be uncommon), never
// one that loses more carrying sentences than the lowest does plus 1%;
// on a tie the lower threshold wins, as it tells fewer drafts a part is
// missing.
//
// A rule that no threshold may tell any good apology a part is missing
// when the lowest does not, or come within 2.5 times of a good apology's
// weakest reading, made the thresholds hang on a single draft: with
// fresh15–fresh18 swept on as well, each retraining moved them by up to
// 0.2, and the lowest ones left most absent remedies and commitments
// "unsure". The costs weigh the good apologies instead.
func sweepThresholds(w io.Writer, modelPath string, train []checker.Sentence, files []string) ([]float64, error) {
	b, err := os.ReadFile(modelPath)
	if err != nil {
		return nil, err
	}
	m, err := checker.LoadPartModel(b)
	if err != nil {
		return nil, err
	}
	opt := checker.DefaultTrainOptions
	var drafts []labelled
	for _, name := range files {
		if strings.Contains(name, "holdout") {
			return nil, fmt.Errorf("%s: the held-out set is never tuned on", name)
		}
		all, err := readJSONL[labelled](name)
		if err != nil {
			return nil, err
		}
		for _, d := range all {
			if d.Typing || strings.TrimSpace(d.Text) == "" {
				continue // nothing is reported missing while typing, or with no words
			}
			drafts = append(drafts, d)
		}
	}
	reads := make([]checker.Reading, len(drafts))
	for i, d := range drafts {
		reads[i] = m.Read(d.Text)
	}
	cv, err := outOfFold(train, 5, opt)
	if err != nil {
		return nil, err
	}
	var thresholds []float64
	for t := 0.02; t < 0.505; t += 0.01 {
		thresholds = append(thresholds, math.Round(t*100)/100)
	}
	fmt.Fprintf(w, "%d drafts, %d training sentences out of fold; per part, the thresholds up to its present threshold\n", len(drafts), len(cv))
	fmt.Fprintf(w, "%-12s %6s  %-24s %-17s %6s %6s %5s\n", "part", "unsure", "absent: missing/unsure/present", "present: missing/unsure good", "other unsure", "cvlost", "cost")
	picked := make([]float64, len(checker.Components))
	for k, part := range checker.Components {
		var best sweep
		bestT, floor := -1.0, -1
		for _, t := range thresholds {
			if t >= opt.Present[k] {
				break
			}
			var s sweep
			for i, d := range drafts {
				state := reads[i].State(k, t, opt.Present[k])
				switch {
				case slices.Contains(d.ExpectPresent, part):
					switch state {
					case checker.StateMissing:
						s.absentMissing++
					case checker.StateUnsure:
						s.absentUnsure++
					default:
						s.absentPresent++
					}
				case slices.Contains(d.ExpectAbsent, part):
					switch state {
					case checker.StateMissing:
						s.falseMissing++
						if strings.HasPrefix(d.ID, "good-") {
							s.goodMissing++
						}
					case checker.StateUnsure:
						s.presentUnsure++
					}
				case state == checker.StateUnsure:
					s.otherUnsure++
				}
			}
			for _, c := range cv {
				if c.carries[k] && !c.read.Rules[k] && c.read.Prob[k] < t {
					s.cvLost++
				}
			}
			s.cost = falseMissingCost*s.falseMissing + goodMissingCost*s.goodMissing + absentUnsureCost*s.absentUnsure + s.otherUnsure
			if floor < 0 {
				floor = s.cvLost
			}
			mark := ""
			if s.cvLost > floor+len(cv)/100 {
				mark = " (loses too many)"
			} else if bestT < 0 || s.cost < best.cost {
				best, bestT = s, t
			}
			fmt.Fprintf(w, "%-12s %6.2f  %8d/%d/%-13d %8d/%-8d %4d %6d %6d %5d%s\n", part, t, s.absentMissing, s.absentUnsure, s.absentPresent, s.falseMissing, s.presentUnsure, s.goodMissing, s.otherUnsure, s.cvLost, s.cost, mark)
		}
		picked[k] = bestT
		fmt.Fprintf(w, "%-12s best %.2f: cost %d, %d false missing (%d good), %d unsure on absent parts, %d on others\n\n", part, bestT, best.cost, best.falseMissing, best.goodMissing, best.absentUnsure, best.otherUnsure+best.presentUnsure)
	}
	return picked, nil
}

// folded is a training sentence read by a model trained without it.
type folded struct {
	read    checker.Reading
	carries [5]bool
}

// outOfFold reads every training sentence in dir with a model trained on
// the other folds.
func outOfFold(sents []checker.Sentence, folds int, opt checker.TrainOptions) ([]folded, error) {
	out := make([]folded, 0, len(sents))
	for f := 0; f < folds; f++ {
		train, test := fold(sents, folds, f)
		b, err := checker.TrainModel(train, opt)
		if err != nil {
			return nil, err
		}
		m, err := checker.LoadPartModel(b)
		if err != nil {
			return nil, err
		}
		for _, s := range test {
			c := folded{read: m.Read(s.Text)}
			for k, part := range checker.Components {
				c.carries[k] = slices.Contains(s.Parts, part)
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// fold splits sents for fold f of folds: every folds-th sentence, from the
// f-th, is held out for testing and the rest train.
func fold(sents []checker.Sentence, folds, f int) (train, test []checker.Sentence) {
	for i, s := range sents {
		if i%folds == f && len(s.Lacks)+len(s.Has) == 0 {
			test = append(test, s)
		} else {
			train = append(train, s)
		}
	}
	return train, test
}

// trainHarms trains the harm classifier on the labelled sentences in data
// and on the sentences of the good apologies in the files named by good,
// and writes the model to out (by default content/checker/harms.model).
func trainHarms(fs *flag.FlagSet, data, out, testdata, good string, stdout, stderr io.Writer) int {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if !given["data"] {
		data = "content/checker/training-harms"
	}
	if !given["out"] {
		out = "content/checker/harms.model"
	}
	b, n, err := harmModel(data, testdata, good)
	if err == nil {
		err = os.WriteFile(out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "train: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "trained the harm classifier on %d sentences; wrote %s (%d bytes)\n", n, out, len(b))
	return 0
}

// harmModel trains the harm classifier on the sentences in the folder data
// and on the labelled drafts in the files good names (comma-separated;
// every set in testdata but the held-out one when empty), but the
// held-back sets. It returns the model and how many examples it learned
// from.
func harmModel(data, testdata, good string) ([]byte, int, error) {
	sents, err := loadJSONL[checker.HarmSentence](data)
	if err != nil {
		return nil, 0, err
	}
	files := strings.Split(good, ",")
	if good == "" {
		if files, err = setFiles(testdata, []string{"*"}); err != nil {
			return nil, 0, err
		}
		files = slices.DeleteFunc(files, func(n string) bool { return strings.Contains(n, "holdout") })
	}
	files = slices.DeleteFunc(files, func(name string) bool { return inSets(name, harmHeldBack) })
	goods, drafts, err := harmExamples(files)
	if err != nil {
		return nil, 0, err
	}
	sents = append(append(sents, goods...), drafts...)
	b, err := checker.TrainHarmModel(sents, checker.HarmOptions())
	return b, len(sents), err
}

// harmHeldBack are the labelled sets the harm classifier does not learn
// from, neither their drafts nor the sentences of their good apologies:
// its bars are chosen on fresh25 and fresh26, and its bar for a sentence
// further from the apology on those and fresh29 (harmBarSets and
// lateBarSets in app/checker), and the other later sets measure it.
var harmHeldBack = []string{"fresh2[5-9]", "fresh[3-9][0-9]"}

// harmExamples reads the labelled draft files once each and returns
// every sentence of their good apologies (id good-…), as sentences that
// carry no harm, and the drafts labelled for a harm the classifier reads.
func harmExamples(files []string) (goods, drafts []checker.HarmSentence, err error) {
	for _, name := range files {
		if strings.Contains(name, "holdout") {
			return nil, nil, fmt.Errorf("%s: the held-out set is never trained on", name)
		}
		all, err := readJSONL[labelled](name)
		if err != nil {
			return nil, nil, err
		}
		for _, d := range all {
			if strings.HasPrefix(d.ID, "good-") {
				for _, s := range checker.SentencesOf(d.Text) {
					goods = append(goods, checker.HarmSentence{Text: s})
				}
			}
			// A harm the draft must raise is one it has.
			h := checker.HarmSentence{Text: d.Text}
			if h.Has, h.Lacks = d.labels(checker.HarmCategories()); len(h.Lacks)+len(h.Has) > 0 && !d.Typing {
				drafts = append(drafts, h)
			}
		}
	}
	return goods, drafts, nil
}
