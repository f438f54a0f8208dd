package content

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// A "not yet open" toast in the default of a menu handler's dispatch:
//
//	<view bindtap="onMenu" data-tag="orders">我的订单</view>
//	<view bindtap="onMenu" data-tag="address">收货地址</view>
//
//	onMenu(e) {
//	  switch (e.currentTarget.dataset.tag) {
//	  case 'orders': …; break
//	  case 'address': …; break
//	  default: wx.showToast({ title: '功能暂未开放' })
//	  }
//	}
//
// When every value the template's elements bound to the handler supply
// has a case, no tap reaches the default: it is a defensive fallback, not
// an entry to an unfinished feature. An element that supplies a value
// without a case (a real menu item landing in the default), or none at
// all, or one mpls cannot read, keeps the finding.

// unreachableDefault reports whether the text at sp lies in the default of
// a dispatch in page method fn that no element of template t reaches.
func unreachableDefault(u *rule.Unit, t *template.Facts, fn string, sp text.Span) bool {
	if u.Script == nil || len(t.Errors) > 0 || opensOtherTemplates(t) {
		return false
	}
	for i := range u.Script.Dispatches {
		d := &u.Script.Dispatches[i]
		if d.Func != fn || d.Open || d.Default.End == 0 || sp.Start < d.Default.Start || sp.End > d.Default.End {
			continue
		}
		vals, ok := suppliedValues(u.Script, t, fn, d.Key, d.Target)
		if !ok || len(vals) == 0 {
			return false
		}
		for _, v := range vals {
			if !d.Handles(v) {
				return false
			}
		}
		return true
	}
	return false
}

// inTapDispatch: sp lies in a dispatch of fn over the tapped element's
// dataset (e.currentTarget.dataset): fn is a tap handler however it is
// named (onRowTap), not a page event the platform calls.
func inTapDispatch(s *script.Facts, fn string, sp text.Span) bool {
	for i := range s.Dispatches {
		d := &s.Dispatches[i]
		if d.Func == fn && d.Target == "currentTarget" && d.Span.Start <= sp.Start && sp.End <= d.Span.End {
			return true
		}
	}
	return false
}

// opensOtherTemplates: the template includes or instantiates markup of
// another file, whose elements may bind the handler too.
func opensOtherTemplates(t *template.Facts) bool {
	for i := range t.Elements {
		switch t.Elements[i].Tag {
		case "include", "import":
			return true
		case "template":
			if t.Elements[i].Attr("is") != nil {
				return true
			}
		}
	}
	return false
}

// suppliedValues are the values of data-<key> that the elements bound to
// fn give the handler: the literal of each, or for an element repeated
// over a list of the page's data (wx:for="{{menus}}" data-tag="{{item.tag}}")
// the property of every item. ok is false when some element supplies no
// value (the handler reads undefined), one mpls cannot read, or the
// handler is bound by an expression.
func suppliedValues(s *script.Facts, t *template.Facts, fn, key, target string) (vals []string, ok bool) {
	for _, b := range t.Bindings {
		if b.Handler == "" {
			return nil, false
		}
		if b.Handler != fn {
			continue
		}
		el := &t.Elements[b.Elem]
		if target == "target" && hasChildElement(t, b.Elem) {
			return nil, false // a tap on a child gives the child's dataset
		}
		a := datasetAttr(el, key)
		if a == nil || !a.HasValue {
			return nil, false
		}
		if a.Static() {
			vals = append(vals, template.Decode(a.Value))
			continue
		}
		vs, ok := listValues(s, t, b.Elem, a)
		if !ok {
			return nil, false
		}
		vals = append(vals, vs...)
	}
	return vals, true
}

// datasetAttr is the element's data- attribute that dataset.key reads:
// the name after data- is lower-cased, and each -x becomes X
// (data-menu-tag → menuTag, data-menuTag → menutag).
func datasetAttr(el *template.Element, key string) *template.Attr {
	for i := range el.Attrs {
		n := strings.ToLower(el.Attrs[i].Name)
		if !strings.HasPrefix(n, "data-") {
			continue
		}
		if datasetKey(n[len("data-"):]) == key {
			return &el.Attrs[i]
		}
	}
	return nil
}

func datasetKey(n string) string {
	var b strings.Builder
	up := false
	for _, r := range n {
		if r == '-' {
			up = true
			continue
		}
		if up && 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}

func hasChildElement(t *template.Facts, e int) bool {
	for i := e + 1; i < len(t.Elements); i++ {
		if t.Elements[i].Parent == e {
			return true
		}
	}
	return false
}

// listValues reads a data- attribute that is exactly {{item.prop}} on an
// element that is, or is inside, a wx:for over a list of the page's
// initial data: the prop of every item.
func listValues(s *script.Facts, t *template.Facts, e int, a *template.Attr) ([]string, bool) {
	if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
		return nil, false
	}
	expr := strings.TrimSpace(a.Interps[0].Expr)
	itemName, prop, found := strings.Cut(expr, ".")
	if !found || !plainIdent(itemName) || !plainIdent(prop) {
		return nil, false
	}
	for _, x := range append([]int{e}, t.Ancestors(e)...) {
		el := &t.Elements[x]
		list, item := loopOf(el)
		if list == "" || item != itemName {
			continue
		}
		items, ok := s.DataLists[list]
		if !ok {
			return nil, false
		}
		var vals []string
		for _, it := range items {
			v, ok := it[prop]
			if !ok {
				return nil, false // this item's tap reads undefined
			}
			vals = append(vals, v)
		}
		return vals, true
	}
	return nil, false
}

// loopOf is the list a wx:for (tt:for, a:for, qq:for, s-for) repeats the
// element over, when it is a plain data key ({{menus}}), and the item's
// name ("item" unless wx:for-item renames it).
func loopOf(el *template.Element) (list, item string) {
	for i := range el.Attrs {
		a := &el.Attrs[i]
		n := strings.ToLower(a.Name)
		p, ok := loopPrefix(n)
		if !ok {
			continue
		}
		if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
			return "", ""
		}
		list = strings.TrimSpace(a.Interps[0].Expr)
		if !plainIdent(list) {
			return "", ""
		}
		item = "item"
		if ia := el.Attr(p + "-item"); ia != nil && ia.Static() && strings.TrimSpace(ia.Value) != "" {
			item = strings.TrimSpace(ia.Value)
		}
		return list, item
	}
	return "", ""
}

// loopPrefix: n is a list attribute (wx:for, wx:for-items, s-for); the
// prefix its -item attribute takes.
func loopPrefix(n string) (string, bool) {
	for _, p := range []string{"wx:for", "tt:for", "qq:for", "a:for", "jd:for", "ks:for"} {
		if n == p || n == p+"-items" {
			return p, true
		}
	}
	return "", false
}

func plainIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !identByte(s[i]) || i == 0 && '0' <= s[i] && s[i] <= '9' {
			return false
		}
	}
	return true
}
