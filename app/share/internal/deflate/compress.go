package deflate

import (
	"math"
	"sync"
)

// Search limits. A share link's text is a few kilobytes of prose, where
// chains are short; the limits only matter for pathological text (one
// letter typed ten thousand times), which they keep to milliseconds.
const (
	hashBits = 14
	maxChain = 256 // candidates tried per position
	niceLen  = 128 // a match this long is taken without looking further
	passes   = 2   // rounds of choosing matches by the previous round's costs
)

// match is the closest occurrence of the text at a position for lengths up
// to length: every length from the previous match's + 1 to this one can be
// copied from dist back.
type match struct {
	length, dist uint16
	code         uint8 // the distance code
}

// token is a literal (dist == 0, length is the byte) or a match.
type token struct{ length, dist uint16 }

// Compress returns src as one raw deflate stream: a single final block, which
// starts with the last 32 KiB of dict already in the window.
func Compress(src, dict []byte) []byte {
	if len(dict) > windowSize {
		dict = dict[len(dict)-windowSize:]
	}
	buf := make([]byte, 0, len(dict)+len(src))
	buf = append(append(buf, dict...), src...)
	start := len(dict)
	offsets, matches := findMatches(buf, dict, start)

	// The first round prices symbols as the fixed code does; each later one
	// uses the statistics of the round before. Each round's tokens are tried
	// with the fixed code and with codes made for them.
	var best []byte
	c := fixedCosts()
	for range passes + 1 {
		tokens := parse(buf, start, offsets, matches, c)
		for _, fixed := range []bool{true, false} {
			if b := block(tokens, fixed); best == nil || len(b) < len(best) {
				best = b
			}
		}
		c = statCosts(tokens)
	}
	if s := storedBlocks(src); len(s) < len(best) {
		best = s
	}
	return best
}

// hash4 hashes the four bytes at b[i:]. Chains of four-byte prefixes stay
// short in prose; a three-byte match rarely pays for its distance anyway.
func hash4(b []byte, i int) int32 {
	return int32((uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])) * 2654435761 >> (32 - hashBits))
}

// chains are hash chains: head holds the latest position of each hash and
// prev each position's previous one with the same hash (-1 for none).
type chains struct{ head, prev []int32 }

// insert adds positions [from, to) of b to c; each needs four bytes.
func (c chains) insert(b []byte, from, to int) {
	for i := from; i < to; i++ {
		h := hash4(b, i)
		c.prev[i], c.head[h] = c.head[h], int32(i)
	}
}

// dictCache keeps the chains of the last dictionary used: every link uses
// the same one, and hashing its 15 KB was a fifth of the work.
var dictCache struct {
	sync.Mutex
	dict []byte
	c    chains
}

// newChains returns chains for searching buf, with its first len(dict)
// bytes (which are dict) already inserted but for the last three, whose
// hashes take bytes from after the dictionary.
func newChains(buf, dict []byte) chains {
	c := chains{make([]int32, 1<<hashBits), make([]int32, len(buf))}
	if len(dict) == 0 {
		for i := range c.head {
			c.head[i] = -1
		}
		return c
	}
	n := max(len(dict)-3, 0)
	dictCache.Lock()
	defer dictCache.Unlock()
	cached := dictCache.dict
	if len(cached) != len(dict) || &cached[0] != &dict[0] {
		d := chains{make([]int32, 1<<hashBits), make([]int32, n)}
		for i := range d.head {
			d.head[i] = -1
		}
		d.insert(dict, 0, n)
		dictCache.dict, dictCache.c = dict, d
	}
	copy(c.head, dictCache.c.head)
	copy(c.prev, dictCache.c.prev)
	c.insert(buf, n, min(len(dict), len(buf)-3))
	return c
}

// findMatches lists, for every position of buf from start, the matches that
// begin there (each longer and further back than the one before).
// matches[offsets[i-start]:offsets[i-start+1]] are position i's. buf begins
// with dict, which is start bytes long.
func findMatches(buf, dict []byte, start int) (offsets []int32, matches []match) {
	c := newChains(buf, dict)
	offsets = make([]int32, 0, len(buf)-start+1)
	// Inside a match of niceLen or more, positions are not searched: the
	// text there repeats, and the long match is the way through it.
	skip := 0
	for i := start; i < len(buf); i++ {
		offsets = append(offsets, int32(len(matches)))
		if i+4 > len(buf) {
			continue
		}
		h := hash4(buf, i)
		if i >= skip {
			limit := min(maxMatch, len(buf)-i)
			longest := minMatch - 1
			for cand, chain := c.head[h], 0; cand >= 0 && i-int(cand) <= windowSize && chain < maxChain; cand, chain = c.prev[cand], chain+1 {
				j := int(cand)
				if buf[j+longest] != buf[i+longest] {
					continue // cannot beat the longest already found
				}
				n := 0
				for n < limit && buf[j+n] == buf[i+n] {
					n++
				}
				if n > longest {
					longest = n
					matches = append(matches, match{uint16(n), uint16(i - j), uint8(distCode(i - j))})
					if n >= niceLen || n == limit {
						skip = i + n
						break
					}
				}
			}
		}
		c.prev[i], c.head[h] = c.head[h], int32(i)
	}
	offsets = append(offsets, int32(len(matches)))
	return offsets, matches
}

