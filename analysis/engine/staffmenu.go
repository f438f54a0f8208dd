package engine

import (
	"path"
	"regexp"
	"strconv"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
)

// staffMenu reports whether page method fn of the script at file runs
// only from a menu row a staff account sees: the page's template lists a
// data array and binds each row's handler by name (bindtap="{{item.go}}"),
// showing the row only when a flag of the row holds (wx:if="{{item.show}}"),
// and the row that names fn starts with the flag false and has it set only
// to a staff flag:
//
//	data: { menu: [{ text: '进入管理后台', go: 'toAdmin', show: false }, …] },
//	onShow() { this.setData({ 'menu[2].show': app.globalData.isAdmin }) },
//	<view wx:for="{{menu}}" wx:if="{{item.show}}" bindtap="{{item.go}}">
//
// A link in such a method is one only staff follow, as one in a method
// only elements under wx:if="{{isAdmin}}" bind is (staffBound). The row
// is found by its place in the array literal; the array written again
// anywhere else (setData({ menu: … })), the row's flag set from anything
// but a staff flag, or fn named by another string, and the row counts as
// seen by every user.
func staffMenu(src []byte, s *script.Facts, t *template.Facts, fn string) bool {
	if _, ok := s.Methods[fn]; !ok {
		return false
	}
	// the string naming fn: exactly one, a row's value
	var name *script.StringLit
	for i := range s.Strings {
		st := &s.Strings[i]
		if st.Value != fn || st.IsKey {
			continue
		}
		if name != nil || st.Key == "" || st.Call >= 0 && st.Arg != "" {
			return false
		}
		name = st
	}
	if name == nil {
		return false
	}
	list, index, flag, ok := menuRow(src, name, t)
	if !ok {
		return false
	}
	return staffSetOnly(src, s, list, index, flag)
}

// handlerName reports whether a string of the script at file is a
// handler's name in a data row: it names a method of the script, has the
// key a template beside it binds by expression (go: 'admin' for
// bindtap="{{item.go}}"). Such a string opens nothing itself; the
// method it names may.
func handlerName(env *rule.Env, file string, s *script.Facts, str script.StringLit) bool {
	if str.Key == "" || str.IsKey || strings.Contains(str.Value, "/") {
		return false
	}
	if _, ok := s.Methods[str.Value]; !ok {
		return false
	}
	base := strings.TrimSuffix(file, path.Ext(file))
	for _, ext := range []string{".wxml", ".ttml", ".axml", ".swan", ".qml"} {
		v := env.Units[base+ext]
		if v == nil || v.Template == nil {
			continue
		}
		t := v.Template
		for _, b := range t.Bindings {
			if b.Handler != "" || b.Elem < 0 {
				continue
			}
			if a := t.Elements[b.Elem].Attr(b.Attr); a != nil && len(a.Interps) == 1 {
				if _, key, ok := strings.Cut(strings.TrimSpace(a.Interps[0].Expr), "."); ok && key == str.Key {
					return true
				}
			}
		}
		return false
	}
	return false
}

// menuRow finds the template list that binds the row's key by expression
// and shows each row under a flag of the row, and the row's place in the
// array literal of the same name; the row's flag must start false.
func menuRow(src []byte, name *script.StringLit, t *template.Facts) (list string, index int, flag string, ok bool) {
	// the array the string's row sits in: walk back to the row's { and
	// the array's [
	start := name.Span.Start - 1
	obj := enclosing(src, start, '{', '}')
	if obj < 0 {
		return "", 0, "", false
	}
	arr := enclosing(src, obj-1, '[', ']')
	if arr < 0 {
		return "", 0, "", false
	}
	m := arrayKey.FindSubmatch(src[max(0, arr-80):arr])
	if m == nil {
		return "", 0, "", false
	}
	list = string(m[1])
	index = rowsBefore(src, arr+1, obj)
	if index < 0 {
		return "", 0, "", false
	}
	row := src[obj:closeOf(src, obj)]
	for i := range t.Elements {
		e := &t.Elements[i]
		for j := range e.Attrs {
			a := &e.Attrs[j]
			if !strings.HasPrefix(strings.ToLower(a.Name), "bind") && !strings.HasPrefix(strings.ToLower(a.Name), "catch") {
				continue
			}
			if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
				continue
			}
			item, key, ok := strings.Cut(strings.TrimSpace(a.Interps[0].Expr), ".")
			if !ok || key != name.Key {
				continue
			}
			l, f, ok := rowShown(t, i, item)
			if !ok || l != list {
				continue
			}
			if !startsFalse(row, f) {
				return "", 0, "", false
			}
			return list, index, f, true
		}
	}
	return "", 0, "", false
}

var (
	arrayKey  = regexp.MustCompile(`['"]?([A-Za-z_$][\w$]*)['"]?\s*:\s*$`)
	identExpr = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)
)

