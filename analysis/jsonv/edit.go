package jsonv

import (
	"strings"

	"mpls/analysis/text"
)

// The edit helpers return one replacement (span in src, new text) that keeps
// the file's style: its line ending (CRLF or LF), its indentation (tabs or
// spaces, and how many), the order of the existing keys, and whether the
// container is written on one line or one element per line. They expect a
// value from parsing src; on anything else they return an empty span and
// "" (a no-op).

// InsertMember adds `"key": valueJSON` as the last member of obj.
// valueJSON may span lines; it is re-indented to sit at the member's depth.
func InsertMember(src []byte, obj *Value, key string, valueJSON string) (text.Span, string) {
	if !obj.IsObject() || !inBounds(src, obj.Span) {
		return text.Span{}, ""
	}
	sep := ": "
	for _, m := range obj.Members {
		if s := string(src[m.KeySpan.End:m.Value.Span.Start]); !strings.ContainsAny(s, "\r\n/") {
			sep = s
			break
		}
	}
	els := make([]text.Span, len(obj.Members))
	for i, m := range obj.Members {
		els[i] = m.Span()
	}
	return insertLast(src, obj.Span, els, func(indent string, st style) string {
		return Quote(key) + sep + reindent(valueJSON, indent, st)
	}, true)
}

// AppendItem adds itemJSON as the last item of arr.
func AppendItem(src []byte, arr *Value, itemJSON string) (text.Span, string) {
	if !arr.IsArray() || !inBounds(src, arr.Span) {
		return text.Span{}, ""
	}
	els := make([]text.Span, len(arr.Items))
	for i, it := range arr.Items {
		els[i] = it.Span
	}
	expandEmpty := strings.ContainsAny(strings.TrimSpace(itemJSON), "\r\n")
	return insertLast(src, arr.Span, els, func(indent string, st style) string {
		return reindent(itemJSON, indent, st)
	}, expandEmpty)
}

// RemoveMember deletes the member named key (the last one, the one Get
// sees) with its comma. ok is false if there is no such member.
func RemoveMember(src []byte, obj *Value, key string) (s text.Span, newText string, ok bool) {
	if !obj.IsObject() || !inBounds(src, obj.Span) {
		return text.Span{}, "", false
	}
	for i := len(obj.Members) - 1; i >= 0; i-- {
		if obj.Members[i].Key == key {
			return RemoveMemberAt(src, obj, i)
		}
	}
	return text.Span{}, "", false
}

// RemoveMemberAt deletes member i of obj with its comma.
func RemoveMemberAt(src []byte, obj *Value, i int) (text.Span, string, bool) {
	if !obj.IsObject() || i < 0 || i >= len(obj.Members) || !inBounds(src, obj.Span) {
		return text.Span{}, "", false
	}
	els := make([]text.Span, len(obj.Members))
	for j, m := range obj.Members {
		els[j] = m.Span()
	}
	s, t := removeAt(src, obj.Span, els, i)
	return s, t, true
}

// RemoveItem deletes item i of arr with its comma.
func RemoveItem(src []byte, arr *Value, i int) (text.Span, string, bool) {
	if !arr.IsArray() || i < 0 || i >= len(arr.Items) || !inBounds(src, arr.Span) {
		return text.Span{}, "", false
	}
	els := make([]text.Span, len(arr.Items))
	for j, it := range arr.Items {
		els[j] = it.Span
	}
	s, t := removeAt(src, arr.Span, els, i)
	return s, t, true
}

// ReplaceValue returns the edit that replaces v with valueJSON, re-indented
// to v's depth.
func ReplaceValue(src []byte, v *Value, valueJSON string) (text.Span, string) {
	if v == nil || !inBounds(src, v.Span) {
		return text.Span{}, ""
	}
	st := detectStyle(src)
	return v.Span, reindent(valueJSON, lineIndent(src, v.Span.Start), st)
}

// Apply applies one edit to src (a convenience for tests and the CLI).
func Apply(src []byte, s text.Span, newText string) []byte {
	out := make([]byte, 0, len(src)-s.Len()+len(newText))
	out = append(out, src[:s.Start]...)
	out = append(out, newText...)
	return append(out, src[s.End:]...)
}

func inBounds(src []byte, s text.Span) bool {
	return s.Start >= 0 && s.Start <= s.End && s.End <= len(src)
}

