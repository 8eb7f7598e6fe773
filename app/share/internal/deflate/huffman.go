// Package deflate is a small raw DEFLATE (RFC 1951) compressor and
// decompressor with preset dictionaries, written for share links.
//
// Links are short (a few kilobytes at most) and made one at a time, so the
// compressor spends its effort where compress/flate cannot: it finds every
// match at every position and chooses among them by the bit cost each would
// really have, a few times over (an "optimal parse"). Its output is a
// little smaller than compress/flate's best level on plan text, and the
// package links about a quarter of the code into WebAssembly. Output from
// either opens with the other.
package deflate

import (
	"math/bits"
	"slices"
)

// Alphabet sizes and limits from RFC 1951.
const (
	numLitLen   = 286 // literals 0–255, end of block 256, lengths 257–285
	numDist     = 30
	numCodeLen  = 19
	endOfBlock  = 256
	maxBits     = 15 // longest literal/length or distance code
	maxCodeBits = 7  // longest code-length code
	minMatch    = 3
	maxMatch    = 258
	windowSize  = 1 << 15
)

// Base values and extra bits of the length codes 257–285 and distance codes.
var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	// codeLenOrder is the order code-length code lengths are sent in.
	codeLenOrder = [numCodeLen]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

// lengthCode returns the index (0–28) of the length code for a match of
// n bytes (3–258). Past the first eight, codes come in fours, each four
// with one more extra bit than the last, so the code follows from the
// length's highest bits; 258 has a code of its own (227+31 could also
// spell it).
func lengthCode(n int) int {
	switch v := n - minMatch; {
	case n == maxMatch:
		return 28
	case v < 8:
		return v
	default:
		extra := bits.Len(uint(v)) - 3
		return 4*extra + 4 + v>>extra&3
	}
}

// distCode returns the distance code (0–29) for a distance of 1–32768:
// past the first four, codes come in pairs with one more extra bit each.
func distCode(d int) int {
	v := d - 1
	if v < 4 {
		return v
	}
	extra := bits.Len(uint(v)) - 2
	return 2*extra + 2 + v>>extra&1
}

// codeLengths returns optimal prefix code lengths for the frequencies, none
// longer than limit. Every symbol with a count gets a length; the code is
// always complete (it has at least two symbols, adding a spare one if
// needed), which every inflater accepts.
func codeLengths(freq []int, limit int) []uint8 {
	lens := make([]uint8, len(freq))
	var syms []int
	for s, f := range freq {
		if f > 0 {
			syms = append(syms, s)
		}
	}
	for s := 0; len(syms) < 2; s++ {
		if freq[s] == 0 {
			syms = append(syms, s)
		}
	}
	// Least frequent first; ties by symbol, so the output is deterministic.
	// Sorting keys that pack the count above the symbol (symbols are below
	// 1<<9) uses the plain int sort the app has anyway, and not sort.Slice,
	// which links reflection.
	for i, sym := range syms {
		syms[i] = freq[sym]<<9 | sym
	}
	slices.Sort(syms)
	for i := range syms {
		syms[i] &= 1<<9 - 1
	}

	// Huffman's algorithm with two queues: the sorted leaves, and the
	// internal nodes, which are made in order of weight.
	n := len(syms)
	weight := make([]int, 2*n-1)
	parent := make([]int, 2*n-1)
	for i, s := range syms {
		weight[i] = freq[s]
	}
	leaf, node := 0, n
	pick := func(next int) int {
		if leaf < n && (node >= next || weight[leaf] <= weight[node]) {
			leaf++
			return leaf - 1
		}
		node++
		return node - 1
	}
	for next := n; next < 2*n-1; next++ {
		a, b := pick(next), pick(next)
		weight[next] = weight[a] + weight[b]
		parent[a], parent[b] = next, next
	}
	// Depths, from the root down; count how many leaves have each depth.
	depth := make([]int, 2*n-1)
	var count [64]int
	for i := 2*n - 3; i >= 0; i-- {
		depth[i] = depth[parent[i]] + 1
	}
	for i := 0; i < n; i++ {
		count[depth[i]]++
	}
	// Lengths over the limit: move pairs of leaves up the tree, as in JPEG's
	// Annex K.3, which keeps the code complete.
	for d := len(count) - 1; d > limit; d-- {
		for count[d] > 0 {
			j := d - 2
			for count[j] == 0 {
				j--
			}
			count[d] -= 2
			count[d-1]++
			count[j+1] += 2
			count[j]--
		}
	}
	// The most frequent symbols take the shortest lengths.
	i := n - 1
	for d := 1; d <= limit; d++ {
		for k := 0; k < count[d]; k++ {
			lens[syms[i]] = uint8(d)
			i--
		}
	}
	return lens
}

// canonicalCodes returns the RFC 1951 codes for the lengths, bit-reversed
// for writing least significant bit first.
func canonicalCodes(lens []uint8) []uint16 {
	var count, next [maxBits + 2]int
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	code := 0
	for b := 1; b <= maxBits; b++ {
		code = (code + count[b-1]) << 1
		next[b] = code
	}
	codes := make([]uint16, len(lens))
	for s, l := range lens {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		r := 0
		for k := 0; k < int(l); k++ {
			r = r<<1 | c>>k&1
		}
		codes[s] = uint16(r)
	}
	return codes
}

// fixedLitLens are the literal/length code lengths of the fixed code.
func fixedLitLens() []uint8 {
	lens := make([]uint8, 288)
	for s := range lens {
		switch {
		case s < 144:
			lens[s] = 8
		case s < 256:
			lens[s] = 9
		case s < 280:
			lens[s] = 7
		default:
			lens[s] = 8
		}
	}
	return lens
}

// fixedDistLens are the distance code lengths of the fixed code.
func fixedDistLens() []uint8 {
	lens := make([]uint8, numDist)
	for i := range lens {
		lens[i] = 5
	}
	return lens
}
