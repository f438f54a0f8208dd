package fix

import (
	"unicode/utf8"

	udiff "github.com/aymanbagabas/go-udiff"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// MaxRounds bounds AllRounds: each round takes at least one fix, and a
// page rarely has fixes nested deeper than two.
const MaxRounds = 5

// AllRounds is All for editors' fix-on-save: one edit list that leaves no
// safe fix behind. Fixes that overlap one already taken (a consent prompt
// wrapping a statement whose http:// URL also has a fix) wait for another
// round on the text the last one left, whose findings recheck computes.
// With one round the edits are the fixes' own; with more, they are the
// minimal difference between src and the final text (sorted, never
// overlapping), since later rounds' edits are on a text src never had.
func AllRounds(path string, src []byte, fs []rule.Finding, recheck func([]byte) []rule.Finding) []rule.Edit {
	edits, skipped := all(path, fs, src)
	if !skipped || len(edits) == 0 || recheck == nil {
		return edits
	}
	cur := Apply(src, edits)
	for round := 1; round < MaxRounds; round++ {
		more, skipped := all(path, recheck(cur), cur)
		if len(more) == 0 {
			break
		}
		cur = Apply(cur, more)
		if !skipped {
			break
		}
	}
	return Diff(src, cur)
}

// Diff returns the edits that turn a into b: minimal, on rune boundaries.
func Diff(a, b []byte) []rule.Edit {
	if !utf8.Valid(a) || !utf8.Valid(b) {
		// the diff works on runes and would count an invalid byte as
		// U+FFFD's three: one edit between the common ends instead
		p := 0
		for p < len(a) && p < len(b) && a[p] == b[p] {
			p++
		}
		q := 0
		for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] {
			q++
		}
		if p == len(a) && p == len(b) {
			return nil
		}
		return []rule.Edit{{Span: text.Span{Start: p, End: len(a) - q}, NewText: string(b[p : len(b)-q])}}
	}
	var out []rule.Edit
	for _, e := range udiff.Bytes(a, b) {
		out = append(out, rule.Edit{Span: text.Span{Start: e.Start, End: e.End}, NewText: e.New})
	}
	return out
}