// style is how a file is written.
type style struct {
	nl   string // line ending
	unit string // one level of indentation
}

func detectStyle(src []byte) style {
	return style{nl: lineEnding(src), unit: indentUnit(src)}
}

// lineEnding is the file's first line terminator, LF if it has none.
func lineEnding(src []byte) string {
	for i, c := range src {
		switch c {
		case '\n':
			if i > 0 && src[i-1] == '\r' {
				return "\r\n"
			}
			return "\n"
		case '\r':
			if i+1 >= len(src) || src[i+1] != '\n' {
				return "\r"
			}
		}
	}
	return "\n"
}

// indentUnit guesses one indentation level: a tab if most indented lines
// start with one, else the smallest space indentation (2 if none).
func indentUnit(src []byte) string {
	tabs, spaces, least := 0, 0, 0
	for i := 0; i < len(src); {
		// i is at a line start
		j := i
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j > i && j < len(src) && src[j] != '\n' && src[j] != '\r' {
			if src[i] == '\t' {
				tabs++
			} else {
				spaces++
				if n := countLeading(src[i:j], ' '); n > 0 && (least == 0 || n < least) {
					least = n
				}
			}
		}
		for j < len(src) && src[j] != '\n' && src[j] != '\r' {
			j++
		}
		if j < len(src) && src[j] == '\r' {
			j++
		}
		if j < len(src) && src[j] == '\n' {
			j++
		}
		i = j
	}
	if tabs > spaces {
		return "\t"
	}
	if least == 0 || least > 8 {
		return "  "
	}
	return strings.Repeat(" ", least)
}

func countLeading(b []byte, c byte) int {
	n := 0
	for n < len(b) && b[n] == c {
		n++
	}
	return n
}

// lineStart is the offset where the line holding off begins.
func lineStart(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' && src[off-1] != '\r' {
		off--
	}
	return off
}

// lineIndent is the leading whitespace of the line holding off.
func lineIndent(src []byte, off int) string {
	ls := lineStart(src, off)
	j := ls
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	return string(src[ls:j])
}

// startsLine reports whether only whitespace precedes off on its line.
func startsLine(src []byte, off int) bool {
	for i := lineStart(src, off); i < off; i++ {
		if src[i] != ' ' && src[i] != '\t' {
			return false
		}
	}
	return true
}

// afterTrailing skips, from off, blanks and a comment that ends on the
// same line; it stops before the line terminator.
func afterTrailing(src []byte, off int) int {
	i := off
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i+1 < len(src) && src[i] == '/' && src[i+1] == '/' {
		for i < len(src) && src[i] != '\n' && src[i] != '\r' {
			i++
		}
		return i
	}
	if i+1 < len(src) && src[i] == '/' && src[i+1] == '*' {
		for j := i + 2; j+1 < len(src); j++ {
			if src[j] == '\n' || src[j] == '\r' {
				break
			}
			if src[j] == '*' && src[j+1] == '/' {
				return afterTrailing(src, j+2)
			}
		}
	}
	if i < len(src) && src[i] != '\n' && src[i] != '\r' {
		return off // something else follows: not a trailing comment
	}
	return i
}

// skipBlank skips whitespace and comments from off.
func skipBlank(src []byte, off int) int {
	i := off
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r':
			i++
		case i+1 < len(src) && src[i] == '/' && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				i++
			}
		case i+1 < len(src) && src[i] == '/' && src[i+1] == '*':
			j := strings.Index(string(src[i+2:]), "*/")
			if j < 0 {
				return len(src)
			}
			i += j + 4
		default:
			return i
		}
	}
	return i
}