// costs are the price in bits of each literal/length symbol (with its extra
// bits added in parse) and each distance symbol.
type costs struct {
	lit  [numLitLen]float32
	dist [numDist]float32
}

// fixedCosts prices symbols as the fixed code of RFC 1951 does.
func fixedCosts() *costs {
	c := &costs{}
	lens := fixedLitLens()
	for s := range c.lit {
		c.lit[s] = float32(lens[s])
	}
	for s := range c.dist {
		c.dist[s] = 5
	}
	return c
}

// statCosts prices symbols by how often tokens use them: -log2 of their
// share, with unused symbols priced as if used once.
func statCosts(tokens []token) *costs {
	lit, dist := frequencies(tokens)
	c := &costs{}
	price := func(f []int, out []float32) {
		total := 0
		for _, n := range f {
			total += n
		}
		logTotal := math.Log2(float64(total + 1))
		for s, n := range f {
			out[s] = float32(logTotal - math.Log2(float64(max(n, 1))))
		}
	}
	price(lit, c.lit[:])
	price(dist, c.dist[:])
	return c
}

// parse chooses the cheapest way, under c, to spell buf[start:] as literals
// and matches: the shortest path through the positions.
func parse(buf []byte, start int, offsets []int32, matches []match, c *costs) []token {
	n := len(buf) - start
	const inf = math.MaxFloat32
	cost := make([]float32, n+1)
	from := make([]token, n+1) // the token that reaches each position
	for i := 1; i <= n; i++ {
		cost[i] = inf
	}
	// Price of each length and each distance, extra bits included.
	var lenCost [maxMatch + 1]float32
	for l := minMatch; l <= maxMatch; l++ {
		k := lengthCode(l)
		lenCost[l] = c.lit[257+k] + float32(lengthExtra[k])
	}
	for i := 0; i < n; i++ {
		if cost[i] == inf {
			continue
		}
		if lc := cost[i] + c.lit[buf[start+i]]; lc < cost[i+1] {
			cost[i+1], from[i+1] = lc, token{uint16(buf[start+i]), 0}
		}
		l := minMatch
		for _, m := range matches[offsets[i]:offsets[i+1]] {
			dc := cost[i] + c.dist[m.code] + float32(distExtra[m.code])
			for ; l <= int(m.length); l++ {
				if mc := dc + lenCost[l]; mc < cost[i+l] {
					cost[i+l], from[i+l] = mc, token{uint16(l), m.dist}
				}
			}
		}
	}
	// Walk back from the end, then put the tokens in order.
	var tokens []token
	for i := n; i > 0; {
		t := from[i]
		tokens = append(tokens, t)
		if t.dist == 0 {
			i--
		} else {
			i -= int(t.length)
		}
	}
	for a, b := 0, len(tokens)-1; a < b; a, b = a+1, b-1 {
		tokens[a], tokens[b] = tokens[b], tokens[a]
	}
	return tokens
}

// frequencies counts the literal/length and distance symbols of tokens,
// with one end of block.
func frequencies(tokens []token) (lit, dist []int) {
	lit, dist = make([]int, numLitLen), make([]int, numDist)
	for _, t := range tokens {
		if t.dist == 0 {
			lit[t.length]++
			continue
		}
		lit[257+lengthCode(int(t.length))]++
		dist[distCode(int(t.dist))]++
	}
	lit[endOfBlock]++
	return lit, dist
}

// block writes tokens as one final block, with the fixed code or with codes
// made for them.
func block(tokens []token, fixed bool) []byte {
	var w bitWriter
	w.bits(1, 1) // final
	litLens, distLens := fixedLitLens(), fixedDistLens()
	if fixed {
		w.bits(1, 2)
	} else {
		w.bits(2, 2)
		litLens, distLens = w.codes(tokens)
	}
	w.tokens(tokens, litLens, distLens)
	return w.flush()
}

