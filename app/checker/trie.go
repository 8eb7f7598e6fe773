package checker

import (
	"fmt"
	"slices"
)

// trie holds many flat patterns merged on their common prefixes, so that
// one walk from a token tries them all: a word is looked up once per step
// instead of once per pattern. This is what makes checking fast enough to
// run on every keystroke.
type trie struct {
	root trieNode
	// Patterns that must start the sentence (^) have a root of their own,
	// walked only from a sentence's first word: in root, a pattern such as
	// "^ !not … , sorry" would be walked from every word of every draft and
	// dropped only at its end.
	start trieNode
	pats  []*pattern
	owner []int32 // owner of each pattern (a rule index, or -1)
}

type trieNode struct {
	// What the walk reads, first, so that a node's hot part shares cache
	// lines; finish fills in the indexes.
	eps  []*trieNode // empty steps, where alternatives join again
	ends []int32     // patterns that end here
	// always holds the edges of other that are tried at every token,
	// in two runs: always[:markFrom] are those a word may take (all but
	// the marks), always[markFrom:] those a mark may take (marks, gaps and
	// optional edges, which are in both runs). Each run keeps the edges'
	// order, and a token reads only its own. Both follow from other, and
	// an engine image leaves them out.
	always []int32 `image:"derived"`
	// Bit id%64 is set for each id in wordIDs and setIDs: most tokens
	// leave a node by none of its word edges, and one test of this mask
	// turns them away without searching either list. An engine image
	// leaves it out (it cost 282 KB of the checker's asset raw, 42 KB
	// gzipped) and derive sets it again.
	idMask uint64 `image:"derived"`
	// wordOnly is set when the node leaves only by word and word-set
	// edges (no empty steps, ends, other edges or skips): then a token
	// whose id misses idMask cannot go on from it, and the walk does not
	// step into it at all. Most steps of a walk end in such a node.
	wordOnly bool        `image:"derived"`
	markFrom int32       `image:"derived"` // see always
	skips    []*trieNode // where an optional word edge leads when it takes no token
	// The word edges and the word-set edges of other, each as sorted word
	// ids with what they lead to: most nodes have a handful of edges, and a
	// short scan of ids is several times faster than hashing into a map.
	wordIDs  []int32
	wordKids []*trieNode
	setIDs   []int32
	setEdges [][]int32
	other    []trieEdge // every edge but a required single word (sets, gaps, optional words, symbols)
	// The root is visited at every token, so its indexes are dense slices.
	rootKids []*trieNode // id -> child for that word
	denseSet [][]int32   // id -> required set edges that contain the word

	// Only while the trie is built; finish indexes them and lets them go.
	words map[int32]*trieNode // edges for one required word
	bySet map[int32][]int32   // id -> edges of other whose words include it
	done  bool                // finish has indexed this node
}

type trieEdge struct {
	e    elem
	next *trieNode
}

// trieMatch is one pattern that matched from the start position to end.
type trieMatch struct {
	pat int32
	end int
}

// add puts a parsed pattern into the trie. Alternatives branch and then
// join again at a shared node, so a pattern adds nodes in proportion to its
// length, not to the product of its alternatives.
func (t *trie) add(p *parsed, owner int32) error {
	switch {
	case canBeEmpty(p.nodes):
		return fmt.Errorf("pattern %q can match nothing at all", p.src)
	case edgeGap(p.nodes, true) || edgeGap(p.nodes, false):
		return fmt.Errorf("pattern %q starts or ends with a gap", p.src)
	}
	k := int32(len(t.pats))
	t.pats = append(t.pats, &p.pattern)
	t.owner = append(t.owner, owner)
	root := &t.root
	if p.atStart {
		root = &t.start
	}
	for _, end := range rootInsert(root, p.nodes) {
		if !slices.Contains(end.ends, k) {
			end.ends = append(end.ends, k)
		}
	}
	return nil
}

// rootInsert inserts nodes from root and returns the nodes where they end.
// A root indexes only required tokens, so a pattern whose first piece is
// optional is inserted both with and without it.
func rootInsert(root *trieNode, nodes []node) []*trieNode {
	if len(nodes) == 0 {
		return nil
	}
	nd := nodes[0]
	switch {
	case nd.alts != nil:
		var ends []*trieNode
		if nd.opt || slices.ContainsFunc(nd.alts, canBeEmpty) {
			ends = rootInsert(root, nodes[1:])
		}
		join := &trieNode{}
		for _, alt := range nd.alts {
			for _, e := range rootInsert(root, alt) {
				e.link(join)
			}
		}
		return append(ends, join.insert(nodes[1:])...)
	case nd.e.min == 0:
		e := nd.e
		e.min = 1
		return append(rootInsert(root, nodes[1:]), root.child(e).insert(nodes[1:])...)
	default:
		return root.child(nd.e).insert(nodes[1:])
	}
}

