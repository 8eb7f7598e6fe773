// Package qrcode draws text as a QR code (ISO/IEC 18004): byte mode,
// error-correction level M, the smallest version that holds the text, and
// the mask the standard's penalty rules prefer. It is all Mend needs of a
// QR library, at a fraction of the size a general one adds to app.wasm.
package qrcode

import "errors"

// ErrTooLong is returned for text that no QR code version holds at level M.
var ErrTooLong = errors.New("qrcode: too long for a QR code at error-correction level M")

// Per version 1–40 at level M: error-correction codewords per block, and
// the number of blocks.
var (
	eccPerBlock = [41]int{0,
		10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
		26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28}
	eccBlocks = [41]int{0,
		1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
		17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49}
)

// Code is a QR code: Size×Size modules, true where dark, row by row.
type Code struct {
	Size    int
	modules []bool
}

// Dark reports whether the module in column x, row y is dark.
func (c *Code) Dark(x, y int) bool { return c.modules[y*c.Size+x] }

// Encode makes the QR code of data.
func Encode(data []byte) (*Code, error) {
	return encode(data, -1)
}

// encode makes the code with the given mask, or the best one when mask < 0.
func encode(data []byte, mask int) (*Code, error) {
	version := 0
	for v := 1; v <= 40; v++ {
		if 4+countBits(v)+8*len(data) <= 8*dataCodewords(v) {
			version = v
			break
		}
	}
	if version == 0 {
		return nil, ErrTooLong
	}
	codewords := addECC(version, dataBits(version, data))
	c := newGrid(version)
	c.place(codewords)
	if mask >= 0 {
		c.finish(mask)
		return &c.Code, nil
	}
	best, bestScore := 0, -1
	for m := range 8 {
		c.finish(m)
		if s := c.penalty(); bestScore < 0 || s < bestScore {
			best, bestScore = m, s
		}
		c.applyMask(m) // undo
	}
	c.finish(best)
	return &c.Code, nil
}

func countBits(version int) int {
	if version < 10 {
		return 8
	}
	return 16
}

// rawModules is how many modules of a version hold codewords.
func rawModules(v int) int {
	n := (16*v+128)*v + 64
	if v >= 2 {
		align := v/7 + 2
		n -= (25*align-10)*align - 55
		if v >= 7 {
			n -= 36
		}
	}
	return n
}

func dataCodewords(v int) int {
	return rawModules(v)/8 - eccPerBlock[v]*eccBlocks[v]
}

// dataBits lays out the data codewords: mode, count, bytes, terminator, padding.
func dataBits(version int, data []byte) []byte {
	var b bitWriter
	b.write(0b0100, 4)
	b.write(len(data), countBits(version))
	for _, d := range data {
		b.write(int(d), 8)
	}
	capacity := 8 * dataCodewords(version)
	b.write(0, min(4, capacity-b.n))
	b.write(0, (8-b.n%8)%8)
	for pad := 0xEC; b.n < capacity; pad ^= 0xEC ^ 0x11 {
		b.write(pad, 8)
	}
	return b.bytes
}

type bitWriter struct {
	bytes []byte
	n     int
}

func (b *bitWriter) write(v, bits int) {
	for i := bits - 1; i >= 0; i-- {
		if b.n%8 == 0 {
			b.bytes = append(b.bytes, 0)
		}
		b.bytes[len(b.bytes)-1] |= byte(v>>i&1) << (7 - b.n%8)
		b.n++
	}
}

// addECC splits data into blocks, adds each block's Reed–Solomon
// codewords and interleaves them.
func addECC(v int, data []byte) []byte {
	blocks, eccLen := eccBlocks[v], eccPerBlock[v]
	raw := rawModules(v) / 8
	short := blocks - raw%blocks
	shortLen := raw / blocks
	divisor := rsDivisor(eccLen)
	all := make([][]byte, blocks)
	k := 0
	for i := range blocks {
		n := shortLen - eccLen
		if i >= short {
			n++
		}
		block := append([]byte(nil), data[k:k+n]...)
		k += n
		ecc := rsRemainder(block, divisor)
		if i < short {
			block = append(block, 0)
		}
		all[i] = append(block, ecc...)
	}
	out := make([]byte, 0, raw)
	for i := range all[0] {
		for j, block := range all {
			if i != shortLen-eccLen || j >= short {
				out = append(out, block[i])
			}
		}
	}
	return out
}

func rsDivisor(degree int) []byte {
	d := make([]byte, degree)
	d[degree-1] = 1
	root := byte(1)
	for range degree {
		for j := range d {
			d[j] = gfMul(d[j], root)
			if j+1 < len(d) {
				d[j] ^= d[j+1]
			}
		}
		root = gfMul(root, 2)
	}
	return d
}

func rsRemainder(data, divisor []byte) []byte {
	r := make([]byte, len(divisor))
	for _, b := range data {
		f := b ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		for i := range r {
			r[i] ^= gfMul(divisor[i], f)
		}
	}
	return r
}

func gfMul(x, y byte) byte {
	var z int
	for i := 7; i >= 0; i-- {
		z = z<<1 ^ (z>>7)*0x11D
		z ^= int(y>>i&1) * int(x)
	}
	return byte(z)
}

// grid is a code being drawn, with the modules that are not data marked.
type grid struct {
	Code
	function []bool
}

