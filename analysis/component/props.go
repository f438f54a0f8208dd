package component

import (
	"regexp"
	"strconv"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// Prop is one declared property of a component: `properties` (WeChat,
// Douyin, Baidu, QQ) or `props` (Alipay, whose entries are the defaults).
type Prop struct {
	Name    string
	KeySpan text.Span // in the script
	// Type is the declared constructor (String, Boolean, Number, Object,
	// Array), "" when none is written.
	Type string
	// Default is the written default (`value:` or Alipay's literal), or
	// the type's zero value (String '', Boolean false …) with no origin.
	Default Value
}

// Props reads the properties a component script declares. Entries it
// cannot read (a spread, a computed key) are left out.
func Props(u *rule.Unit) []Prop {
	if u == nil || u.Script == nil {
		return nil
	}
	src := u.Text
	var out []Prop
	add := func(key string, val text.Span) {
		if val.Len() == 0 || src[val.Start] != '{' {
			return
		}
		for _, p := range objectEntries(src, val.Start, val.End) {
			out = append(out, readProp(u, p, key == "props"))
		}
	}
	if cs := u.Script.ConfigSpan; cs.Len() > 1 && cs.End <= len(src) && src[cs.Start] == '{' {
		for _, e := range objectEntries(src, cs.Start, cs.End) {
			if e.key == "properties" || e.key == "props" {
				add(e.key, e.val)
			}
		}
		return out
	}
	// options built elsewhere (`const options = { properties: … }`)
	for _, m := range propsKey.FindAllSubmatchIndex(src, -1) {
		open := m[1] - 1
		add(string(src[m[2]:m[3]]), text.Span{Start: open, End: closeOf(src, open, len(src))})
	}
	return out
}

var propsKey = regexp.MustCompile(`\b(properties|props)\s*:\s*\{`)

// readProp reads one entry of the properties object.
func readProp(u *rule.Unit, e entry, alipay bool) Prop {
	src := u.Text
	p := Prop{Name: e.key, KeySpan: e.keySpan}
	if e.val.Len() == 0 {
		return p
	}
	v := strings.TrimSpace(string(src[e.val.Start:e.val.End]))
	switch {
	case isTypeName(v):
		p.Type = v
	case v != "" && v[0] == '{' && !alipay:
		for _, f := range objectEntries(src, e.val.Start, e.val.End) {
			fv := strings.TrimSpace(string(src[f.val.Start:f.val.End]))
			switch f.key {
			case "type":
				p.Type = fv
			case "value":
				p.Default = literal(u, f.val)
			}
		}
	default:
		p.Default = literal(u, e.val)
	}
	if !p.Default.Known && p.Default.Kind == 0 {
		p.Default = zeroOf(p.Type)
	}
	return p
}

func isTypeName(s string) bool {
	switch s {
	case "String", "Number", "Boolean", "Object", "Array", "null":
		return true
	}
	return false
}

// zeroOf is the value a property of type t holds when nothing sets it.
func zeroOf(t string) Value {
	switch t {
	case "String":
		return Value{Known: true, Kind: String}
	case "Boolean":
		return Value{Known: true, Kind: Bool}
	case "Number":
		return Value{Known: true, Kind: Number}
	case "", "null":
		return Value{Known: true, Kind: Null}
	}
	return Value{Kind: Other}
}

// literal reads a JS literal at s: a string, true/false, a number, null.
func literal(u *rule.Unit, s text.Span) Value {
	src := u.Text
	for s.Start < s.End && isSpace(src[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpace(src[s.End-1]) {
		s.End--
	}
	v := string(src[s.Start:s.End])
	at := Origin{Path: u.Path, Span: s}
	switch {
	case v == "":
		return Value{}
	case v[0] == '\'' || v[0] == '"' || v[0] == '`' && !strings.Contains(v, "${"):
		in := text.Span{Start: s.Start + 1, End: s.End - 1}
		if in.End < in.Start || v[len(v)-1] != v[0] {
			return Value{Kind: Other}
		}
		str := string(src[in.Start:in.End])
		for _, sl := range u.Script.Strings {
			if sl.Span == in {
				str = sl.Value
				break
			}
		}
		return Value{Known: true, Kind: String, Str: str, From: Origin{Path: u.Path, Span: in}}
	case v == "true" || v == "false":
		return Value{Known: true, Kind: Bool, Bool: v == "true", From: at}
	case v == "null" || v == "undefined":
		return Value{Known: true, Kind: Null, From: at}
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		return Value{Known: true, Kind: Number, Num: f, From: at}
	}
	return Value{Kind: Other, From: at}
}

// entry is one `key: value` (or method) of an object literal.
type entry struct {
	key     string
	keySpan text.Span
	val     text.Span // empty for methods and shorthands
}

// objectEntries lists the entries of the object literal src[open:end]
// (open at '{'), skipping strings, comments and nested brackets.
func objectEntries(src []byte, open, end int) []entry {
	var out []entry
	i := open + 1
	if end > len(src) {
		end = len(src)
	}
	for i < end {
		i = skipBlank(src, i, end)
		if i >= end || src[i] == '}' {
			break
		}
		if src[i] == ',' {
			i++
			continue
		}
		var e entry
		ks := i
		switch {
		case src[i] == '\'' || src[i] == '"':
			j := skipString(src, i, end)
			if k := j - 1; k > i && src[k] == src[i] {
				e.key = string(src[i+1 : k])
				e.keySpan = text.Span{Start: i + 1, End: k}
			}
			i = j
		case isIdent(src[i]):
			for i < end && isIdent(src[i]) {
				i++
			}
			e.key = string(src[ks:i])
			e.keySpan = text.Span{Start: ks, End: i}
		}
		i = skipBlank(src, i, end)
		if i < end && src[i] == ':' && e.key != "" {
			vs := i + 1
			i = skipValue(src, vs, end)
			e.val = text.Span{Start: vs, End: i}
			for e.val.Start < e.val.End && isSpace(src[e.val.Start]) {
				e.val.Start++
			}
			for e.val.End > e.val.Start && isSpace(src[e.val.End-1]) {
				e.val.End--
			}
			out = append(out, e)
			continue
		}
		// a method, a getter, a shorthand or a spread: skip to the next entry
		i = skipValue(src, i, end)
		if e.key != "" && e.key != "get" && e.key != "set" && e.key != "async" {
			out = append(out, e)
		}
	}
	return out
}

// skipValue returns the offset of the ',' or '}' that ends the value
// starting at i (at depth 0), or end.
func skipValue(src []byte, i, end int) int {
	depth := 0
	for i < end {
		c := src[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			i = skipString(src, i, end)
			continue
		case c == '/' && i+1 < end && (src[i+1] == '/' || src[i+1] == '*'):
			i = skipBlank(src, i, end)
			continue
		case c == '{' || c == '(' || c == '[':
			depth++
		case c == '}' || c == ')' || c == ']':
			if depth == 0 {
				return i
			}
			depth--
		case c == ',' && depth == 0:
			return i
		}
		i++
	}
	return end
}

// closeOf returns the offset just past the bracket that closes the one at
// open (strings and comments skipped), or end.
func closeOf(src []byte, open, end int) int {
	i := open + 1
	for i < end {
		i = skipValue(src, i, end)
		if i >= end {
			return end
		}
		if src[i] != ',' {
			return i + 1
		}
		i++
	}
	return end
}

// skipString returns the offset just past the string (or template
// literal, without following ${ }) that opens at i.
func skipString(src []byte, i, end int) int {
	q := src[i]
	for j := i + 1; j < end; j++ {
		switch src[j] {
		case '\\':
			j++
		case q:
			return j + 1
		case '\n':
			if q != '`' {
				return j
			}
		}
	}
	return end
}

// skipBlank skips blanks and comments.
func skipBlank(src []byte, i, end int) int {
	for i < end {
		switch {
		case isSpace(src[i]):
			i++
		case src[i] == '/' && i+1 < end && src[i+1] == '/':
			for i < end && src[i] != '\n' {
				i++
			}
		case src[i] == '/' && i+1 < end && src[i+1] == '*':
			j := i + 2
			for j+1 < end && !(src[j] == '*' && src[j+1] == '/') {
				j++
			}
			i = j + 2
		default:
			return i
		}
	}
	return i
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isIdent(b byte) bool {
	return b == '_' || b == '$' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
