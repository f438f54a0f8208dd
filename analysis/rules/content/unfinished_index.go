package content

import (
	"sort"

	"mpls/analysis/template"
)

// tplIndex answers the tree questions of the control checks in constant
// time (a page of thousands of rows is checked on every keystroke):
// elements are in document order, so a subtree is a run of indices.
type tplIndex struct {
	t     *template.Facts
	end   []int                // e's subtree is [e, end[e])
	texts [][]template.TextRun // element text of e and its descendants
	bound map[int]bool         // elements with a tap-like binding
	act   [3][]bool            // acts: self, an ancestor, a descendant
	tap   [3][]bool            // tapped: self, an ancestor, a descendant
	inter []template.Interp    // interpolations by start
}

func newTplIndex(t *template.Facts) *tplIndex {
	n := len(t.Elements)
	x := &tplIndex{t: t, end: make([]int, n), texts: make([][]template.TextRun, n), bound: boundElems(t)}
	for i := range x.act {
		x.act[i], x.tap[i] = make([]bool, n), make([]bool, n)
	}
	for i := range t.Elements {
		x.end[i] = i + 1
		x.act[0][i] = acts(t, i, x.bound)
		x.tap[0][i] = x.bound[i] || t.Elements[i].Tag == "navigator" && t.Elements[i].Attr("url") != nil
		if p := t.Elements[i].Parent; p >= 0 {
			x.act[1][i] = x.act[1][p] || x.act[0][p]
			x.tap[1][i] = x.tap[1][p] || x.tap[0][p]
		}
	}
	for i := n - 1; i >= 0; i-- {
		if p := t.Elements[i].Parent; p >= 0 {
			x.end[p] = max(x.end[p], x.end[i])
			x.act[2][p] = x.act[2][p] || x.act[0][i] || x.act[2][i]
			x.tap[2][p] = x.tap[2][p] || x.tap[0][i] || x.tap[2][i]
		}
	}
	for _, r := range t.Texts {
		if r.Attr != "" {
			continue
		}
		for e := r.Elem; e >= 0; e = t.Elements[e].Parent {
			x.texts[e] = append(x.texts[e], r)
		}
	}
	x.inter = append([]template.Interp(nil), t.Interps...)
	sort.Slice(x.inter, func(i, j int) bool { return x.inter[i].Span.Start < x.inter[j].Span.Start })
	return x
}

// descends: i is inside e.
func (x *tplIndex) descends(i, e int) bool { return e < i && i < x.end[e] }

// reachesTap: e, an ancestor or a descendant acts (see acts).
func (x *tplIndex) reachesTap(e int) bool { return x.act[0][e] || x.act[1][e] || x.act[2][e] }

// tapped: a tap binding or a navigator on e, above or inside it.
func (x *tplIndex) tapped(e int) bool { return x.tap[0][e] || x.tap[1][e] || x.tap[2][e] }

// showsData: an interpolation stands in e's content.
func (x *tplIndex) showsData(e int) bool {
	c := x.t.Elements[e].Content
	i := sort.Search(len(x.inter), func(i int) bool { return x.inter[i].Span.Start >= c.Start })
	return i < len(x.inter) && x.inter[i].Span.End <= c.End
}
