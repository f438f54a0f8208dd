// Package fix applies rule fixes to text: one fix, or every safe fix of a
// file at once without overlaps (fix-all, `mpls check --fix`).
package fix

import (
	"bytes"
	"sort"

	"mpls/analysis/rule"
)

// Apply applies edits (all in one file) to src. Overlapping edits after
// the first are dropped; the result is never a corrupted text.
func Apply(src []byte, edits []rule.Edit) []byte {
	es := NonOverlapping(edits)
	var out bytes.Buffer
	pos := 0
	for _, e := range es {
		if e.Span.Start < pos || e.Span.End > len(src) || e.Span.Start > e.Span.End {
			continue
		}
		out.Write(src[pos:e.Span.Start])
		out.WriteString(e.NewText)
		pos = e.Span.End
	}
	out.Write(src[pos:])
	return out.Bytes()
}

// NonOverlapping sorts edits and drops any that overlap an earlier one.
// Two insertions at the same offset keep their order.
func NonOverlapping(edits []rule.Edit) []rule.Edit {
	es := append([]rule.Edit(nil), edits...)
	sort.SliceStable(es, func(i, j int) bool { return es[i].Span.Start < es[j].Span.Start })
	out := es[:0]
	end := -1
	for _, e := range es {
		if e.Span.Start < end {
			continue
		}
		out = append(out, e)
		if e.Span.End > end {
			end = e.Span.End
		}
		if e.Span.Start == e.Span.End && e.Span.End == end {
			// an insertion: a following edit may start here too
			end = e.Span.End
		}
	}
	return out
}

// All collects every safe fix for findings in path, skipping any fix whose
// edits overlap one already taken (the next run picks it up). Edits of
// other files are left out: fix-all works on the document at hand.
func All(path string, fs []rule.Finding, src []byte) []rule.Edit {
	edits, _ := all(path, fs, src)
	return edits
}

// all is All, and whether a safe fix was left out because it overlapped
// one taken (another round would take it).
func all(path string, fs []rule.Finding, src []byte) ([]rule.Edit, bool) {
	var taken []rule.Edit
	skipped := false
	for _, f := range fs {
		if f.Path != path {
			continue
		}
		for _, fx := range f.Fixes {
			if !fx.Safe || Applied(src, fx) {
				continue
			}
			otherFile, overlap := false, false
			for _, e := range fx.Edits {
				if e.Path != "" && e.Path != path {
					otherFile = true
					break
				}
				for _, t := range taken {
					if overlaps(e, t) {
						overlap = true
					}
				}
			}
			switch {
			case otherFile:
			case overlap:
				skipped = true
			default:
				taken = append(taken, fx.Edits...)
			}
			break
		}
	}
	return NonOverlapping(taken), skipped
}

func overlaps(a, b rule.Edit) bool {
	if a.Span.Start == a.Span.End || b.Span.Start == b.Span.End {
		return a.Span.Start > b.Span.Start && a.Span.Start < b.Span.End || b.Span.Start > a.Span.Start && b.Span.Start < a.Span.End
	}
	return a.Span.Start < b.Span.End && b.Span.Start < a.Span.End
}

// Applied reports whether applying fx would change nothing (the fix is
// already there), so an editor never offers it twice.
// A fix with an edit outside src is stale and counts as applied too.
func Applied(src []byte, fx rule.Fix) bool {
	for _, e := range fx.Edits {
		if e.Path == "" && (e.Span.Start < 0 || e.Span.End > len(src) || e.Span.Start > e.Span.End) {
			return true // stale: do not offer (nor apply half of it)
		}
	}
	for _, e := range fx.Edits {
		if e.Path != "" {
			return false
		}
		if string(src[e.Span.Start:e.Span.End]) != e.NewText {
			return false
		}
	}
	return true
}
