package checker

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// Sentence is one labelled training example for the part classifier: a
// sentence (or a few) and the parts of an apology it carries.
//
// With Lacks or Has, Text is instead a whole draft labelled as lacking
// the parts in Lacks and carrying those in Has, and Parts must be empty.
// Each of its sentences and clauses, read as Check reads the draft, is an
// example of text that carries none of the parts in Lacks. For each part
// in Has, at least one of them carries it, which one unsaid: training
// raises the chance that one does (a noisy-or over the sentences),
// lifting each in proportion to how likely it already is to carry it,
// while the drafts without the part hold down the kinds of sentence both
// share. A draft teaches nothing of the parts in neither list, nor of a
// part in a sentence the rules keep the classifier from reading it in.
type Sentence struct {
	Text  string   `json:"text"`
	Parts []string `json:"parts"`
	Lacks []string `json:"lacks,omitempty"`
	Has   []string `json:"has,omitempty"`
	// harms: a draft read as the harm classifier reads it, only the
	// sentences that say sorry or stand beside one, with no part rules
	// keeping it from any.
	harms bool
}

// TrainOptions set the training run. The zero value is not useful; start
// from DefaultTrainOptions.
type TrainOptions struct {
	Epochs   int     // passes over the data
	Rate     float64 // the first step size
	L2       float64 // weight decay on the weights a step touches
	MinCount int     // a feature needs this many sentences to get a weight
	// MinWeight drops a feature whose largest quantised weight (out of
	// 127) is smaller, to keep the model small.
	MinWeight int
	Seed      uint64 // fixes the order of the passes
	// Runs is how many fits, each with its own order of passes (seeds
	// Seed, Seed+1, …), are averaged into the model. One fit's weights
	// hang on its order: another seed moved the dev sets by up to 45
	// drafts and the swept thresholds by up to 0.14, so any change to the
	// training data was judged against that noise. The average of several
	// is close to where they all head and moves little when the data
	// moves a little.
	Runs int
	// HashBits is how many top bits of a feature's hash the model keeps
	// as its bucket.
	HashBits int
	// Temperature divides every weight and bias, so probabilities are
	// less extreme: the fitted weights are sure of themselves on sentences
	// like the training ones, and too sure on new ones. cmd/train -cv
	// prints the held-out log loss to choose it by.
	Temperature float64
	// Unsure and Present are the probability thresholds stored with the
	// model, per part in the order of Components.
	Unsure, Present [numParts]float64
}

// DefaultTrainOptions is what `make train` uses. The "unsure" thresholds
// are the ones cmd/train -sweep picks. The "present" ones are set by
// hand; remedy's is 0.5 since the model learns from drafts that have a
// remedy without saying which sentence carries it (see Sentence), which
// lifts remedy on the sentences beside one, such as what the act did to
// the reader ("I know you had to do it all alone", 0.43): at 0.2 such a
// sentence alone read as an offer.
var DefaultTrainOptions = TrainOptions{
	Epochs: 30, Rate: 0.2, L2: 1e-4, MinCount: 4, Seed: 20261206, Runs: 16, Temperature: 1.5, HashBits: 18, MinWeight: 12,
	Unsure:  [numParts]float64{0.29, 0.07, 0.23, 0.23, 0.30},
	Present: [numParts]float64{0.3, 0.5, 0.25, 0.5, 0.5},
}

// example is a sentence as the trainer sees it: its feature hashes mapped
// to dense indexes, its labels as bits in Components order, and which
// parts it teaches (bit k: part k; all of them for a labelled sentence).
// An example with a bag is instead the sentences of a draft that carries
// part bagPart.
type example struct {
	feats   []int32
	labels  uint8
	known   uint8
	bag     [][]int32
	bagPart int
}

// partBits turns part names into label bits.
func partBits(parts []string) (uint8, error) {
	var b uint8
	for _, p := range parts {
		k := slices.Index(Components, p)
		if k < 0 {
			return 0, fmt.Errorf("unknown part %q", p)
		}
		b |= 1 << k
	}
	return b, nil
}