// joinAbove is the number of alternatives above which a group's branches
// join again at one node. Smaller groups are copied into each branch, which
// keeps the rest of the pattern merged with other patterns' paths (faster
// matching); larger ones join, which keeps the trie small (faster loading).
const joinAbove = 6

// insert adds the nodes below n and returns the nodes where they end.
func (n *trieNode) insert(nodes []node) []*trieNode {
	for i, nd := range nodes {
		if nd.alts == nil {
			n = n.child(nd.e)
			continue
		}
		rest := nodes[i+1:]
		if len(nd.alts) <= joinAbove {
			var ends []*trieNode
			for _, alt := range nd.alts {
				ends = append(ends, n.insert(append(append([]node{}, alt...), rest...))...)
			}
			if nd.opt {
				ends = append(ends, n.insert(rest)...)
			}
			return ends
		}
		join := &trieNode{}
		for _, alt := range nd.alts {
			for _, e := range n.insert(alt) {
				e.link(join)
			}
		}
		if nd.opt {
			n.link(join)
		}
		n = join
	}
	return []*trieNode{n}
}

// link adds an empty step from n to m.
func (n *trieNode) link(m *trieNode) {
	if n != m && !slices.Contains(n.eps, m) {
		n.eps = append(n.eps, m)
	}
}

func canBeEmpty(nodes []node) bool {
	for _, nd := range nodes {
		switch {
		case nd.alts == nil && nd.e.min > 0 && nd.e.kind != elemGap:
			return false
		case nd.alts != nil && !nd.opt && !slices.ContainsFunc(nd.alts, canBeEmpty):
			return false
		}
	}
	return true
}

// edgeGap reports whether the pattern can start (or end) with a gap.
func edgeGap(nodes []node, start bool) bool {
	if len(nodes) == 0 {
		return false
	}
	nd := nodes[len(nodes)-1]
	if start {
		nd = nodes[0]
	}
	if nd.alts == nil {
		return nd.e.kind == elemGap
	}
	for _, alt := range nd.alts {
		if edgeGap(alt, start) {
			return true
		}
	}
	return false
}

func (n *trieNode) child(e elem) *trieNode {
	if e.kind == elemWord && e.set == nil && e.min == 1 && e.max == 1 {
		if n.words == nil {
			n.words = map[int32]*trieNode{}
		}
		c := n.words[e.id]
		if c == nil {
			c = &trieNode{}
			n.words[e.id] = c
		}
		return c
	}
	for i := range n.other {
		if sameElem(&n.other[i].e, &e) {
			return n.other[i].next
		}
	}
	c := &trieNode{}
	n.other = append(n.other, trieEdge{e, c})
	return c
}

func sameElem(a, b *elem) bool {
	if a.kind != b.kind || a.id != b.id || a.min != b.min || a.max != b.max || !slices.Equal(a.texts, b.texts) {
		return false
	}
	if (a.set == nil) != (b.set == nil) {
		return false
	}
	if a.set == nil || a.set == b.set {
		return true
	}
	x, y := a.set.bits, b.set.bits
	for len(x) > 0 && x[len(x)-1] == 0 {
		x = x[:len(x)-1]
	}
	for len(y) > 0 && y[len(y)-1] == 0 {
		y = y[:len(y)-1]
	}
	return slices.Equal(x, y)
}

// finish indexes every node's edges; call it once after the last add.
// A large trie gets dense indexes at its root, sized to the vocabulary.
func (t *trie) finish(vocabSize int, dense bool) {
	t.root.finish()
	t.start.finish()
	if !dense {
		return
	}
	r := &t.root
	r.rootKids = make([]*trieNode, vocabSize)
	for i, id := range r.wordIDs {
		r.rootKids[id] = r.wordKids[i]
	}
	r.denseSet = make([][]int32, vocabSize)
	for i, id := range r.setIDs {
		r.denseSet[id] = r.setEdges[i]
	}
}

