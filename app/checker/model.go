package checker

import (
	"encoding/binary"
	"errors"
	"math"
)

// model is the part classifier: for each of the five parts, a logistic
// regression over a sentence's hashed features. It is read straight from
// the embedded bytes (content/checker/parts.model), which cmd/train writes:
//
//	"MPM2"                   magic
//	uvarint n                how many feature buckets have weights
//	uint8 bits               a feature's bucket is the top bits of its hash
//	per part (5): float32 scale, float32 bias, uint8 unsure, uint8 present
//	n × uvarint              the buckets, sorted, each as the gap from the one before
//	5 × n × int8             the weights, one part's after another; weight = q × scale
//
// Keeping only the top bits of each hash (and the gaps between them) makes
// the model a third of the size it was with whole hashes; two trained
// features that share a bucket share a weight, which cross-validation
// shows costs nothing.
//
// A part's probability in a sentence is σ(bias + Σ weights of its
// features). At or above present/255 the part is there; from unsure/255
// the sentence may carry it, and the part is "not sure".
type model struct {
	n       int
	scale   [numParts]float32
	bias    [numParts]float32
	unsure  [numParts]float64
	present [numParts]float64
	bits    uint32   // a feature's bucket is its hash >> (32 - bits)
	hashes  []uint32 // the buckets, sorted
	// weights holds each bucket's numParts weights side by side (bucket
	// i's are weights[i*numParts : (i+1)*numParts]), so score reads one
	// place per feature; the file keeps each part's weights together.
	weights []byte
	// table finds a hash's index quickly: open addressing, a power of two
	// long, each slot index+1 (0 is empty).
	table []int32
	shift uint32
}

const numParts = 5

const modelMagic = "MPM2"

func parseModel(b []byte) (*model, error) {
	if len(b) < len(modelMagic) || string(b[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("not a part model")
	}
	p := len(modelMagic)
	n, w := binary.Uvarint(b[p:])
	if w <= 0 || n > uint64(len(b)) {
		return nil, errors.New("part model has a bad length")
	}
	p += w
	if len(b) < p+1+numParts*10 {
		return nil, errors.New("part model is cut short")
	}
	m := &model{n: int(n), bits: uint32(b[p])}
	if m.bits < 8 || m.bits > 32 {
		return nil, errors.New("part model has a bad bucket size")
	}
	p++
	for k := 0; k < numParts; k++ {
		m.scale[k] = math.Float32frombits(binary.LittleEndian.Uint32(b[p:]))
		m.bias[k] = math.Float32frombits(binary.LittleEndian.Uint32(b[p+4:]))
		m.unsure[k] = float64(b[p+8]) / 255
		m.present[k] = float64(b[p+9]) / 255
		if !finite(m.scale[k]) || !finite(m.bias[k]) {
			return nil, errors.New("part model has a weight that is not a number")
		}
		p += 10
	}
	m.hashes = make([]uint32, m.n)
	var key uint64
	for i := range m.hashes {
		gap, w := binary.Uvarint(b[p:])
		if w <= 0 || (i > 0 && gap == 0) {
			return nil, errors.New("part model buckets are not sorted")
		}
		p += w
		key += gap
		if key >= 1<<m.bits {
			return nil, errors.New("part model has a bucket out of range")
		}
		m.hashes[i] = uint32(key)
	}
	if len(b) != p+m.n*numParts {
		return nil, errors.New("part model has the wrong length")
	}
	m.weights = make([]byte, m.n*numParts)
	for k := range numParts {
		for i, w := range b[p+k*m.n : p+(k+1)*m.n] {
			m.weights[i*numParts+k] = w
		}
	}
	size, shift := 1<<4, uint32(28)
	for size < 2*m.n {
		size, shift = size<<1, shift-1
	}
	m.table, m.shift = make([]int32, size), shift
	for i, h := range m.hashes {
		j := m.slot(h)
		for m.table[j] != 0 {
			j = (j + 1) & (len(m.table) - 1)
		}
		m.table[j] = int32(i + 1)
	}
	return m, nil
}

// slot is where a hash's search in the table starts.
func (m *model) slot(h uint32) int { return int((h * 2654435769) >> m.shift) }

// find returns the index of a feature hash's bucket, or -1.
func (m *model) find(h uint32) int {
	h >>= 32 - m.bits
	for j := m.slot(h); ; j = (j + 1) & (len(m.table) - 1) {
		i := m.table[j]
		if i == 0 {
			return -1
		}
		if m.hashes[i-1] == h {
			return int(i - 1)
		}
	}
}

// score returns each part's probability for one sentence's features.
func (m *model) score(feats []uint32) [numParts]float64 {
	var sum [numParts]int32
	for _, h := range feats {
		i := m.find(h)
		if i < 0 {
			continue
		}
		w := m.weights[i*numParts : (i+1)*numParts : (i+1)*numParts]
		for k := range sum {
			sum[k] += int32(int8(w[k]))
		}
	}
	var p [numParts]float64
	for k := range p {
		p[k] = sigmoid(float64(m.bias[k]) + float64(sum[k])*float64(m.scale[k]))
	}
	return p
}

func finite(f float32) bool {
	x := float64(f)
	return !math.IsNaN(x) && !math.IsInf(x, 0) && math.Abs(x) < 1e6
}

func sigmoid(x float64) float64 {
	return 1 / (1 + math.Exp(-x))
}

// PartModel is a trained part classifier, for cmd/train's evaluation.
type PartModel struct{ m *model }

// LoadPartModel reads a model file as cmd/train writes it.
func LoadPartModel(b []byte) (*PartModel, error) {
	m, err := parseModel(b)
	if err != nil {
		return nil, err
	}
	return &PartModel{m}, nil
}

// Reading is how one text reads to the rules and to a model, per part in
// Components order, as the checker decides a part's state.
type Reading struct {
	Rules [numParts]bool // the part's main evidence rule found it
	// Lacks: a rule of the part the classifier cannot stand in for found
	// nothing ("I'm sorry" is not there), so the part is missing whatever
	// the classifier says.
	Lacks [numParts]bool
	// Prob is the highest probability that a sentence its rules allow
	// carries the part (0 when no sentence may).
	Prob [numParts]float64
	// Bare: nothing the draft is built from can carry the part (see
	// structure.go), so only a sure reading keeps it from missing.
	Bare [numParts]bool
}

// Read reads text with the rules and with this model, as CheckFinished
// would with this model.
func (pm *PartModel) Read(text string) Reading {
	rs := *rulesAlone()
	rs.model = pm.m
	a := analyzeFor(&rs, text, readFeats|readSettled)
	var r Reading
	for k, ri := range a.rs.mainRule {
		r.Rules[k] = ri >= 0 && a.found[ri]
		r.Lacks[k] = a.lacks(k)
		if a.partSent[k] >= 0 {
			r.Prob[k] = a.partProb[k]
		}
		r.Bare[k] = a.bare(k)
	}
	return r
}

// State is the part's state in r with the given thresholds.
func (r Reading) State(k int, unsure, present float64) string {
	unsure, present = bareBars(k, r.Bare[k], unsure, present)
	return partState(k, r.Rules[k] && !r.Lacks[k], r.Lacks[k], r.Prob[k], unsure, present)
}
