package checker

import (
	"encoding/binary"
	"errors"
	"math"
	"reflect"
	"runtime/debug"
	"unsafe"
)

// An engine image is the compiled rule set (rules, tries, word sets,
// vocabulary, lexicon and part model: everything rules() returns) written
// as bytes, so that the app the site ships reads it back instead of
// compiling the rule text: the compiler stays out of app.wasm. Native
// builds, the tools and the tests compile the text as ever; the site build
// compiles it once and writes the image (EncodeImage) into the checker's
// asset.
//
// The codec follows the Go types by reflection, so a field added to a
// compiled type travels without a change here, and the image starts with
// a fingerprint of those types: an image from a build whose types differ
// is refused, not misread. It reads:
//
//	"MEI" imageVersion         magic and format version
//	uint32 shape               a hash of the compiled types (imageDecoder.shape)
//	value                      the *ruleSet, as below
//
// A value is written by its kind: bool as one byte; integers as
// (zig-zag) uvarints; floats as their IEEE bits, little-endian; strings
// as an index into the strings seen so far, or 0 then the length and the
// bytes of a new one; slices and maps as 0 for nil or 1+length, then the
// elements (bytes as they are, narrower integers as the difference from
// the one before; map entries in key order, so the same rules give the
// same bytes); arrays as their elements; structs as a mask of the fields
// that are not zero (one bit per field, blank and derived fields left
// out: see imageDerived), then those fields; pointers as 0 for nil, 1
// then the value for one not seen before, or 2+k for the one seen k
// pointers before the last, so shared trie nodes and word sets stay
// shared.
const (
	imageMagic   = "MEI"
	imageVersion = 1
	// imageDepth bounds how deeply values nest in an image, so that a
	// malformed one cannot exhaust the stack.
	imageDepth = 2000
)

var errImage = errors.New("the checker's engine image is damaged or from another release")

// EncodeImage compiles the embedded rule data and writes it as an engine
// image, for the site build.
func EncodeImage() ([]byte, error) {
	rs := rules()
	if rs == nil {
		return nil, errors.New("this build has no rule data to compile")
	}
	return encodeImage(withoutExamples(rs))
}

// withoutExamples is the rule set as the app needs it: each rule's fire
// and pass examples are for the tests, which compile the text.
func withoutExamples(rs *ruleSet) *ruleSet {
	out := *rs
	out.rules = make([]*rule, len(rs.rules))
	for i, r := range rs.rules {
		c := *r
		c.fire, c.pass = nil, nil
		out.rules[i] = &c
	}
	return &out
}

func encodeImage(rs *ruleSet) ([]byte, error) {
	e := imageEncoder{strs: map[string]int{}, ptrs: map[imagePtr]int{}}
	e.buf = append([]byte(imageMagic), imageVersion)
	e.buf = binary.LittleEndian.AppendUint32(e.buf, newImageDecoder(nil).shape)
	if err := e.value(reflect.ValueOf(rs)); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// decodeImage reads an image that encodeImage wrote. It returns an error,
// never panics, for bytes that are not such an image.
func decodeImage(b []byte) (rs *ruleSet, err error) {
	d := newImageDecoder(b)
	if err := d.check(); err != nil {
		return nil, err
	}
	// Everything decoded is kept, so a collection while decoding would
	// only mark the growing rule set again and again: under WebAssembly
	// that took longer than decoding it. Collect as usual afterwards.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer func() {
		if recover() != nil {
			rs, err = nil, errImage
		}
	}()
	if err := d.into(d.root, unsafe.Pointer(&rs), 0); err != nil {
		return nil, err
	}
	if d.p != len(b) || rs == nil {
		return nil, errImage
	}
	return rs, nil
}

// checkImage reports whether b starts as an image this build reads.
func checkImage(b []byte) error { return newImageDecoder(b).check() }