func (n *trieNode) finish() {
	if n.done {
		return
	}
	n.done = true
	for _, m := range n.eps {
		m.finish()
	}
	for i := range n.other {
		e := &n.other[i].e
		n.other[i].next.finish()
		if e.kind != elemWord {
			continue // in always, which derive lays out
		}
		// A word edge is indexed by its words, even an optional one: its
		// empty step is taken apart, after the others (longer first).
		if e.min == 0 {
			n.skips = append(n.skips, n.other[i].next)
		}
		if n.bySet == nil {
			n.bySet = map[int32][]int32{}
		}
		add := func(id int32) { n.bySet[id] = append(n.bySet[id], int32(i)) }
		if e.set == nil {
			add(e.id)
		} else {
			e.set.each(add)
		}
	}
	for _, c := range n.words {
		c.finish()
	}
	n.wordIDs = sortedKeys(n.words)
	for _, id := range n.wordIDs {
		n.wordKids = append(n.wordKids, n.words[id])
	}
	n.setIDs = sortedKeys(n.bySet)
	for _, id := range n.setIDs {
		n.setEdges = append(n.setEdges, n.bySet[id])
	}
	n.derive()
	n.words, n.bySet = nil, nil
}

// derive sets always, markFrom, idMask and wordOnly from the node's
// edges.
func (n *trieNode) derive() {
	n.always = n.always[:0]
	for i := range n.other {
		if e := &n.other[i].e; e.kind != elemWord && (e.kind != elemText || e.min == 0) {
			n.always = append(n.always, int32(i))
		}
	}
	n.markFrom = int32(len(n.always))
	for i := range n.other {
		if e := &n.other[i].e; e.kind == elemText || e.kind == elemGap || e.min == 0 && e.kind != elemWord {
			n.always = append(n.always, int32(i))
		}
	}
	n.wordOnly = len(n.eps) == 0 && len(n.ends) == 0 && len(n.always) == 0 && len(n.skips) == 0 && n.rootKids == nil
	n.idMask = 0
	for _, ids := range [2][]int32{n.wordIDs, n.setIDs} {
		for _, id := range ids {
			n.idMask |= 1 << (id & 63)
		}
	}
}

// sortedKeys returns m's keys in increasing order.
func sortedKeys[V any](m map[int32]V) []int32 {
	if len(m) == 0 {
		return nil
	}
	ids := make([]int32, 0, len(m))
	for id := range m {
		// Insertion sort: the maps are small, and this runs once per node.
		i := len(ids)
		ids = append(ids, id)
		for ; i > 0 && ids[i-1] > id; i-- {
			ids[i] = ids[i-1]
		}
		ids[i] = id
	}
	return ids
}