// textFeatures returns the classifier's feature hashes for a text, all its
// sentences together, read the same way Check reads a draft.
func textFeatures(text string) []uint32 {
	var out []uint32
	for _, f := range analyzeFor(rulesAlone(), text, readFeats|readSettled).feats {
		out = append(out, f...)
	}
	return out
}

// draftFeatures returns the feature hashes of each sentence of a draft
// the classifier reads, then of each clause of a long sentence it also
// reads on its own, with the parts the rules keep it from reading in each.
func draftFeatures(text string) ([][]uint32, []uint8) {
	a := analyzeFor(rulesAlone(), text, readFeats|readSettled)
	return append(a.feats, a.chunkFeats...), append(a.featsBlocked, a.chunkBlocked...)
}

const allParts = 1<<numParts - 1

// TrainModel trains the part classifier and returns the model file. The
// same examples and options give the same bytes on every run.
func TrainModel(data []Sentence, opt TrainOptions) ([]byte, error) {
	index := map[uint32]int32{}
	var hashes []uint32
	var counts []int
	dense := func(hs []uint32) []int32 {
		out := make([]int32, 0, len(hs))
		seen := map[int32]bool{}
		for _, h := range hs {
			j, ok := index[h]
			if !ok {
				j = int32(len(hashes))
				index[h] = j
				hashes, counts = append(hashes, h), append(counts, 0)
			}
			if !seen[j] {
				seen[j] = true
				counts[j]++
			}
			out = append(out, j)
		}
		return out
	}
	exs := make([]example, 0, len(data))
	for i, s := range data {
		var bits [3]uint8
		for j, parts := range [][]string{s.Parts, s.Lacks, s.Has} {
			b, err := partBits(parts)
			if err != nil {
				return nil, fmt.Errorf("example %d: %w", i+1, err)
			}
			bits[j] = b
		}
		carries, lacks, has := bits[0], bits[1], bits[2]
		if lacks|has == 0 {
			exs = append(exs, example{feats: dense(textFeatures(s.Text)), labels: carries, known: allParts})
			continue
		}
		if carries != 0 || lacks&has != 0 {
			return nil, fmt.Errorf("example %d: a draft's parts go in lacks or has, each part once", i+1)
		}
		var sents [][]uint32
		var blocked []uint8
		if s.harms {
			sents = analyzeFor(rulesAlone(), s.Text, readFeats|readSettled).harmFeats
			blocked = make([]uint8, len(sents))
		} else {
			sents, blocked = draftFeatures(s.Text)
		}
		feats := make([][]int32, len(sents))
		for j, hs := range sents {
			feats[j] = dense(hs)
			if known := lacks &^ blocked[j]; known != 0 {
				exs = append(exs, example{feats: feats[j], known: known})
			}
		}
		for k := range numParts {
			if has>>k&1 == 0 {
				continue
			}
			var bag [][]int32
			for j := range feats {
				if blocked[j]>>k&1 == 0 {
					bag = append(bag, feats[j])
				}
			}
			if bag != nil {
				exs = append(exs, example{bag: bag, bagPart: k})
			}
		}
	}
	w, bias := fitRuns(exs, len(hashes), counts, opt)
	return encodeModel(hashes, counts, w, bias, opt), nil
}

// fitRuns averages the weights of opt.Runs fits (at least one), each
// with its own seed.
func fitRuns(exs []example, nfeat int, counts []int, opt TrainOptions) ([]float64, [numParts]float64) {
	runs := max(1, opt.Runs)
	var w []float64
	var bias [numParts]float64
	for r := range runs {
		o := opt
		o.Seed += uint64(r)
		wr, br := fit(exs, nfeat, counts, o)
		if w == nil {
			w = wr
		} else {
			for i := range w {
				w[i] += wr[i]
			}
		}
		for k := range bias {
			bias[k] += br[k]
		}
	}
	if runs > 1 {
		for i := range w {
			w[i] /= float64(runs)
		}
		for k := range bias {
			bias[k] /= float64(runs)
		}
	}
	return w, bias
}