func newGrid(v int) *grid {
	size := 4*v + 17
	g := &grid{Code{size, make([]bool, size*size)}, make([]bool, size*size)}
	for i := range size {
		g.set(6, i, i%2 == 0)
		g.set(i, 6, i%2 == 0)
	}
	for _, p := range [][2]int{{3, 3}, {size - 4, 3}, {3, size - 4}} {
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := p[0]+dx, p[1]+dy
				if x >= 0 && x < size && y >= 0 && y < size {
					d := max(abs(dx), abs(dy))
					g.set(x, y, d != 2 && d != 4)
				}
			}
		}
	}
	pos := alignment(v)
	last := len(pos) - 1
	for i, x := range pos {
		for j, y := range pos {
			if i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0 {
				continue
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					g.set(x+dx, y+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	g.format(0) // reserves the format modules; finish draws the real ones
	if v >= 7 {
		rem := v
		for range 12 {
			rem = rem<<1 ^ (rem>>11)*0x1F25
		}
		bits := v<<12 | rem
		for i := range 18 {
			dark := bits>>i&1 == 1
			a, b := size-11+i%3, i/3
			g.set(a, b, dark)
			g.set(b, a, dark)
		}
	}
	return g
}

func alignment(v int) []int {
	if v == 1 {
		return nil
	}
	n := v/7 + 2
	step := 26
	if v != 32 {
		step = (v*4 + n*2 + 1) / (n*2 - 2) * 2
	}
	pos := make([]int, n)
	pos[0] = 6
	for i, p := n-1, v*4+10; i >= 1; i, p = i-1, p-step {
		pos[i] = p
	}
	return pos
}

func (g *grid) set(x, y int, dark bool) {
	g.modules[y*g.Size+x] = dark
	g.function[y*g.Size+x] = true
}

// format draws the format information for level M and mask.
func (g *grid) format(mask int) {
	data := mask // level M's two bits are 00
	rem := data
	for range 10 {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	bits := (data<<10 | rem) ^ 0x5412
	bit := func(i int) bool { return bits>>i&1 == 1 }
	size := g.Size
	for i := range 6 {
		g.set(8, i, bit(i))
	}
	g.set(8, 7, bit(6))
	g.set(8, 8, bit(7))
	g.set(7, 8, bit(8))
	for i := 9; i < 15; i++ {
		g.set(14-i, 8, bit(i))
	}
	for i := range 8 {
		g.set(size-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		g.set(8, size-15+i, bit(i))
	}
	g.set(8, size-8, true)
}

// place lays the codewords in the two-column zigzag, from the bottom right.
func (g *grid) place(codewords []byte) {
	size, i := g.Size, 0
	for right := size - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		for vert := range size {
			for j := range 2 {
				x, y := right-j, vert
				if (right+1)&2 == 0 {
					y = size - 1 - vert
				}
				if !g.function[y*size+x] && i < len(codewords)*8 {
					g.modules[y*size+x] = codewords[i>>3]>>(7-i&7)&1 == 1
					i++
				}
			}
		}
	}
}

func (g *grid) finish(mask int) {
	g.applyMask(mask)
	g.format(mask)
}

func (g *grid) applyMask(mask int) {
	for y := range g.Size {
		for x := range g.Size {
			var flip bool
			switch mask {
			case 0:
				flip = (x+y)%2 == 0
			case 1:
				flip = y%2 == 0
			case 2:
				flip = x%3 == 0
			case 3:
				flip = (x+y)%3 == 0
			case 4:
				flip = (x/3+y/2)%2 == 0
			case 5:
				flip = x*y%2+x*y%3 == 0
			case 6:
				flip = (x*y%2+x*y%3)%2 == 0
			case 7:
				flip = ((x+y)%2+x*y%3)%2 == 0
			}
			if flip && !g.function[y*g.Size+x] {
				g.modules[y*g.Size+x] = !g.modules[y*g.Size+x]
			}
		}
	}
}

// penalty scores the drawn code by the standard's four rules; lower is
// easier to scan.
func (g *grid) penalty() int {
	size, score, dark := g.Size, 0, 0
	at := func(x, y int, across bool) bool {
		if across {
			return g.Dark(x, y)
		}
		return g.Dark(y, x)
	}
	for _, across := range []bool{true, false} {
		for y := range size {
			run := 0
			for x := range size {
				if x > 0 && at(x, y, across) == at(x-1, y, across) {
					run++
				} else {
					run = 1
				}
				if run == 5 {
					score += 3
				} else if run > 5 {
					score++
				}
				// A finder-like 1:1:3:1:1 pattern with four light modules on one side.
				if x >= 6 && at(x-6, y, across) && !at(x-5, y, across) && at(x-4, y, across) && at(x-3, y, across) &&
					at(x-2, y, across) && !at(x-1, y, across) && at(x, y, across) &&
					(lightRun(size, x-10, x-7, func(i int) bool { return at(i, y, across) }) ||
						lightRun(size, x+1, x+4, func(i int) bool { return at(i, y, across) })) {
					score += 40
				}
			}
		}
	}
	for y := range size {
		for x := range size {
			d := g.Dark(x, y)
			if d {
				dark++
			}
			if x+1 < size && y+1 < size && d == g.Dark(x+1, y) && d == g.Dark(x, y+1) && d == g.Dark(x+1, y+1) {
				score += 3
			}
		}
	}
	total := size * size
	k := (abs(dark*20-total*10)+total-1)/total - 1
	return score + 10*k
}

// lightRun reports whether modules from to through (inclusive) are all
// light; modules outside the code count as light.
func lightRun(size, from, through int, dark func(int) bool) bool {
	for i := from; i <= through; i++ {
		if i >= 0 && i < size && dark(i) {
			return false
		}
	}
	return true
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
