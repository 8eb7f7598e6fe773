package deflate

import "errors"

// The ways Decompress can fail.
var (
	ErrTruncated = errors.New("deflate: stream cut short")
	ErrCorrupt   = errors.New("deflate: invalid stream")
	ErrTooLarge  = errors.New("deflate: output over the limit")
)

// Decompress inflates src, which must be exactly one raw deflate stream
// (nothing after its last byte), with the last 32 KiB of dict as the
// window it starts with. It refuses to produce more than limit bytes.
func Decompress(src, dict []byte, limit int) ([]byte, error) {
	if len(dict) > windowSize {
		dict = dict[len(dict)-windowSize:]
	}
	d := &inflater{in: src, out: make([]byte, 0, min(4*len(src), limit)), dict: dict, limit: limit}
	for final := false; !final; {
		f, err := d.bits(1)
		if err != nil {
			return nil, err
		}
		final = f == 1
		kind, err := d.bits(2)
		if err != nil {
			return nil, err
		}
		switch kind {
		case 0:
			err = d.stored()
		case 1:
			err = d.fixed()
		case 2:
			err = d.dynamic()
		default:
			err = ErrCorrupt
		}
		if err != nil {
			return nil, err
		}
	}
	// The padding bits after the end are not checked: compress/flate, which
	// links were once read with, ignores them, so a link it opened opens here.
	if d.align(); d.pos != len(d.in) {
		return nil, ErrCorrupt // bytes after the stream
	}
	return d.out, nil
}

// inflater reads bits least significant first.
type inflater struct {
	in    []byte
	pos   int
	acc   uint32
	nacc  uint
	out   []byte
	dict  []byte // the window before out
	limit int    // most len(out) may grow to
}

//go:noinline
func (d *inflater) bits(n uint) (uint32, error) {
	for d.nacc < n {
		if d.pos == len(d.in) {
			return 0, ErrTruncated
		}
		d.acc |= uint32(d.in[d.pos]) << d.nacc
		d.pos++
		d.nacc += 8
	}
	v := d.acc & (1<<n - 1)
	d.acc >>= n
	d.nacc -= n
	return v, nil
}

// align skips to the next byte boundary, giving back whole bytes read
// ahead.
func (d *inflater) align() {
	d.pos -= int(d.nacc / 8)
	d.acc, d.nacc = 0, 0
}

// huffman is a canonical code as counts of codes per length and the symbols
// in code order, with a table that reads codes of up to fastBits bits in
// one step: fast[the next fastBits bits] is symbol<<4 | length, or 0 for a
// longer code.
type huffman struct {
	count  [maxBits + 1]uint16
	symbol []uint16
	fast   [1 << fastBits]uint16
}

const fastBits = 9

// build makes h from code lengths. A block's codes must be complete, as
// zlib and compress/flate require, except that a code may be empty or have
// one symbol of one bit (a block with one distance, or none); reading a
// code such a code lacks is an error. Only the fixed code, which is
// incomplete, is built with complete false.
func (h *huffman) build(lens []uint8, complete bool) error {
	*h = huffman{symbol: make([]uint16, 0, len(lens))}
	for _, l := range lens {
		h.count[l]++
	}
	left := 1
	for l := 1; l <= maxBits; l++ {
		left = left<<1 - int(h.count[l])
		if left < 0 {
			return ErrCorrupt
		}
	}
	if n := len(lens) - int(h.count[0]); complete && left != 0 && n != 0 && !(n == 1 && h.count[1] == 1) {
		return ErrCorrupt
	}
	for l := 1; l <= maxBits; l++ {
		for s, sl := range lens {
			if int(sl) == l {
				h.symbol = append(h.symbol, uint16(s))
			}
		}
	}
	h.count[0] = 0
	code, i := 0, 0
	for l := 1; l <= fastBits; l++ {
		for range h.count[l] {
			r := 0 // the code's bits in the order they arrive
			for k := range l {
				r |= (code >> k & 1) << (l - 1 - k)
			}
			for ; r < len(h.fast); r += 1 << l {
				h.fast[r] = h.symbol[i]<<4 | uint16(l)
			}
			code, i = code+1, i+1
		}
		code <<= 1
	}
	return nil
}

// decode reads one symbol of h: from the table when the code is short, and
// otherwise (or when the stream is nearly over) a bit at a time.
func (d *inflater) decode(h *huffman) (int, error) {
	for d.nacc < fastBits && d.pos < len(d.in) {
		d.acc |= uint32(d.in[d.pos]) << d.nacc
		d.pos++
		d.nacc += 8
	}
	if e := h.fast[d.acc&(1<<fastBits-1)]; e != 0 && uint(e&15) <= d.nacc {
		d.acc >>= e & 15
		d.nacc -= uint(e & 15)
		return int(e >> 4), nil
	}
	code, first, index := 0, 0, 0
	for l := 1; l <= maxBits; l++ {
		b, err := d.bits(1)
		if err != nil {
			return 0, err
		}
		code |= int(b)
		n := int(h.count[l])
		if code-first < n {
			return int(h.symbol[index+code-first]), nil
		}
		index += n
		first = (first + n) << 1
		code <<= 1
	}
	return 0, ErrCorrupt
}