// nextLine is the offset after the line terminator at or after off (or the
// end of src).
func nextLine(src []byte, off int) int {
	i := off
	for i < len(src) && src[i] != '\n' && src[i] != '\r' {
		i++
	}
	if i < len(src) && src[i] == '\r' {
		i++
	}
	if i < len(src) && src[i] == '\n' {
		i++
	}
	return i
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// insertLast builds the insertion of a new last element into the container
// at cs whose elements span els. build renders the element for an indent.
func insertLast(src []byte, cs text.Span, els []text.Span, build func(indent string, st style) string, expandEmpty bool) (text.Span, string) {
	st := detectStyle(src)
	if len(els) == 0 {
		inner := text.Span{Start: cs.Start + 1, End: cs.End - 1}
		if inner.End < inner.Start {
			return text.Span{}, ""
		}
		if !expandEmpty && isBlank(src[inner.Start:inner.End]) {
			return inner, build("", st)
		}
		outer := lineIndent(src, cs.Start)
		indent := outer + st.unit
		if isBlank(src[inner.Start:inner.End]) {
			return inner, st.nl + indent + build(indent, st) + st.nl + outer
		}
		// Comments inside: put the element first, keep them after it.
		return text.Span{Start: inner.Start, End: inner.Start}, st.nl + indent + build(indent, st)
	}
	last := els[len(els)-1]
	if startsLine(src, last.Start) {
		indent := lineIndent(src, last.Start)
		end := afterTrailing(src, last.End)
		kept := string(src[last.End:end])
		return text.Span{Start: last.End, End: end}, "," + kept + st.nl + indent + build(indent, st)
	}
	// One line (or elements sharing lines): continue it.
	sep := ", "
	if len(els) >= 2 {
		between := string(src[els[len(els)-2].End:last.Start])
		if between == "," {
			sep = ","
		}
	}
	indent := lineIndent(src, last.Start)
	return text.Span{Start: last.End, End: last.End}, sep + build(indent, st)
}

// removeAt deletes element i (of els, inside the container at cs) and the
// comma that goes with it.
func removeAt(src []byte, cs text.Span, els []text.Span, i int) (text.Span, string) {
	n := len(els)
	if n == 1 {
		return text.Span{Start: cs.Start + 1, End: cs.End - 1}, ""
	}
	el := els[i]
	if i < n-1 {
		next := els[i+1]
		// One element per line: remove the element's whole line(s), so the
		// comments above the next element stay.
		if startsLine(src, el.Start) && startsLine(src, next.Start) {
			j := skipBlank(src, el.End)
			if j < len(src) && src[j] == ',' && !strings.ContainsAny(string(src[el.End:j]), "\r\n") {
				end := afterTrailing(src, j+1)
				if end == len(src) || src[end] == '\n' || src[end] == '\r' {
					return text.Span{Start: lineStart(src, el.Start), End: nextLine(src, end)}, ""
				}
			}
		}
		return text.Span{Start: el.Start, End: next.Start}, ""
	}
	// The last element: remove from the comma after the previous one, and
	// keep what sat between that comma and the end of its line.
	prev := els[i-1]
	comma := skipBlank(src, prev.End)
	if comma >= len(src) || src[comma] != ',' {
		return text.Span{Start: prev.End, End: el.End}, ""
	}
	end := el.End
	if t := afterTrailing(src, el.End); t > el.End {
		end = t
	}
	keepEnd := afterTrailing(src, comma+1)
	if keepEnd > el.Start {
		keepEnd = comma + 1
	}
	return text.Span{Start: comma, End: end}, string(src[comma+1 : keepEnd])
}

// reindent places a (possibly multi-line) JSON text at indent: line
// endings become the file's, and each nesting level of the text (its own
// indentation unit) becomes one of the file's.
func reindent(js string, indent string, st style) string {
	js = strings.TrimSpace(js)
	if !strings.ContainsAny(js, "\r\n") {
		return js
	}
	lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(js, "\r\n", "\n"), "\r", "\n"), "\n")
	// The text's own unit: a tab if it uses them, else its smallest
	// space indentation.
	least, tabs := 0, false
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if l[0] == '\t' {
			tabs = true
		} else if n := len(l) - len(strings.TrimLeft(l, " ")); n > 0 && (least == 0 || n < least) {
			least = n
		}
	}
	var b strings.Builder
	b.WriteString(lines[0])
	for _, l := range lines[1:] {
		b.WriteString(st.nl)
		body := strings.TrimLeft(l, " \t")
		if body == "" {
			continue
		}
		ws := l[:len(l)-len(body)]
		level := 0
		if tabs {
			level = strings.Count(ws, "\t") + strings.Count(ws, " ")/4
		} else if least > 0 {
			level = len(ws) / least
		}
		b.WriteString(indent)
		b.WriteString(strings.Repeat(st.unit, level))
		b.WriteString(body)
	}
	return b.String()
}
