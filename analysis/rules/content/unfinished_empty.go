package content

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// emptyState reports whether the template text of h is shown only when a
// list has nothing in it: an element (or an ancestor) under a condition
// that the list is empty (wx:if="{{!list.length}}", list.length == 0), or
// in the wx:else / wx:elif of a chain whose wx:if says the list has items
// (wx:if="{{list.length}}", list.length > 0) or renders the list itself
// (<view wx:if="{{list}}" wx:for="{{list}}">). 暂无课程，敬请期待 there is
// the list's empty state — what a shop with no classes yet says — not an
// entry to an unfinished feature (WX §13.1 is about what a reviewer can
// open). A tappable element or a button saying it is an entry still, and
// so is a menu, a page or a button under any other condition.
func emptyState(u *rule.Unit, h LexHit) bool {
	t := u.Template
	if t == nil || h.Piece.Where != "text" {
		return false
	}
	e := -1
	for _, r := range t.Texts {
		if r.Attr == "" && r.Span.Start <= h.Piece.Span.Start && h.Piece.Span.End <= r.Span.End {
			e = r.Elem
			break
		}
	}
	if e < 0 || tappable(t, e) || entryTags[strings.ToLower(t.Elements[e].Tag)] {
		return false
	}
	for a := e; a >= 0; a = t.Elements[a].Parent {
		for _, at := range t.Elements[a].Attrs {
			switch condKind(at.Name) {
			case "if", "elif":
				if emptyTest(condExpr(at.Value)) {
					return true
				}
			case "else":
				if chainHasItems(t, a) {
					return true
				}
			}
		}
	}
	return false
}

// entryTags are elements that are entries whatever they say.
var entryTags = map[string]bool{"button": true, "navigator": true}

// condKind is "if", "elif" or "else" for a dialect's condition attribute
// (wx:if, tt:elif, a:else, s:if, qq:if …), "" otherwise.
func condKind(name string) string {
	n := strings.ToLower(name)
	if i := strings.IndexByte(n, ':'); i > 0 {
		switch n[i+1:] {
		case "if", "elif", "else":
			return n[i+1:]
		}
	}
	return ""
}

// condExpr is the expression of a condition's value, {{ }} removed.
func condExpr(v string) string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "{{") && strings.HasSuffix(v, "}}") {
		v = v[2 : len(v)-2]
	}
	return strings.TrimSpace(v)
}

var (
	emptyLen    = regexp.MustCompile(`^(?:!\s*\(?\s*[\w$.\[\]'"]+\.length\s*\)?|[\w$.\[\]'"]+\.length\s*(?:===?\s*0|<\s*1|<=\s*0)|0\s*===?\s*[\w$.\[\]'"]+\.length)$`)
	nonEmptyLen = regexp.MustCompile(`^(?:[\w$.\[\]'"]+\.length|[\w$.\[\]'"]+\.length\s*(?:>\s*0|>=\s*1|!==?\s*0)|0\s*<\s*[\w$.\[\]'"]+\.length)$`)
)

// emptyTest reports whether a condition holds only when a list is empty:
// !list.length, list.length == 0 (=== 0, < 1, <= 0), alone, or as one
// part of an && (!list.length && loaded), or every part of an ||
// (!list || !list.length: a missing list is empty too).
func emptyTest(x string) bool {
	x = strings.TrimSpace(x)
	if x == "" {
		return false
	}
	if parts := splitTop(x, "||"); len(parts) > 1 {
		n := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if emptyTest(p) {
				n++
			} else if !(strings.HasPrefix(p, "!") && !strings.HasPrefix(p, "!=") && isPath(strings.TrimSpace(p[1:]))) {
				return false
			}
		}
		return n > 0
	}
	if parts := splitTop(x, "&&"); len(parts) > 1 {
		for _, p := range parts {
			if emptyTest(p) {
				return true
			}
		}
		return false
	}
	return emptyLen.MatchString(x)
}

// chainHasItems reports whether the earlier branches of the wx:elif /
// wx:else chain element e belongs to show a list with items: an if or
// elif that tests list.length (> 0, != 0), possibly as one part of an
// &&, or one that is the list its branch renders with wx:for.
func chainHasItems(t *template.Facts, e int) bool {
	parent := t.Elements[e].Parent
	for j := e - 1; j >= 0; j-- {
		sib := &t.Elements[j]
		if sib.Parent != parent {
			continue
		}
		kind := ""
		for _, at := range sib.Attrs {
			k := condKind(at.Name)
			if k != "if" && k != "elif" {
				continue
			}
			kind = k
			x := condExpr(at.Value)
			for _, p := range splitTop(x, "&&") {
				if nonEmptyLen.MatchString(strings.TrimSpace(p)) {
					return true
				}
			}
			if isPath(x) && rendersList(t, j, x) {
				return true
			}
		}
		if kind != "elif" {
			return false // the chain's wx:if, or an element outside any chain
		}
	}
	return false
}

// rendersList reports whether element e or one inside it repeats over
// list (wx:for="{{list}}").
func rendersList(t *template.Facts, e int, list string) bool {
	for i := e; i < len(t.Elements); i++ {
		if i != e && !inside(t, i, e) {
			if t.Elements[i].Span.Start >= t.Elements[e].Span.End {
				break
			}
			continue
		}
		for _, at := range t.Elements[i].Attrs {
			if n := strings.ToLower(at.Name); strings.HasSuffix(n, ":for") || strings.HasSuffix(n, ":for-items") {
				if condExpr(at.Value) == list {
					return true
				}
			}
		}
	}
	return false
}

// inside reports whether element i is a descendant of a.
func inside(t *template.Facts, i, a int) bool {
	for p := t.Elements[i].Parent; p >= 0; p = t.Elements[p].Parent {
		if p == a {
			return true
		}
	}
	return false
}

var pathRe = regexp.MustCompile(`^[\w$]+(?:\.[\w$]+|\[[^\[\]]+\])*$`)

// isPath reports whether x is a plain data path (list, res.items, a[b]).
func isPath(x string) bool { return pathRe.MatchString(x) }

// splitTop splits x at op outside brackets and quotes.
func splitTop(x, op string) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(x); i++ {
		c := x[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			depth--
		case depth == 0 && strings.HasPrefix(x[i:], op):
			out = append(out, x[start:i])
			i += len(op) - 1
			start = i + 1
		}
	}
	return append(out, x[start:])
}
