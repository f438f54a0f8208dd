package fix

import (
	"unicode/utf8"

	udiff "github.com/aymanbagabas/go-udiff"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// MaxRounds bounds the rounds of fixes, in the editor's fix-all and in
// `mpls check --fix` alike: each round takes at least one fix, and a page
// rarely has fixes nested deeper than two.
const MaxRounds = 5

// AllRounds is the editor's fix-all of one document: one edit list that
// leaves no safe fix behind. Each round is Plan's for the document alone
// on the text the last round left, with the findings recheck computes
// there, until a round finds nothing to take or MaxRounds: the rounds of
// `mpls check --fix`, so both make the same text. Fixes that overlap one
// taken (a consent prompt wrapping a statement whose http:// URL also has
// a fix) wait for a later round. With one round the edits are the fixes'
// own; with more, they are the minimal difference between src and the
// final text (sorted, never overlapping), since later rounds' edits are
// on a text src never had.
func AllRounds(path string, src []byte, fs []rule.Finding, recheck func([]byte) []rule.Finding) []rule.Edit {
	cur := src
	var first []rule.Edit
	rounds := 0
	for ; rounds < MaxRounds; rounds++ {
		if rounds > 0 {
			if recheck == nil {
				break
			}
			fs = recheck(cur)
		}
		plan := Plan(fs, func(p string) ([]byte, bool) { return cur, p == path }, path)
		if len(plan) == 0 {
			break
		}
		if rounds == 0 {
			first = plan[0].Edits
		}
		cur = Apply(cur, plan[0].Edits)
	}
	if rounds <= 1 {
		return first
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
