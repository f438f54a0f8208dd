package engine

import (
	"path"
	"regexp"
	"strings"

	"mpls/analysis/script"
	"mpls/analysis/template"
)

// staffBound reports whether page method fn of the script at file runs
// only from elements a staff account sees: the page's own template alone
// runs it (ownTemplate), binds it at least once, and every element that
// binds it lies in a block whose if condition holds only for staff
// (script.StaffCondition):
//
//	<view wx:if="{{role == 'admin'}}" bindtap="onEdit">编辑</view>
//	<button wx:if="{{isAdmin}}" bindtap="addItem">新增</button>
//
// A method bound only by name from a menu row shown under a flag the
// page sets from a staff flag counts too (staffMenu).
//
// A navigation in such a method is a link only staff follow, as one in the
// branch of `if (role === 'admin')` is (StringLit.Staff). A lifecycle is
// not: the platform runs it.
func (d *deadLinks) staffBound(file, fn string) bool {
	u := d.env.Units[file]
	if u == nil || u.Script == nil || fn == "" {
		return false
	}
	if _, ok := u.Script.Lifecycles[fn]; ok {
		return false
	}
	// the template beside the script first: most links are bound by an
	// element every user sees, and ownTemplate reads every unit
	base := strings.TrimSuffix(file, path.Ext(file))
	var t *template.Facts
	for _, ext := range []string{".wxml", ".ttml", ".axml", ".swan", ".qml"} {
		if v := d.env.Units[base+ext]; v != nil && v.Template != nil {
			t = v.Template
			break
		}
	}
	if t == nil {
		return false
	}
	n := 0
	for _, b := range t.Bindings {
		if b.Handler != fn {
			continue
		}
		n++
		if b.Elem < 0 || !staffBlock(t, b.Elem) {
			return false
		}
	}
	if n == 0 {
		// bound by name from a data row (bindtap="{{item.go}}")
		return staffMenu(u.Text, u.Script, t, fn) && d.ownTemplate(file, fn) != ""
	}
	return d.ownTemplate(file, fn) != ""
}

// staffBlock reports whether element e or one of its ancestors renders
// only under a staff condition. A condition that reads a list's item
// (wx:for over users, wx:if="{{item.isAdmin}}") speaks of the item, not
// of the viewer; inside a <template name> the data is the caller's.
func staffBlock(t *template.Facts, e int) bool {
	var items []string
	for i := e; i >= 0; i = t.Elements[i].Parent {
		el := &t.Elements[i]
		if el.Tag == "template" && el.Attr("name") != nil {
			return false
		}
		for j := range el.Attrs {
			if dir, ok := directive(el.Attrs[j].Name); ok && dir == "for" {
				item := "item"
				for k := range el.Attrs {
					if d, ok := directive(el.Attrs[k].Name); ok && d == "for-item" {
						item = strings.TrimSpace(el.Attrs[k].Value)
					}
				}
				items = append(items, item)
			}
		}
	}
	for i := e; i >= 0; i = t.Elements[i].Parent {
		el := &t.Elements[i]
		for j := range el.Attrs {
			a := &el.Attrs[j]
			if dir, ok := directive(a.Name); !ok || dir != "if" && dir != "elif" {
				continue
			}
			if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
				continue
			}
			expr := a.Interps[0].Expr
			if readsItem(expr, items) {
				continue
			}
			if script.StaffCondition(expr) {
				return true
			}
		}
	}
	return false
}

// directive is the name of a control attribute without its prefix
// (wx:if, tt:elif, a:for, s-if, qq:for-item → if, elif, for, for-item).
func directive(attr string) (string, bool) {
	for _, p := range []string{"wx:", "tt:", "a:", "s-", "qq:", "ks:", "jd:"} {
		if strings.HasPrefix(attr, p) {
			return attr[len(p):], true
		}
	}
	return "", false
}

var nameRe = regexp.MustCompile(`[A-Za-z_$][\w$]*`)

// readsItem reports whether expr names one of the list items.
func readsItem(expr string, items []string) bool {
	if len(items) == 0 {
		return false
	}
	for _, loc := range nameRe.FindAllStringIndex(expr, -1) {
		if loc[0] > 0 && expr[loc[0]-1] == '.' {
			continue // a property, not a name in scope
		}
		for _, it := range items {
			if expr[loc[0]:loc[1]] == it {
				return true
			}
		}
	}
	return false
}
