package privacy

import (
	"strings"
	"unicode/utf8"

	"mpls/analysis/fix"
	"mpls/analysis/jsonv"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// ---------------------------------------------------------------------------
// JSON: app.json fixes that take more than one jsonv edit (create an object,
// then a member in it; remove two items of one array) are applied one step
// at a time on the evolving text, and handed out as a single minimal edit.

// jsonStep computes one edit of the current text of a JSON file.
type jsonStep func(src []byte, root *jsonv.Value) (text.Span, string, bool)

// jsonEdit runs steps in order, re-parsing between them, and returns one
// edit turning src into the result. ok is false if a step fails or the
// result would not parse.
func jsonEdit(src []byte, steps ...jsonStep) (rule.Edit, bool) {
	cur := src
	for _, st := range steps {
		root, errs := jsonv.ParseBytes(cur)
		if !root.IsObject() || len(errs) > 0 {
			return rule.Edit{}, false
		}
		s, t, ok := st(cur, root)
		if !ok || s.Start < 0 || s.End > len(cur) || s.Start > s.End {
			return rule.Edit{}, false
		}
		cur = jsonv.Apply(cur, s, t)
	}
	if root, errs := jsonv.ParseBytes(cur); !root.IsObject() || len(errs) > 0 {
		return rule.Edit{}, false
	}
	if string(cur) == string(src) {
		return rule.Edit{}, false
	}
	return minimalEdit(src, cur), true
}

// minimalEdit is the single replacement turning a into b: what lies between
// their common prefix and common suffix, widened to whole characters and
// never splitting a CRLF.
func minimalEdit(a, b []byte) rule.Edit {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	for p > 0 && ((p < len(a) && !utf8.RuneStart(a[p])) || (p < len(a) && a[p] == '\n' && a[p-1] == '\r')) {
		p--
	}
	end := len(a) - s
	for end < len(a) && s > 0 && ((!utf8.RuneStart(a[end])) || (a[end] == '\n' && end > 0 && a[end-1] == '\r')) {
		end++
		s--
	}
	return rule.Edit{Span: text.Span{Start: p, End: end}, NewText: string(b[p : len(b)-s])}
}

func insertMember(path []string, key, valueJSON string) jsonStep {
	return func(src []byte, root *jsonv.Value) (text.Span, string, bool) {
		obj := root.Path(path...)
		if !obj.IsObject() {
			return text.Span{}, "", false
		}
		s, t := jsonv.InsertMember(src, obj, key, valueJSON)
		return s, t, t != ""
	}
}

func replaceValue(path []string, valueJSON string) jsonStep {
	return func(src []byte, root *jsonv.Value) (text.Span, string, bool) {
		v := root.Path(path...)
		if v == nil {
			return text.Span{}, "", false
		}
		s, t := jsonv.ReplaceValue(src, v, valueJSON)
		return s, t, t != ""
	}
}

func appendItem(path []string, itemJSON string) jsonStep {
	return func(src []byte, root *jsonv.Value) (text.Span, string, bool) {
		arr := root.Path(path...)
		if !arr.IsArray() {
			return text.Span{}, "", false
		}
		s, t := jsonv.AppendItem(src, arr, itemJSON)
		return s, t, t != ""
	}
}

// removeString removes the first string item equal to value.
func removeString(path []string, value string) jsonStep {
	return func(src []byte, root *jsonv.Value) (text.Span, string, bool) {
		arr := root.Path(path...)
		if !arr.IsArray() {
			return text.Span{}, "", false
		}
		for i, it := range arr.Items {
			if it.IsString() && it.Str == value {
				return jsonv.RemoveItem(src, arr, i)
			}
		}
		return text.Span{}, "", false
	}
}

// openBrace is the span of the top-level object's "{": where a finding
// about a key the file lacks goes.
func openBrace(root *jsonv.Value) text.Span {
	return text.Span{Start: root.Span.Start, End: root.Span.Start + 1}
}

// appJSON returns the project's app.json unit when it parsed cleanly into
// an object (the editor's buffer when open), or nil.
func appJSON(c *rule.ProjectContext) *rule.Unit {
	if c.Project != nil && (c.Project.IsGame || (c.Project.App != nil && c.Project.App.IsGame)) {
		return nil
	}
	u := c.Units["app.json"]
	if u == nil || !u.JSON.IsObject() {
		return nil
	}
	return u
}

// ---------------------------------------------------------------------------
// JavaScript: adding a property to an object literal, in its style.

// insertProp returns the edits that add a property after the last one of
// obj. build renders the property for the indentation it will sit at (the
// first line unindented; later lines at indent or deeper, with unit per
// level and eol between lines). A trailing comma stays trailing; a comment
// after the last property stays with it.
func insertProp(src []byte, obj *script.Object, build func(indent, unit, eol string) string) ([]rule.Edit, bool) {
	if obj == nil || len(obj.Props) == 0 || obj.Span.End > len(src) {
		return nil, false
	}
	eol := fix.LineEnding(src)
	unit := fix.IndentUnit(src)
	last := obj.Props[len(obj.Props)-1]
	end := last.KeySpan.End
	if last.ValueSpan.End > end {
		end = last.ValueSpan.End
	}
	if end <= 0 || end > obj.Span.End {
		return nil, false
	}
	j := skipSpace(src, end, obj.Span.End)
	comma := j < obj.Span.End && src[j] == ','
	if !startsLine(src, last.KeySpan.Start) {
		// one line: { type: 'gcj02', success: cb } → …, fail: …
		indent := fix.LineIndent(src, obj.Span.Start) + unit
		prop := build(indent, unit, eol)
		if comma {
			return []rule.Edit{{Span: text.Span{Start: j + 1, End: j + 1}, NewText: " " + prop + ","}}, true
		}
		return []rule.Edit{{Span: text.Span{Start: end, End: end}, NewText: ", " + prop}}, true
	}
	indent := fix.LineIndent(src, last.KeySpan.Start)
	prop := build(indent, unit, eol)
	at := end
	if comma {
		at = j + 1
	}
	lineEnd := trailingComment(src, at)
	if comma {
		return []rule.Edit{{Span: text.Span{Start: lineEnd, End: lineEnd}, NewText: eol + indent + prop + ","}}, true
	}
	if lineEnd > end {
		// success: cb // comment → success: cb, // comment ⏎ fail: …
		return []rule.Edit{
			{Span: text.Span{Start: end, End: end}, NewText: ","},
			{Span: text.Span{Start: lineEnd, End: lineEnd}, NewText: eol + indent + prop},
		}, true
	}
	return []rule.Edit{{Span: text.Span{Start: end, End: end}, NewText: "," + eol + indent + prop}}, true
}

// skipSpace skips blanks and comments from off (not past limit).
func skipSpace(src []byte, off, limit int) int {
	i := off
	for i < limit {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r':
			i++
		case i+1 < limit && src[i] == '/' && src[i+1] == '/':
			for i < limit && src[i] != '\n' && src[i] != '\r' {
				i++
			}
		case i+1 < limit && src[i] == '/' && src[i+1] == '*':
			k := strings.Index(string(src[i+2:limit]), "*/")
			if k < 0 {
				return limit
			}
			i += k + 4
		default:
			return i
		}
	}
	return i
}

// trailingComment returns, for off, the end of a `// …` or `/* … */`
// comment that follows on the same line (before the line break), or off.
func trailingComment(src []byte, off int) int {
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
		k := strings.Index(string(src[i+2:]), "*/")
		if k >= 0 && !strings.ContainsAny(string(src[i:i+2+k]), "\r\n") {
			return i + 2 + k + 2
		}
	}
	return off
}

// startsLine reports whether only blanks precede off on its line.
func startsLine(src []byte, off int) bool {
	for i := off - 1; i >= 0; i-- {
		switch src[i] {
		case ' ', '\t':
			continue
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}
