package template

import (
	sitter "github.com/smacker/go-tree-sitter"
	"sync/atomic"

	"mpls/analysis/text"
)

// Edit is the byte change between the text prev was computed from and the
// new text: [Start, OldEnd) became [Start, NewEnd).
type Edit struct{ Start, OldEnd, NewEnd int }

// Reanalyze updates prev for an edit instead of walking the whole tree: it
// finds the innermost element around the edit whose extent the new tree
// keeps (shifted), walks only that element's new subtree and splices the
// result into prev's facts, shifting everything after it. A keystroke in
// a 5,000-line template then costs a walk of one element. When no such
// element exists (an edit at the top level, or one that changes the
// element structure around it) it falls back to a full Analyze. prev is
// not modified.
func Reanalyze(prev *Facts, e Edit, root *sitter.Node, src []byte, pointOf func(int) sitter.Point) *Facts {
	if prev == nil {
		return Analyze(root, src)
	}
	delta := e.NewEnd - e.OldEnd
	for idx := innermost(prev, e); idx >= 0; idx = prev.Elements[idx].Parent {
		old := prev.Elements[idx]
		start, end := old.Span.Start, old.Span.End+delta
		n := elementAt(root, start, end, pointOf)
		if n == nil {
			continue
		}
		// Error recovery can restructure the tree outside the element (an
		// ERROR before it became the start tag of a new parent with a
		// MISSING ">", found by FuzzRebuildEqualsFresh): the element must
		// keep its ancestors and the syntax errors outside it must stay
		// where they were, or only a full walk is right.
		if !sameAncestors(prev, idx, n, delta) || !sameErrorsOutside(prev, old.Span, root, n, delta) {
			break
		}
		Spliced.Add(1)
		return splice(prev, idx, e, n, src)
	}
	return Analyze(root, src)
}

// sameAncestors reports whether n's element ancestors in the new tree
// have the extents (grown by delta) of idx's ancestors in prev.
func sameAncestors(prev *Facts, idx int, n *sitter.Node, delta int) bool {
	j := prev.Elements[idx].Parent
	for p := n.Parent(); p != nil; p = p.Parent() {
		if t := p.Type(); t != "element" && t != "script_element" {
			continue
		}
		if j < 0 {
			return false
		}
		s := prev.Elements[j].Span
		if int(p.StartByte()) != s.Start || int(p.EndByte()) != s.End+delta {
			return false
		}
		j = prev.Elements[j].Parent
	}
	return j < 0
}

// errorsUncounted are the nodes Analyze does not look for errors in.
// Looking in more places than Analyze only costs a full walk.
var errorsUncounted = map[string]bool{"attribute": true, "end_tag": true, "text": true, "interpolation": true, "comment": true, "entity": true, "raw_text": true}

// sameErrorsOutside reports whether the ERROR and MISSING nodes of the new
// tree outside n sit where prev's syntax errors outside span sat (shifted
// past the edit). Only branches of the tree that hold an error are
// visited. Where the two lists count errors differently the answer is
// false, which costs a full walk, never a wrong one.
func sameErrorsOutside(prev *Facts, span text.Span, root, n *sitter.Node, delta int) bool {
	var want []text.Span
	for _, e := range prev.Errors {
		if e.Start < span.Start && e.End > span.Start {
			return false // an ERROR around the element: splice would not grow it
		}
		if e.Start < span.Start || e.End > span.End {
			if e.Start >= span.End {
				e.Start += delta
			}
			if e.End >= span.End {
				e.End += delta
			}
			want = append(want, e)
		}
	}
	if !root.HasError() {
		return len(want) == 0
	}
	ns, ne, sym := n.StartByte(), n.EndByte(), n.Symbol()
	var got []text.Span
	stack := []*sitter.Node{root}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.StartByte() == ns && x.EndByte() == ne && x.Symbol() == sym {
			continue // n itself
		}
		if x.IsError() || x.IsMissing() {
			got = append(got, text.Span{Start: int(x.StartByte()), End: int(x.EndByte())})
			if len(got) > len(want) {
				return false
			}
			if p := x.Parent(); x.IsMissing() || p != nil && (p.Type() == "start_tag" || p.Type() == "self_closing_tag") {
				continue // Analyze does not look inside these either
			}
		}
		if !x.HasError() || errorsUncounted[x.Type()] {
			continue
		}
		for i := int(x.ChildCount()) - 1; i >= 0; i-- {
			stack = append(stack, x.Child(i))
		}
	}
	if len(got) != len(want) {
		return false
	}
	seen := map[text.Span]int{}
	for _, g := range got {
		seen[g]++
	}
	for _, w := range want {
		if seen[w]--; seen[w] < 0 {
			return false
		}
	}
	return true
}