// rowShown: element i sits in a wx:for over a data name whose item is
// item, and it or an element between it and the loop shows only when
// item.flag holds. It returns the list's name and the flag.
func rowShown(t *template.Facts, i int, item string) (list, flag string, ok bool) {
	for e := i; e >= 0; e = t.Elements[e].Parent {
		el := &t.Elements[e]
		forItem, forList := "item", ""
		for j := range el.Attrs {
			a := &el.Attrs[j]
			dir, isDir := directive(a.Name)
			if !isDir {
				continue
			}
			switch dir {
			case "if":
				if len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" {
					if it, f, ok := strings.Cut(strings.TrimSpace(a.Interps[0].Expr), "."); ok && it == item && identExpr.MatchString(f) {
						flag = f
					}
				}
			case "for":
				if len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" {
					forList = strings.TrimSpace(a.Interps[0].Expr)
				}
			case "for-item":
				forItem = strings.TrimSpace(a.Value)
			}
		}
		if forList != "" {
			if forItem != item || flag == "" || !identExpr.MatchString(forList) {
				return "", "", false
			}
			return forList, flag, true
		}
	}
	return "", "", false
}

// startsFalse: the row literal gives the flag false (or 0).
func startsFalse(row []byte, flag string) bool {
	re := regexp.MustCompile(`(?:^|[{,\s])['"]?` + regexp.QuoteMeta(flag) + `['"]?\s*:\s*(false|0)\s*[,}]`)
	return re.Match(row)
}

// staffSetOnly: the array is written once (its literal), and the row's
// flag is set, at least once, and only, to a staff condition by a
// setData key 'list[index].flag'.
func staffSetOnly(src []byte, s *script.Facts, list string, index int, flag string) bool {
	written := regexp.MustCompile(`(?:^|[{,\s])['"]?` + regexp.QuoteMeta(list) + `['"]?\s*:`)
	if len(written.FindAllIndex(code(src, s), -1)) != 1 {
		return false
	}
	row := list + "[" + strconv.Itoa(index) + "]"
	key := row + "." + flag
	set := 0
	for _, st := range s.Strings {
		v := strings.ReplaceAll(st.Value, " ", "")
		if !strings.HasPrefix(v, list+"[") {
			continue
		}
		if v != key {
			if !st.IsKey || !strings.Contains(v, "]") || strings.HasPrefix(v, row) && strings.Contains(v, flag) {
				return false // a row chosen at run time, or this row's flag in other words
			}
			continue
		}
		end := st.Span.End + 1 // past the closing quote
		if !st.IsKey || end > len(src) || !script.StaffCondition(valueAfter(src[end:])) {
			return false
		}
		set++
	}
	return set > 0
}

// code is the script's text with its strings and comments blanked.
func code(src []byte, s *script.Facts) []byte {
	b := append([]byte(nil), src...)
	for _, c := range s.Comments {
		for i := c.Span.Start; i < c.Span.End && i < len(b); i++ {
			b[i] = ' '
		}
	}
	for _, st := range s.Strings {
		for i := st.Span.Start; i < st.Span.End && i < len(b); i++ {
			b[i] = ' '
		}
	}
	return b
}

// valueAfter is the value after a key's colon, up to the , or } that ends it.
func valueAfter(b []byte) string {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	if i >= len(b) || b[i] != ':' {
		return ""
	}
	i++
	depth := 0
	for j := i; j < len(b); j++ {
		switch b[j] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return strings.TrimSpace(string(b[i:j]))
			}
			depth--
		case ',', '\n':
			if depth == 0 {
				return strings.TrimSpace(string(b[i:j]))
			}
		}
	}
	return ""
}

// enclosing is the index of the bracket open at position i (the nearest
// opener not closed before i) when it is open; -1 when it is another
// bracket or none.
func enclosing(src []byte, i int, open, close byte) int {
	depth := 0
	for j := i; j >= 0; j-- {
		switch src[j] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			if depth == 0 {
				if src[j] == open {
					return j
				}
				return -1
			}
			depth--
		}
	}
	return -1
}

// rowsBefore counts the rows of an array literal between from and the
// row opening at obj: the commas at the array's own depth; -1 if the
// array holds anything but rows there.
func rowsBefore(src []byte, from, obj int) int {
	n, depth := 0, 0
	for j := from; j < obj; j++ {
		switch src[j] {
		case '\'', '"', '`':
			j = pastQuoted(src, j, obj)
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
		case ',':
			if depth == 0 {
				n++
			}
		}
	}
	if depth != 0 {
		return -1
	}
	return n
}

// pastQuoted is the index of the quote closing the string that opens at
// src[j] (end if it does not close before end).
func pastQuoted(src []byte, j, end int) int {
	q := src[j]
	for j++; j < end && src[j] != q; j++ {
		if src[j] == '\\' {
			j++
		}
	}
	return j
}

// closeOf is the index past the bracket closing the one at open.
func closeOf(src []byte, open int) int {
	depth := 0
	for j := open; j < len(src); j++ {
		switch src[j] {
		case '\'', '"', '`':
			j = pastQuoted(src, j, len(src))
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return len(src)
}
