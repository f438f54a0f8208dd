package text

// Change is one content change as an editor sends it: a range in the
// document as it is before this change, or nil for the whole text.
type Change struct {
	Range *Range
	Text  string
}

// ByteEdit is a change in byte terms, with the tree-sitter points that
// tree.Edit needs (computed against the text before and after).
type ByteEdit struct {
	Start, OldEnd, NewEnd       int
	StartPt, OldEndPt, NewEndPt Point
}

// Apply applies one change to the text behind x and returns the new text
// and its byte edit. Out-of-range positions clamp (as LSP clients expect);
// the result is never an error.
func (x *Index) Apply(c Change) ([]byte, ByteEdit) {
	old := x.text
	var s Span
	if c.Range == nil {
		s = Span{0, len(old)}
	} else {
		s = x.SpanOf(*c.Range)
	}
	out := make([]byte, 0, len(old)-s.Len()+len(c.Text))
	out = append(out, old[:s.Start]...)
	out = append(out, c.Text...)
	out = append(out, old[s.End:]...)
	e := ByteEdit{Start: s.Start, OldEnd: s.End, NewEnd: s.Start + len(c.Text)}
	e.StartPt = x.Point(s.Start)
	e.OldEndPt = x.Point(s.End)
	e.NewEndPt = pointAfter(e.StartPt, c.Text)
	return out, e
}

// pointAfter advances p over inserted text.
func pointAfter(p Point, ins string) Point {
	for i := 0; i < len(ins); i++ {
		if ins[i] == '\n' {
			p.Row++
			p.Column = 0
		} else {
			p.Column++
		}
	}
	return p
}

// Merge combines a sequence of byte edits (each against the text left by
// the previous one) into one edit against the first text: the smallest
// region that covers them all. Points are left for the caller to fill.
func Merge(edits []ByteEdit) ByteEdit {
	m := edits[0]
	for _, e := range edits[1:] {
		lo := min(m.Start, e.Start)
		end := max(m.NewEnd, e.OldEnd)
		oldEnd := m.OldEnd + (end - m.NewEnd)
		newEnd := end + (e.NewEnd - e.Start) - (e.OldEnd - e.Start)
		m = ByteEdit{Start: lo, OldEnd: oldEnd, NewEnd: newEnd}
	}
	return m
}
