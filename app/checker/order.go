package checker

import "sort"

// sortHits sorts hs by cmp, keeping hits that cmp finds equal in the order
// they had. It goes through sort.Sort, whose code go-app already brings,
// rather than a generic stable sort, which would compile a copy of the
// whole sorting algorithm for the hit type into app.wasm.
func sortHits(hs []hit, cmp func(x, y hit) int) {
	pos := make([]int, len(hs))
	for i := range pos {
		pos[i] = i
	}
	sort.Sort(hitOrder{hs, pos, cmp})
}

// hitOrder is hits being sorted, each with its first position, which
// breaks ties so that the sort is stable.
type hitOrder struct {
	hs  []hit
	pos []int
	cmp func(x, y hit) int
}

func (o hitOrder) Len() int { return len(o.hs) }

func (o hitOrder) Less(i, j int) bool {
	if c := o.cmp(o.hs[i], o.hs[j]); c != 0 {
		return c < 0
	}
	return o.pos[i] < o.pos[j]
}

func (o hitOrder) Swap(i, j int) {
	o.hs[i], o.hs[j] = o.hs[j], o.hs[i]
	o.pos[i], o.pos[j] = o.pos[j], o.pos[i]
}