// stored copies a stored block.
func (d *inflater) stored() error {
	d.align()
	if len(d.in)-d.pos < 4 {
		return ErrTruncated
	}
	n := int(d.in[d.pos]) | int(d.in[d.pos+1])<<8
	if ^n&0xffff != int(d.in[d.pos+2])|int(d.in[d.pos+3])<<8 {
		return ErrCorrupt
	}
	d.pos += 4
	if len(d.in)-d.pos < n {
		return ErrTruncated
	}
	if len(d.out)+n > d.limit {
		return ErrTooLarge
	}
	d.out = append(d.out, d.in[d.pos:d.pos+n]...)
	d.pos += n
	return nil
}

// fixed reads a block coded with the fixed code. Its tables are built for
// each such block, which takes microseconds, rather than once at start-up
// for every page of the app.
func (d *inflater) fixed() error {
	var lit, dist huffman
	lit.build(fixedLitLens(), false)
	dist.build(fixedDistLens(), false)
	return d.codes(&lit, &dist)
}

// dynamic reads a block's code lengths, then its data.
func (d *inflater) dynamic() error {
	var head [3]uint32
	for i, n := range []uint{5, 5, 4} {
		v, err := d.bits(n)
		if err != nil {
			return err
		}
		head[i] = v
	}
	nlit, ndist, nclen := int(head[0])+257, int(head[1])+1, int(head[2])+4
	if nlit > numLitLen || ndist > numDist {
		return ErrCorrupt
	}
	var clLens [numCodeLen]uint8
	for _, s := range codeLenOrder[:nclen] {
		v, err := d.bits(3)
		if err != nil {
			return err
		}
		clLens[s] = uint8(v)
	}
	var cl huffman
	if err := cl.build(clLens[:], true); err != nil {
		return err
	}
	lens := make([]uint8, 0, nlit+ndist)
	for len(lens) < nlit+ndist {
		sym, err := d.decode(&cl)
		if err != nil {
			return err
		}
		if sym < 16 {
			lens = append(lens, uint8(sym))
			continue
		}
		var l uint8
		var extra, least uint = 2, 3
		switch sym {
		case 16:
			if len(lens) == 0 {
				return ErrCorrupt // nothing to repeat
			}
			l = lens[len(lens)-1]
		case 17:
			extra = 3
		default:
			extra, least = 7, 11
		}
		n, err := d.bits(extra)
		if err != nil {
			return err
		}
		reps := int(n) + int(least)
		if len(lens)+reps > nlit+ndist {
			return ErrCorrupt
		}
		for ; reps > 0; reps-- {
			lens = append(lens, l)
		}
	}
	if lens[endOfBlock] == 0 {
		return ErrCorrupt // a block that could never end
	}
	var lit, dist huffman
	if err := lit.build(lens[:nlit], true); err != nil {
		return err
	}
	if err := dist.build(lens[nlit:], true); err != nil {
		return err
	}
	return d.codes(&lit, &dist)
}

// codes reads literals and matches until the end of the block.
func (d *inflater) codes(lit, dist *huffman) error {
	for {
		sym, err := d.decode(lit)
		if err != nil {
			return err
		}
		switch {
		case sym < 256:
			if len(d.out) >= d.limit {
				return ErrTooLarge
			}
			d.out = append(d.out, byte(sym))
			continue
		case sym == endOfBlock:
			return nil
		case sym > 285:
			return ErrCorrupt
		}
		k := sym - 257
		extra, err := d.bits(uint(lengthExtra[k]))
		if err != nil {
			return err
		}
		n := int(lengthBase[k]) + int(extra)
		ds, err := d.decode(dist)
		if err != nil {
			return err
		}
		if ds >= numDist {
			return ErrCorrupt
		}
		extra, err = d.bits(uint(distExtra[ds]))
		if err != nil {
			return err
		}
		back := int(distBase[ds]) + int(extra)
		if back > len(d.out)+len(d.dict) {
			return ErrCorrupt // reaches before the dictionary
		}
		if len(d.out)+n > d.limit {
			return ErrTooLarge
		}
		from := len(d.out) - back
		for ; n > 0 && from < 0; n, from = n-1, from+1 {
			d.out = append(d.out, d.dict[len(d.dict)+from])
		}
		for ; n > 0; n, from = n-1, from+1 {
			d.out = append(d.out, d.out[from])
		}
	}
}