// codes writes the header of a dynamic block: code lengths made for
// tokens, which it returns.
func (w *bitWriter) codes(tokens []token) (litLens, distLens []uint8) {
	litFreq, distFreq := frequencies(tokens)
	litLens, distLens = codeLengths(litFreq, maxBits), codeLengths(distFreq, maxBits)
	nlit, ndist := trimmed(litLens, 257), trimmed(distLens, 1)

	// The two sets of lengths are sent together, run-length coded with the
	// code-length alphabet: 16 repeats the previous length 3–6 times, 17 and
	// 18 give runs of 3–10 and 11–138 zeros.
	all := append(append([]uint8{}, litLens[:nlit]...), distLens[:ndist]...)
	type run struct{ sym, extra uint8 }
	var runs []run
	clFreq := make([]int, numCodeLen)
	for i := 0; i < len(all); {
		l, n := all[i], 1
		for i+n < len(all) && all[i+n] == l {
			n++
		}
		i += n
		for n > 0 {
			switch {
			case l == 0 && n >= 11:
				k := min(n, 138)
				runs, n = append(runs, run{18, uint8(k - 11)}), n-k
			case l == 0 && n >= 3:
				k := min(n, 10)
				runs, n = append(runs, run{17, uint8(k - 3)}), n-k
			case l != 0 && n >= 4:
				// The length itself, then repeats of it.
				runs, n = append(runs, run{l, 0}), n-1
				for n >= 3 {
					k := min(n, 6)
					runs, n = append(runs, run{16, uint8(k - 3)}), n-k
				}
			default:
				runs, n = append(runs, run{l, 0}), n-1
			}
		}
	}
	for _, r := range runs {
		clFreq[r.sym]++
	}
	clLens := codeLengths(clFreq, maxCodeBits)
	nclen := numCodeLen
	for nclen > 4 && clLens[codeLenOrder[nclen-1]] == 0 {
		nclen--
	}

	w.bits(uint32(nlit-257), 5)
	w.bits(uint32(ndist-1), 5)
	w.bits(uint32(nclen-4), 4)
	for _, s := range codeLenOrder[:nclen] {
		w.bits(uint32(clLens[s]), 3)
	}
	clCodes := canonicalCodes(clLens)
	for _, r := range runs {
		w.bits(uint32(clCodes[r.sym]), uint(clLens[r.sym]))
		w.bits(uint32(r.extra), uint(runExtra[r.sym]))
	}
	return litLens, distLens
}

// runExtra is the number of extra bits after each code-length symbol.
var runExtra = [numCodeLen]uint8{16: 2, 17: 3, 18: 7}

// trimmed returns how many of lens are sent: all but the trailing zeros,
// and at least least.
func trimmed(lens []uint8, least int) int {
	n := len(lens)
	for n > least && lens[n-1] == 0 {
		n--
	}
	return n
}

// storedBlocks writes src uncompressed, in blocks of at most 65,535 bytes.
func storedBlocks(src []byte) []byte {
	var out []byte
	for {
		n := min(len(src), 0xffff)
		final := byte(0)
		if n == len(src) {
			final = 1
		}
		out = append(out, final, byte(n), byte(n>>8), ^byte(n), ^byte(n>>8))
		out, src = append(out, src[:n]...), src[n:]
		if final == 1 {
			return out
		}
	}
}

// bitWriter packs bits least significant first, as deflate stores them.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

//go:noinline
func (w *bitWriter) bits(v uint32, n uint) {
	w.acc |= uint64(v) << w.nacc
	w.nacc += n
	for w.nacc >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.nacc -= 8
	}
}

// tokens writes tokens and the end of block with the given code lengths.
func (w *bitWriter) tokens(tokens []token, litLens, distLens []uint8) {
	litCodes, distCodes := canonicalCodes(litLens), canonicalCodes(distLens)
	for _, t := range tokens {
		if t.dist == 0 {
			w.bits(uint32(litCodes[t.length]), uint(litLens[t.length]))
			continue
		}
		k := lengthCode(int(t.length))
		w.bits(uint32(litCodes[257+k]), uint(litLens[257+k]))
		w.bits(uint32(int(t.length)-int(lengthBase[k])), uint(lengthExtra[k]))
		d := distCode(int(t.dist))
		w.bits(uint32(distCodes[d]), uint(distLens[d]))
		w.bits(uint32(int(t.dist)-int(distBase[d])), uint(distExtra[d]))
	}
	w.bits(uint32(litCodes[endOfBlock]), uint(litLens[endOfBlock]))
}

// flush returns the bytes written, the last one padded with zero bits.
func (w *bitWriter) flush() []byte {
	if w.nacc > 0 {
		w.out = append(w.out, byte(w.acc))
	}
	return w.out
}
