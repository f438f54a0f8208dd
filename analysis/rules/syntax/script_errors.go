package syntax

import (
	"context"
	"sort"

	sitter "github.com/smacker/go-tree-sitter"

	"mpls/analysis/parse"
	"mpls/analysis/text"
)

// certainScriptErrors keeps the script syntax errors mpls is sure of: a
// file that runs must never get one, and the editor's JavaScript service
// reports the real ones anyway.
//
// TypeScript: none. tree-sitter's TypeScript grammar rejects valid code
// (an interface method named `in` on its own line, an optional destructured
// parameter in a function type: both in WeChat's own typings), and tsc,
// which every TypeScript project runs, reports the real errors.
//
// tree-sitter's JavaScript grammar takes valid code well (newer syntax,
// comments, restricted productions, `1\n.5` ...), with one known gap: it
// does not insert the semicolon JavaScript inserts at a line break when the
// next line starts with `(`, `[`, `+`, `-`, `/` or a backquote and cannot
// continue the statement (`let a, b` and then `(function () {})()`). So an
// error near such a line counts only if it is still there, within a line,
// when the text is parsed again with a `;` at the start of that line. Any
// other error is certain. The parse runs only for errors near such lines,
// which keeps a keystroke in a half-typed statement cheap.
func certainScriptErrors(lang parse.Lang, src []byte, errs []text.Span) []text.Span {
	if len(errs) == 0 || lang != parse.JavaScript {
		return nil
	}
	if len(errs) > 20 {
		errs = errs[:20] // the rule reports no more
	}
	lines := lineStarts(src)
	keep := make([]bool, len(errs))
	asi := make([]bool, len(errs)) // a `;` at a line start may explain it
	var at []int
	for i, e := range errs {
		keep[i] = true
		// the line breaks around the error's ends, not every one inside it
		r0, r1 := rowOf(lines, e.Start), rowOf(lines, e.End)
		for _, r := range []int{r0, r0 + 1, r1, r1 + 1} {
			if r > 0 && r < len(lines) && continues(src[lines[r]:]) {
				at = append(at, lines[r])
				asi[i] = true
			}
		}
	}
	if len(at) > 0 {
		got := errorRows(lang, insertSemicolons(src, at))
		for i, e := range errs {
			if !asi[i] {
				continue
			}
			from, to := rowOf(lines, e.Start)-1, rowOf(lines, e.End)+1
			j := sort.SearchInts(got, from)
			keep[i] = j < len(got) && got[j] <= to
		}
	}
	var out []text.Span
	for i, e := range errs {
		if keep[i] {
			out = append(out, e)
		}
	}
	return out
}

// continues reports whether a line starts (after blanks) with a token that
// may continue the previous line's statement: ( [ + - / or a backquote,
// not a comment.
func continues(line []byte) bool {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i == len(line) {
		return false
	}
	switch line[i] {
	case '(', '[', '+', '-', '`':
		return true
	case '/':
		return i+1 == len(line) || line[i+1] != '/' && line[i+1] != '*'
	}
	return false
}

// lineStarts lists the byte offset of every line's start.
func lineStarts(src []byte) []int {
	out := []int{0}
	for i, c := range src {
		if c == '\n' {
			out = append(out, i+1)
		}
	}
	return out
}

// rowOf is the 0-based line of a byte offset.
func rowOf(lines []int, off int) int {
	return sort.SearchInts(lines, off+1) - 1
}

// insertSemicolons returns src with a `;` before each offset (sorted or
// not, duplicates once). Lines keep their numbers.
func insertSemicolons(src []byte, at []int) []byte {
	sort.Ints(at)
	out := make([]byte, 0, len(src)+len(at))
	prev := 0
	for i, a := range at {
		if i > 0 && a == at[i-1] {
			continue
		}
		out = append(out, src[prev:a]...)
		out = append(out, ';')
		prev = a
	}
	return append(out, src[prev:]...)
}

// errorRows parses src and lists, sorted, the lines its ERROR and MISSING
// nodes touch. A parse that fails confirms nothing.
func errorRows(l parse.Lang, src []byte) []int {
	tree, err := parse.Parse(context.Background(), l, nil, src)
	if err != nil {
		return nil
	}
	defer tree.Close()
	var out []int
	var walk func(n *sitter.Node, depth int)
	walk = func(n *sitter.Node, depth int) {
		if n.IsError() || n.IsMissing() {
			for r := int(n.StartPoint().Row); r <= int(n.EndPoint().Row); r++ {
				out = append(out, r)
			}
			return
		}
		if !n.HasError() || depth > 2000 {
			return
		}
		for i := 0; i < int(n.ChildCount()); i++ {
			walk(n.Child(i), depth+1)
		}
	}
	walk(tree.RootNode(), 0)
	sort.Ints(out)
	return out
}