// check reads the image's header, which must be this build's: its format
// version and the shape of its types.
func (d *imageDecoder) check() error {
	n := len(imageMagic)
	if len(d.b) < n+5 || string(d.b[:n]) != imageMagic || d.b[n] != imageVersion ||
		binary.LittleEndian.Uint32(d.b[n+1:]) != d.shape {
		return errImage
	}
	d.p = n + 5
	return nil
}

// imagePtr is a pointer's identity: its address and its type (a struct
// and its first field share an address).
type imagePtr struct {
	addr uintptr
	t    reflect.Type
}

type imageEncoder struct {
	buf  []byte
	strs map[string]int
	ptrs map[imagePtr]int
}

func (e *imageEncoder) uint(u uint64) { e.buf = binary.AppendUvarint(e.buf, u) }

func (e *imageEncoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		b := byte(0)
		if v.Bool() {
			b = 1
		}
		e.buf = append(e.buf, b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = binary.AppendVarint(e.buf, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.uint(v.Uint())
	case reflect.Float32:
		e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(float32(v.Float())))
	case reflect.Float64:
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v.Float()))
	case reflect.String:
		s := v.String()
		if k, ok := e.strs[s]; ok {
			e.uint(uint64(k))
			break
		}
		e.strs[s] = len(e.strs) + 1
		e.uint(0)
		e.uint(uint64(len(s)))
		e.buf = append(e.buf, s...)
	case reflect.Slice:
		if v.IsNil() {
			e.uint(0)
			break
		}
		e.uint(uint64(v.Len()) + 1)
		return e.elems(v)
	case reflect.Array:
		return e.elems(v)
	case reflect.Map:
		if v.IsNil() {
			e.uint(0)
			break
		}
		e.uint(uint64(v.Len()) + 1)
		keys := v.MapKeys()
		if err := sortKeys(keys); err != nil {
			return err
		}
		for _, k := range keys {
			if err := e.value(k); err != nil {
				return err
			}
			if err := e.value(v.MapIndex(k)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		// Which fields are not zero, one bit each, then those fields.
		t := v.Type()
		var fields []reflect.Value
		var mask uint64
		for i := range v.NumField() {
			if skipField(t.Field(i)) {
				continue
			}
			if len(fields) == 64 {
				return errors.New("an engine image cannot hold a struct of more than 64 fields: " + t.String())
			}
			if f := v.Field(i); !f.IsZero() {
				mask |= 1 << len(fields)
				fields = append(fields, f)
			} else {
				fields = append(fields, reflect.Value{})
			}
		}
		e.uint(mask)
		for _, f := range fields {
			if f.IsValid() {
				if err := e.value(f); err != nil {
					return err
				}
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.uint(0)
			break
		}
		id := imagePtr{v.Pointer(), v.Type()}
		if k, ok := e.ptrs[id]; ok {
			e.uint(uint64(len(e.ptrs)-1-k) + 2) // how far back it was seen
			break
		}
		e.ptrs[id] = len(e.ptrs)
		e.uint(1)
		return e.value(v.Elem())
	default:
		return errors.New("an engine image cannot hold a " + v.Type().String())
	}
	return nil
}

// elems writes the elements of a slice or an array: bytes as they are,
// smaller integers as the difference from the one before (the compiled
// lists of word ids and hashes are mostly sorted), the rest as values.
func (e *imageEncoder) elems(v reflect.Value) error {
	kind := v.Type().Elem().Kind()
	var prev int64
	for i := range v.Len() {
		x := v.Index(i)
		switch {
		case kind == reflect.Uint8:
			e.buf = append(e.buf, byte(x.Uint()))
		case deltaKind(kind):
			var cur int64
			if x.CanInt() {
				cur = x.Int()
			} else {
				cur = int64(x.Uint())
			}
			e.buf = binary.AppendVarint(e.buf, cur-prev)
			prev = cur
		default:
			if err := e.value(x); err != nil {
				return err
			}
		}
	}
	return nil
}

// deltaKind reports whether elements of this kind are written as
// differences: integers narrower than 64 bits, bytes aside.
func deltaKind(k reflect.Kind) bool {
	return k == reflect.Int8 || k == reflect.Int16 || k == reflect.Int32 || k == reflect.Uint16 || k == reflect.Uint32
}

// sortKeys puts map keys in order, so that an image's bytes follow from
// the rules alone.
func sortKeys(keys []reflect.Value) error {
	if len(keys) == 0 {
		return nil
	}
	var less func(a, b reflect.Value) bool
	switch keys[0].Kind() {
	case reflect.String:
		less = func(a, b reflect.Value) bool { return a.String() < b.String() }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		less = func(a, b reflect.Value) bool { return a.Int() < b.Int() }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		less = func(a, b reflect.Value) bool { return a.Uint() < b.Uint() }
	default:
		return errors.New("an engine image cannot hold a map keyed by " + keys[0].Type().String())
	}
	// Insertion sort: the compiled maps are small or already near order,
	// and this keeps a sort of reflect values out of the package.
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && less(keys[j], keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return nil
}

// The decoder writes straight into memory, following a plan made once
// per type from reflection: a value by reflection costs several times
// more under WebAssembly, and an image holds some hundred thousand.
type imageDecoder struct {
	b     []byte
	p     int
	strs  []string
	ptrs  []unsafe.Pointer
	types []*imagePlan // the type of each of ptrs
	plans map[reflect.Type]*imagePlan
	root  *imagePlan // of *ruleSet
	// shape hashes the kind, size and layout of every type the plans
	// cover, field names included: an image of types laid out otherwise
	// is refused.
	shape uint32
}

func newImageDecoder(b []byte) *imageDecoder {
	d := &imageDecoder{b: b, plans: map[reflect.Type]*imagePlan{}, shape: fnvOffset}
	d.root = d.plan(reflect.TypeFor[*ruleSet]())
	return d
}

// note adds numbers to the shape.
func (d *imageDecoder) note(xs ...uint64) {
	for _, x := range xs {
		d.shape = fnvAdd(d.shape, string(binary.AppendUvarint(nil, x)))
	}
}

// imagePlan is how to decode a value of one type.
type imagePlan struct {
	id     uint64 // 1, 2, … in the order the plans were made
	t      reflect.Type
	kind   reflect.Kind
	size   uintptr
	elem   *imagePlan // of a slice, array, pointer or map
	key    *imagePlan // of a map
	fields []imageField
	derive bool // a struct that implements imageDerived
	// A slice's elements are allocated many at a time: spare is what is
	// left of the last block, room how many elements it has room for.
	spare unsafe.Pointer
	room  int
}

// imageDerived is a struct with fields the image leaves out, tagged
// `image:"derived"`, because they follow from the others (a trie node's
// idMask from its edge ids): the decoder calls derive once the rest of
// the struct is read.
type imageDerived interface{ derive() }

var derivedType = reflect.TypeFor[imageDerived]()

// skipField reports whether the image leaves a struct field out: a blank
// one, or one derived from the others.
func skipField(f reflect.StructField) bool {
	return f.Name == "_" || f.Tag.Get("image") == "derived"
}

type imageField struct {
	off  uintptr
	plan *imagePlan
}

// sliceHeader is the layout of a slice in memory.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// noElems is where an empty slice that is not nil points.
var noElems byte

func (d *imageDecoder) plan(t reflect.Type) *imagePlan {
	if pl, ok := d.plans[t]; ok {
		d.note(0, pl.id)
		return pl
	}
	pl := &imagePlan{t: t, kind: t.Kind(), size: t.Size(), id: uint64(len(d.plans)) + 1}
	d.plans[t] = pl
	d.note(uint64(pl.kind), uint64(pl.size))
	switch pl.kind {
	case reflect.Slice, reflect.Array, reflect.Pointer:
		pl.elem = d.plan(t.Elem())
	case reflect.Map:
		pl.key, pl.elem = d.plan(t.Key()), d.plan(t.Elem())
	case reflect.Struct:
		pl.derive = reflect.PointerTo(t).Implements(derivedType)
		for i := range t.NumField() {
			if f := t.Field(i); !skipField(f) {
				d.shape = fnvAdd(d.shape, f.Name)
				d.note(uint64(f.Offset))
				pl.fields = append(pl.fields, imageField{f.Offset, d.plan(f.Type)})
			}
		}
	}
	return pl
}

// alloc returns room for n zeroed elements of a slice of the plan's
// type, carving short slices out of larger blocks.
func (d *imageDecoder) alloc(pl *imagePlan, n int) unsafe.Pointer {
	const block = 512
	if n > block/4 {
		return reflect.MakeSlice(pl.t, n, n).UnsafePointer()
	}
	if pl.room < n {
		pl.spare, pl.room = reflect.MakeSlice(pl.t, block, block).UnsafePointer(), block
	}
	p := pl.spare
	if pl.room -= n; pl.room == 0 {
		pl.spare = nil // not past the block's end, which the collector would misread
	} else {
		pl.spare = unsafe.Add(p, uintptr(n)*pl.elem.size)
	}
	return p
}

func (d *imageDecoder) uint() (uint64, error) {
	u, n := binary.Uvarint(d.b[d.p:])
	if n <= 0 {
		return 0, errImage
	}
	d.p += n
	return u, nil
}

// count reads the length of a string, or of a slice or map written as 0
// for nil or 1+length: no more than the bytes left could hold.
func (d *imageDecoder) count() (int, error) {
	n, err := d.uint()
	if err != nil || n > uint64(len(d.b)-d.p)+1 {
		return 0, errImage
	}
	return int(n), nil
}

// fixed returns the next n bytes.
func (d *imageDecoder) fixed(n int) ([]byte, error) {
	if len(d.b)-d.p < n {
		return nil, errImage
	}
	d.p += n
	return d.b[d.p-n : d.p], nil
}

// into decodes a value of the plan's type into the zeroed memory at p.
func (d *imageDecoder) into(pl *imagePlan, p unsafe.Pointer, depth int) error {
	if depth > imageDepth {
		return errImage
	}
	switch pl.kind {
	case reflect.Bool:
		b, err := d.fixed(1)
		if err != nil || b[0] > 1 {
			return errImage
		}
		*(*bool)(p) = b[0] == 1
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, n := binary.Varint(d.b[d.p:])
		if n <= 0 || !putUint(p, pl.size, uint64(i), i>>(8*pl.size-1) != 0 && i>>(8*pl.size-1) != -1) {
			return errImage
		}
		d.p += n
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u, err := d.uint()
		if err != nil || !putUint(p, pl.size, u, pl.size < 8 && u>>(8*pl.size) != 0) {
			return errImage
		}
	case reflect.Float32:
		b, err := d.fixed(4)
		if err != nil {
			return err
		}
		*(*uint32)(p) = binary.LittleEndian.Uint32(b)
	case reflect.Float64:
		b, err := d.fixed(8)
		if err != nil {
			return err
		}
		*(*uint64)(p) = binary.LittleEndian.Uint64(b)
	case reflect.String:
		k, err := d.uint()
		if err != nil || k > uint64(len(d.strs)) {
			return errImage
		}
		if k == 0 {
			n, err := d.count()
			if err != nil {
				return err
			}
			b, err := d.fixed(n)
			if err != nil {
				return err
			}
			d.strs = append(d.strs, string(b))
			k = uint64(len(d.strs))
		}
		*(*string)(p) = d.strs[k-1]
	case reflect.Slice:
		n, err := d.count()
		if err != nil || n == 0 {
			return err
		}
		n--
		data := unsafe.Pointer(&noElems)
		if n > 0 {
			data = d.alloc(pl, n)
			if err := d.elems(pl.elem, data, n, depth); err != nil {
				return err
			}
		}
		*(*sliceHeader)(p) = sliceHeader{data, n, n}
	case reflect.Array:
		return d.elems(pl.elem, p, pl.t.Len(), depth)
	case reflect.Map:
		n, err := d.count()
		if err != nil || n == 0 {
			return err
		}
		n--
		m := reflect.MakeMapWithSize(pl.t, n)
		for range n {
			k, e := reflect.New(pl.key.t), reflect.New(pl.elem.t)
			if err := d.into(pl.key, k.UnsafePointer(), depth+1); err != nil {
				return err
			}
			if err := d.into(pl.elem, e.UnsafePointer(), depth+1); err != nil {
				return err
			}
			m.SetMapIndex(k.Elem(), e.Elem())
		}
		if m.Len() != n {
			return errImage // a key twice
		}
		reflect.NewAt(pl.t, p).Elem().Set(m)
	case reflect.Struct:
		mask, err := d.uint()
		if err != nil || mask>>len(pl.fields) != 0 {
			return errImage
		}
		for i, f := range pl.fields {
			if mask&(1<<i) == 0 {
				continue
			}
			if err := d.into(f.plan, unsafe.Add(p, f.off), depth+1); err != nil {
				return err
			}
		}
		if pl.derive {
			reflect.NewAt(pl.t, p).Interface().(imageDerived).derive()
		}
	case reflect.Pointer:
		k, err := d.uint()
		switch {
		case err != nil:
			return err
		case k == 0:
		case k == 1:
			obj := reflect.New(pl.elem.t).UnsafePointer()
			d.ptrs, d.types = append(d.ptrs, obj), append(d.types, pl.elem)
			*(*unsafe.Pointer)(p) = obj
			return d.into(pl.elem, obj, depth+1)
		case k-2 >= uint64(len(d.ptrs)):
			return errImage
		default:
			i := len(d.ptrs) - 1 - int(k-2)
			if d.types[i] != pl.elem {
				return errImage
			}
			*(*unsafe.Pointer)(p) = d.ptrs[i]
		}
	default:
		return errImage
	}
	return nil
}

// elems decodes n values of the plan's type into the memory at p.
func (d *imageDecoder) elems(pl *imagePlan, p unsafe.Pointer, n, depth int) error {
	if pl.kind == reflect.Uint8 {
		b, err := d.fixed(n)
		if err == nil {
			copy(unsafe.Slice((*byte)(p), n), b)
		}
		return err
	}
	if deltaKind(pl.kind) {
		signed := pl.kind == reflect.Int8 || pl.kind == reflect.Int16 || pl.kind == reflect.Int32
		var x int64
		for i := range n {
			delta, w := binary.Varint(d.b[d.p:])
			if w <= 0 {
				return errImage
			}
			d.p += w
			x += delta
			var overflows bool
			if signed {
				overflows = x>>(8*pl.size-1) != 0 && x>>(8*pl.size-1) != -1
			} else {
				overflows = x>>(8*pl.size) != 0
			}
			if !putUint(unsafe.Add(p, uintptr(i)*pl.size), pl.size, uint64(x), overflows) {
				return errImage
			}
		}
		return nil
	}
	for i := range n {
		if err := d.into(pl, unsafe.Add(p, uintptr(i)*pl.size), depth+1); err != nil {
			return err
		}
	}
	return nil
}

// putUint stores the low size bytes of u at p, unless it overflows.
func putUint(p unsafe.Pointer, size uintptr, u uint64, overflows bool) bool {
	switch {
	case overflows:
		return false
	case size == 1:
		*(*uint8)(p) = uint8(u)
	case size == 2:
		*(*uint16)(p) = uint16(u)
	case size == 4:
		*(*uint32)(p) = uint32(u)
	default:
		*(*uint64)(p) = u
	}
	return true
}