// fit runs stochastic gradient descent on the logistic loss of each part,
// and for a bag on the loss of the noisy-or of its sentences. w holds a
// feature's five weights together. Products are converted explicitly so
// no platform fuses them and the result stays the same everywhere.
func fit(exs []example, nfeat int, counts []int, opt TrainOptions) ([]float64, [numParts]float64) {
	w := make([]float64, nfeat*numParts)
	var bias [numParts]float64
	z := func(feats []int32, k int) float64 {
		z := bias[k]
		for _, f := range feats {
			if counts[f] >= opt.MinCount {
				z += w[int(f)*numParts+k]
			}
		}
		return z
	}
	// step moves part k's bias and the weights of feats against a
	// gradient g of the loss at their sum.
	step := func(feats []int32, k int, g, rate float64) {
		st := float64(rate * g)
		bias[k] -= st
		for _, f := range feats {
			if counts[f] < opt.MinCount {
				continue
			}
			p := int(f)*numParts + k
			w[p] -= st + float64(rate*float64(opt.L2*w[p]))
		}
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var probs []float64
	rng := opt.Seed | 1
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		for i := len(order) - 1; i > 0; i-- { // Fisher–Yates with a fixed xorshift
			rng ^= rng << 13
			rng ^= rng >> 7
			rng ^= rng << 17
			j := int(rng % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		rate := opt.Rate / (1 + float64(epoch)*0.2)
		for _, ei := range order {
			ex := exs[ei]
			if ex.bag != nil {
				// The bag's loss is -log(1 - q), q the chance that no
				// sentence carries the part: each sentence is pushed up
				// in proportion to how likely it already is to carry it.
				k, q := ex.bagPart, 1.0
				probs = probs[:0]
				for _, feats := range ex.bag {
					p := sigmoid(z(feats, k))
					probs = append(probs, p)
					q = float64(q * (1 - p))
				}
				for j, feats := range ex.bag {
					step(feats, k, -float64(q*probs[j])/max(1-q, 1e-9), rate)
				}
				continue
			}
			for k := 0; k < numParts; k++ {
				if ex.known>>k&1 != 0 {
					step(ex.feats, k, sigmoid(z(ex.feats, k))-float64(ex.labels>>k&1), rate)
				}
			}
		}
	}
	return w, bias
}

// encodeModel quantises the weights to int8 per part and writes the model
// file described in model.go, keeping only features with a weight.
func encodeModel(hashes []uint32, counts []int, w []float64, bias [numParts]float64, opt TrainOptions) []byte {
	t := opt.Temperature
	if t <= 0 {
		t = 1
	}
	for k := range bias {
		bias[k] /= t
	}
	var scale [numParts]float64
	for i := range hashes {
		for k := 0; k < numParts; k++ {
			scale[k] = math.Max(scale[k], math.Abs(w[i*numParts+k]))
		}
	}
	for k := range scale {
		scale[k] = float64(float32(scale[k] / 127 / t))
		if scale[k] == 0 {
			scale[k] = 1
		}
	}
	type kept struct {
		hash uint32
		q    [numParts]int8
	}
	bits := min(32, max(8, opt.HashBits))
	var keep []kept
	for i, h := range hashes {
		h >>= 32 - bits
		if counts[i] < opt.MinCount {
			continue
		}
		var q [numParts]int8
		biggest := 0
		for k := 0; k < numParts; k++ {
			v := math.Round(w[i*numParts+k] / t / scale[k])
			q[k] = int8(max(-127, min(127, v)))
			biggest = max(biggest, int(q[k]), -int(q[k]))
		}
		if biggest > 0 && biggest >= opt.MinWeight {
			keep = append(keep, kept{h, q})
		}
	}
	slices.SortFunc(keep, func(a, b kept) int {
		switch {
		case a.hash < b.hash:
			return -1
		case a.hash > b.hash:
			return 1
		}
		return 0
	})
	// Two features with the same hash would be one to the checker: merge them.
	merged := keep[:0]
	for _, x := range keep {
		if n := len(merged); n > 0 && merged[n-1].hash == x.hash {
			for k := range x.q {
				merged[n-1].q[k] = int8(max(-127, min(127, int(merged[n-1].q[k])+int(x.q[k]))))
			}
			continue
		}
		merged = append(merged, x)
	}
	keep = merged
	out := []byte(modelMagic)
	out = binary.AppendUvarint(out, uint64(len(keep)))
	out = append(out, byte(bits))
	for k := 0; k < numParts; k++ {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(scale[k])))
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(bias[k])))
		out = append(out, threshold(opt.Unsure[k]), threshold(opt.Present[k]))
	}
	var last uint32
	for _, x := range keep {
		out = binary.AppendUvarint(out, uint64(x.hash-last))
		last = x.hash
	}
	for k := 0; k < numParts; k++ {
		for _, x := range keep {
			out = append(out, byte(x.q[k]))
		}
	}
	return out
}