// search returns the index of id in the sorted ids, or -1.
func search(ids []int32, id int32) int {
	if len(ids) <= 8 {
		for i, x := range ids {
			if x >= id {
				if x == id {
					return i
				}
				return -1
			}
		}
		return -1
	}
	lo, hi := 0, len(ids)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ids[mid] < id {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(ids) && ids[lo] == id {
		return lo
	}
	return -1
}

// matchAt appends to out every pattern that matches toks starting at i
// (first is the sentence's first word, for ^), at most one end per pattern.
func (t *trie) matchAt(toks []token, i, first int, out []trieMatch) []trieMatch {
	if i != first && !t.root.mayLead(toks, i) {
		return out // the token at i starts no pattern
	}
	w := walker{t: t, toks: toks, start: i, first: first, out: out, from: len(out)}
	w.walk(&t.root, i)
	if i == first {
		w.walk(&t.start, i)
	}
	return w.out
}

// walker is one walk of a trie from a start token: what every step of
// it reads, kept in one place so that a step passes only its node and
// position (the walk recurses once per step, and this is its hot path).
type walker struct {
	t     *trie
	toks  []token
	start int // the token the walk started from
	first int // the sentence's first word, for ^
	out   []trieMatch
	from  int // out[from:] holds this walk's matches
}

func (w *walker) walk(n *trieNode, p int) {
	for _, m := range n.eps {
		w.walk(m, p)
	}
	toks := w.toks
	for _, k := range n.ends {
		pat := w.t.pats[k]
		if pat.atStart && w.start != w.first || pat.atEnd && !onlyPunctAfter(toks, p) {
			continue
		}
		seen := false
		for _, m := range w.out[w.from:] {
			if m.pat == k {
				seen = true
				break
			}
		}
		if !seen {
			w.out = append(w.out, trieMatch{k, p})
		}
	}
	if p < len(toks) && toks[p].kind == wordToken {
		id := toks[p].id
		if n.rootKids != nil {
			if int(id) < len(n.rootKids) && n.rootKids[id] != nil && !n.rootKids[id].idle(toks, p+1) {
				w.walk(n.rootKids[id], p+1)
			}
			if int(id) < len(n.denseSet) {
				for _, ei := range n.denseSet[id] {
					w.edge(&n.other[ei], p, 1)
				}
			}
		} else if n.idMask&(1<<(id&63)) != 0 {
			if i := search(n.wordIDs, id); i >= 0 && !n.wordKids[i].idle(toks, p+1) {
				w.walk(n.wordKids[i], p+1)
			}
			if i := search(n.setIDs, id); i >= 0 {
				for _, ei := range n.setEdges[i] {
					w.edge(&n.other[ei], p, 1)
				}
			}
		}
	}
	// Most of these edges need a token of one kind, a word or a mark,
	// and each kind has its own run of them; past the last token only
	// gaps and optional edges can go on.
	switch {
	case p >= len(toks):
		for _, ei := range n.always[:n.markFrom] {
			if ed := &n.other[ei]; ed.e.min == 0 || ed.e.kind == elemGap {
				w.edge(ed, p, 0)
			}
		}
	case toks[p].kind == wordToken:
		for _, ei := range n.always[:n.markFrom] {
			w.edge(&n.other[ei], p, 0)
		}
	default:
		for _, ei := range n.always[n.markFrom:] {
			w.edge(&n.other[ei], p, 0)
		}
	}
	for _, m := range n.skips {
		w.walk(m, p)
	}
}

// edge follows one non-word edge from position p, whose first c tokens
// are known to match (1 for a set edge reached by its word's id, else 0).
func (w *walker) edge(ed *trieEdge, p, c int) {
	e := &ed.e
	toks := w.toks
	if e.kind == elemGap {
		for k := 0; k <= int(e.max) && p+k <= len(toks); k++ {
			w.walk(ed.next, p+k)
		}
		return
	}
	for c < int(e.max) && p+c < len(toks) && e.match(&toks[p+c]) {
		c++
	}
	// An optional word edge's empty step is in its node's skips.
	lo := int(e.min)
	if lo == 0 && e.kind == elemWord {
		lo = 1
	}
	for ; c >= lo; c-- {
		if !ed.next.idle(toks, p+c) {
			w.walk(ed.next, p+c)
		}
	}
}

// mayLead reports whether a walk of n from p could find anything, as far
// as its first step tells: most tokens start no pattern of a small trie,
// and this turns them away before a walk is set up.
func (n *trieNode) mayLead(toks []token, p int) bool {
	if len(n.eps) > 0 || len(n.ends) > 0 || len(n.skips) > 0 || p >= len(toks) {
		return true
	}
	if toks[p].kind != wordToken {
		return len(n.always) > int(n.markFrom)
	}
	if n.markFrom > 0 {
		return true
	}
	id := toks[p].id
	if n.rootKids != nil {
		return int(id) < len(n.rootKids) && (n.rootKids[id] != nil || len(n.denseSet[id]) > 0)
	}
	return n.idMask&(1<<(id&63)) != 0
}

// idle reports whether a walk of n from p is sure to find nothing: a
// node that leaves only by word edges, none of which the token takes. It
// is mayLead for such a node, spelt out: it runs at nearly every step.
func (n *trieNode) idle(toks []token, p int) bool {
	return n.wordOnly && (p >= len(toks) || toks[p].kind != wordToken || n.idMask&(1<<(toks[p].id&63)) == 0)
}

func onlyPunctAfter(toks []token, p int) bool {
	for ; p < len(toks); p++ {
		if toks[p].kind == wordToken {
			return false
		}
	}
	return true
}

// find reports the first match in toks[from:to] starting at or after from,
// as token indexes [start, end). buf is scratch space.
func (t *trie) find(toks []token, from, to, first int, buf []trieMatch) (start, end int, ok bool) {
	for i := from; i < to; i++ {
		if buf = t.matchAt(toks[:to], i, first, buf[:0]); len(buf) > 0 {
			return i, buf[0].end, true
		}
	}
	return 0, 0, false
}

// matchesAt reports the end of the first match starting exactly at i.
func (t *trie) matchesAt(toks []token, i, first int, buf []trieMatch) (int, bool) {
	if i >= len(toks) {
		return 0, false
	}
	if buf = t.matchAt(toks, i, first, buf[:0]); len(buf) > 0 {
		return buf[0].end, true
	}
	return 0, false
}