// innermost is the deepest element that strictly encloses the edit.
func innermost(f *Facts, e Edit) int {
	best := -1
	for i := range f.Elements {
		s := f.Elements[i].Span
		if s.Start < e.Start && e.OldEnd < s.End {
			best = i // pre-order: later matches are deeper
		} else if s.Start > e.OldEnd {
			break
		}
	}
	return best
}

// elementAt finds the element node spanning exactly [start, end).
func elementAt(root *sitter.Node, start, end int, pointOf func(int) sitter.Point) *sitter.Node {
	if end <= start {
		return nil
	}
	for n := root.NamedDescendantForPointRange(pointOf(start), pointOf(end-1)); n != nil; n = n.Parent() {
		s, en := int(n.StartByte()), int(n.EndByte())
		if s == start && en == end && (n.Type() == "element" || n.Type() == "script_element") {
			return n
		}
		if s < start || en > end {
			return nil
		}
	}
	return nil
}

func splice(prev *Facts, idx int, e Edit, n *sitter.Node, src []byte) *Facts {
	old := prev.Elements[idx]
	// size of idx's subtree in prev (pre-order: contiguous)
	endIdx := idx + 1
	for endIdx < len(prev.Elements) && prev.Elements[endIdx].Span.Start < old.Span.End && isDescendant(prev, endIdx, idx) {
		endIdx++
	}
	p := walker.Flatten(n, int(n.EndByte()-n.StartByte()))
	w := &walker2{src: src, f: &Facts{}, n: *p}
	w.element(0, -1)
	walker.Release(p)
	frag := w.f
	delta := e.NewEnd - e.OldEnd
	dCount := len(frag.Elements) - (endIdx - idx)
	shift := func(s text.Span) text.Span {
		if s.Start >= e.OldEnd {
			s.Start += delta
		}
		if s.End >= e.OldEnd {
			s.End += delta
		}
		return s
	}
	mapElem := func(i int) int {
		if i >= endIdx {
			return i + dCount
		}
		return i
	}
	out := &Facts{Elements: make([]Element, 0, len(prev.Elements)+dCount)}
	for i, el := range prev.Elements[:idx] {
		if el.Span.End >= e.OldEnd { // an ancestor: it grows
			el.Span = shift(el.Span)
			el.Content = shift(el.Content)
		}
		out.Elements = append(out.Elements, el)
		_ = i
	}
	for _, el := range frag.Elements {
		if el.Parent < 0 {
			el.Parent = old.Parent
		} else {
			el.Parent += idx
		}
		out.Elements = append(out.Elements, el)
	}
	// the shifted attributes of the elements after the edit share one
	// allocation (and their interpolations another): a keystroke near the
	// top of a long template moves thousands of them
	var sl slabs
	for _, el := range prev.Elements[endIdx:] {
		sl.attrs += len(el.Attrs)
		for _, a := range el.Attrs {
			sl.interps += len(a.Interps)
		}
	}
	sl.a, sl.in = make([]Attr, 0, sl.attrs), make([]Interp, 0, sl.interps)
	for _, el := range prev.Elements[endIdx:] {
		el = sl.shiftElement(el, shift)
		el.Parent = mapElem(el.Parent)
		out.Elements = append(out.Elements, el)
	}
	// Each list holds the items of a pre-order walk, so the items of idx's
	// subtree are contiguous: keep the prefix, put the fragment, shift the
	// suffix. The order is then exactly a fresh walk's.
	inside := func(s text.Span) bool { return s.Start >= old.Span.Start && s.End <= old.Span.End }
	before := func(s text.Span) bool { return s.Start < old.Span.Start }
	out.Texts = spliceList(prev.Texts, frag.Texts, func(t TextRun) bool { return before(t.Span) }, func(t TextRun) bool { return inside(t.Span) }, func(t TextRun) TextRun {
		t.Span = shift(t.Span)
		t.Elem = mapElem(t.Elem)
		return t
	}, func(t TextRun) TextRun {
		t.Elem = fragElem(t.Elem, idx, old.Parent)
		return t
	})
	out.Bindings = spliceList(prev.Bindings, frag.Bindings, func(b Binding) bool { return b.Elem < idx }, func(b Binding) bool { return b.Elem >= idx && b.Elem < endIdx }, func(b Binding) Binding {
		b.HandlerSpan = shift(b.HandlerSpan)
		b.Elem = mapElem(b.Elem)
		return b
	}, func(b Binding) Binding {
		b.Elem = fragElem(b.Elem, idx, old.Parent)
		return b
	})
	out.Interps = spliceList(prev.Interps, frag.Interps, func(in Interp) bool { return before(in.Span) }, func(in Interp) bool { return inside(in.Span) }, func(in Interp) Interp { return shiftInterp(in, shift) }, same[Interp])
	out.Comments = spliceList(prev.Comments, frag.Comments, func(c Comment) bool { return before(c.Span) }, func(c Comment) bool { return inside(c.Span) }, func(c Comment) Comment {
		c.Span = shift(c.Span)
		return c
	}, same[Comment])
	out.Errors = spliceList(prev.Errors, frag.Errors, before, inside, shift, same[text.Span])
	return out
}