func threshold(p float64) byte {
	return byte(math.Round(max(0, min(1, p)) * 255))
}

// HarmSentence is one labelled training example for the harm classifier:
// a sentence and the harms in harmSlots it carries (none for most).
type HarmSentence struct {
	Text  string   `json:"text"`
	Harms []string `json:"harms"`
	// Lacks and Has make Text a labelled draft (see Sentence), of harms.
	Lacks, Has []string
}

// harmBars is how sure the harm classifier must be to raise a harm no
// rule raised, per output in harmSlots. Each is the lowest bar, but not
// under 0.8, at which the classifier raises that harm on no good apology
// of fresh25 and fresh26, which it is not trained on
// (TestHarmBarsAreTheLowestQuietOnes recomputes them). One bar for all
// five, set by the surest of them, cost the other four what one harm's
// near misses need: with the late lines of round 4 learnt, blame read
// 0.89 on a good apology and every harm went to 0.9 (1,290 of the 1,601
// drafts of fresh25-30 fully right), against 1,289 this way.
var harmBars = [numParts]float64{0.8, 0.9, 0.9, 0.8, 0.8}

// HarmOptions are what `make train` uses for the harm classifier: the
// part classifier's settings with the harm bars.
func HarmOptions() TrainOptions {
	o := DefaultTrainOptions
	o.Unsure, o.Present = harmBars, harmBars
	return o
}

// HarmCategories are the harms the harm classifier reads, in the order
// of its outputs.
func HarmCategories() []string { return harmSlots[:] }

// TrainHarmModel trains the harm classifier and returns its model file, in
// the part model's format with one output per harm in harmSlots.
func TrainHarmModel(data []HarmSentence, opt TrainOptions) ([]byte, error) {
	// asParts puts each harm in the output slot the part trainer fills:
	// harmSlots[k] in Components[k]'s.
	asParts := func(harms []string) ([]string, error) {
		var out []string
		for _, x := range harms {
			k := slices.Index(harmSlots[:], x)
			if k < 0 {
				return nil, fmt.Errorf("unknown harm %q (the classifier reads %v)", x, harmSlots)
			}
			out = append(out, Components[k])
		}
		return out, nil
	}
	sents := make([]Sentence, len(data))
	for i, h := range data {
		s := Sentence{Text: h.Text, harms: len(h.Lacks)+len(h.Has) > 0}
		for _, f := range [...]struct {
			to   *[]string
			from []string
		}{{&s.Parts, h.Harms}, {&s.Lacks, h.Lacks}, {&s.Has, h.Has}} {
			var err error
			if *f.to, err = asParts(f.from); err != nil {
				return nil, fmt.Errorf("example %d: %w", i+1, err)
			}
		}
		sents[i] = s
	}
	return TrainModel(sents, opt)
}

// SentencesOf splits a text into its sentences as the checker reads them,
// for cmd/train to learn from the sentences of good apologies.
func SentencesOf(text string) []string {
	a := analyzeFor(rulesAlone(), text, readSettled)
	defer a.recycle()
	var out []string
	for _, s := range a.sents {
		if s.to > s.from {
			out = append(out, text[a.toks[s.from].start:a.toks[s.to-1].end])
		}
	}
	return out
}
