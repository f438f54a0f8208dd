package component

import (
	"path"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// fixedData reads the initial `data` of the page (or component) script
// beside a template and returns, for a key, the literal it starts with —
// only when nothing else in the script writes the key (no setData naming
// it, no other `key:`), so the value is what every user sees. Anything
// else is unknown.
func fixedData(units map[string]*rule.Unit, tmpl string) func(name string) Value {
	base := strings.TrimSuffix(tmpl, path.Ext(tmpl))
	var su *rule.Unit
	for _, ext := range []string{".js", ".ts"} {
		if u := units[base+ext]; u != nil && u.Script != nil {
			su = u
			break
		}
	}
	if su == nil {
		return func(string) Value { return Value{} }
	}
	var data []entry
	src := su.Text
	if cs := su.Script.ConfigSpan; cs.Len() > 1 && cs.End <= len(src) && src[cs.Start] == '{' {
		for _, e := range objectEntries(src, cs.Start, cs.End) {
			if e.key == "data" && e.val.Len() > 0 && src[e.val.Start] == '{' {
				data = objectEntries(src, e.val.Start, e.val.End)
			}
		}
	}
	return func(name string) Value {
		for _, e := range data {
			if e.key != name || e.val.Len() == 0 {
				continue
			}
			if !onlyRead(su, name, e.keySpan) {
				return Value{}
			}
			v := literal(su, e.val)
			v.Passed = true
			return v
		}
		return Value{}
	}
}

// onlyRead reports whether every occurrence of name in the script's code,
// other than the data key at key, reads it (this.data.name, data.name).
func onlyRead(u *rule.Unit, name string, key text.Span) bool {
	src := string(u.Text)
	for i := 0; ; {
		j := strings.Index(src[i:], name)
		if j < 0 {
			return true
		}
		at := i + j
		i = at + len(name)
		if at == key.Start || at > 0 && isIdent(src[at-1]) || i < len(src) && isIdent(src[i]) {
			continue
		}
		if inComment(u, at) {
			continue
		}
		if strings.HasSuffix(src[:at], "data.") {
			continue
		}
		return false
	}
}

func inComment(u *rule.Unit, off int) bool {
	for _, c := range u.Script.Comments {
		if c.Span.Start <= off && off < c.Span.End {
			return true
		}
	}
	return false
}