func same[T any](x T) T { return x }

// spliceList keeps prev's items that come before the re-walked element,
// then frag (fixed up), then the items after the element (shifted);
// prev's items inside the element are dropped.
func spliceList[T any](prev, frag []T, before, in func(T) bool, after func(T) T, fix func(T) T) []T {
	out := make([]T, 0, len(prev)+len(frag))
	i := 0
	for ; i < len(prev) && before(prev[i]) && !in(prev[i]); i++ {
		out = append(out, prev[i])
	}
	for _, x := range frag {
		out = append(out, fix(x))
	}
	for ; i < len(prev); i++ {
		if !in(prev[i]) {
			out = append(out, after(prev[i]))
		}
	}
	return out
}

func fragElem(i, idx, parent int) int {
	if i < 0 {
		return parent
	}
	return i + idx
}

func isDescendant(f *Facts, i, anc int) bool {
	for p := f.Elements[i].Parent; p >= 0; p = f.Elements[p].Parent {
		if p == anc {
			return true
		}
		if p < anc {
			return false
		}
	}
	return false
}

func shiftInterp(in Interp, shift func(text.Span) text.Span) Interp {
	in.Span = shift(in.Span)
	in.ExprSpan = shift(in.ExprSpan)
	return in
}

// slabs hold the shifted attributes and interpolations of a splice.
type slabs struct {
	attrs, interps int
	a              []Attr
	in             []Interp
}

// shiftElement moves an element that lies after the edit; its attribute
// slice is copied (prev's facts are shared and immutable) into the slab.
func (sl *slabs) shiftElement(el Element, shift func(text.Span) text.Span) Element {
	el.Span = shift(el.Span)
	el.TagSpan = shift(el.TagSpan)
	el.StartTag = shift(el.StartTag)
	el.Content = shift(el.Content)
	if el.Attrs == nil {
		return el
	}
	start := len(sl.a)
	for _, a := range el.Attrs {
		a.NameSpan = shift(a.NameSpan)
		a.ValueSpan = shift(a.ValueSpan)
		if a.Interps != nil {
			i0 := len(sl.in)
			for _, in := range a.Interps {
				sl.in = append(sl.in, shiftInterp(in, shift))
			}
			a.Interps = sl.in[i0:len(sl.in):len(sl.in)]
		}
		sl.a = append(sl.a, a)
	}
	el.Attrs = sl.a[start:len(sl.a):len(sl.a)]
	return el
}

// Spliced counts incremental updates (tests check the fast path is
// taken); atomic, since every open document's worker updates it.
var Spliced atomic.Int64
