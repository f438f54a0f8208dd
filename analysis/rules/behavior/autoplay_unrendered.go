package behavior

import (
	"path"
	"regexp"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/rules/pagedata"
	"mpls/analysis/template"
)

// neverRendered reports whether element idx of a component's template can
// never show: a wx:for or wx:if on it or an ancestor reads a property of
// the component (`wx:for="{{list}}"`, `wx:if="{{video.src}}"`) that no
// template using the component passes, so the list stays empty and the
// condition false. A component nothing is seen using is not judged.
func neverRendered(c *rule.ProjectContext, u *rule.Unit, idx int) bool {
	pr := c.Project
	if pr == nil || !pr.IsComponentFile(u.Path) {
		return false
	}
	gates := gateNames(u.Template, idx)
	if len(gates) == 0 {
		return false
	}
	base := strings.TrimSuffix(u.Path, path.Ext(u.Path))
	su := pagedata.ScriptOf(c.Units, base)
	if su == nil {
		return false
	}
	var props []string
	for _, n := range gates {
		if ownProperty(string(su.Text), n) {
			props = append(props, n)
		}
	}
	if len(props) == 0 {
		return false
	}
	uses := componentUses(c, base)
	if len(uses) == 0 {
		return false
	}
	for _, e := range uses {
		for _, n := range props {
			if e.Attr(n) != nil || e.Attr(kebab(n)) != nil {
				return false
			}
		}
	}
	return true
}

// gateNames are the names whose value decides whether element idx shows:
// the root of a wx:for (wx:for="{{list}}", "{{page.items}}") or of a
// plain wx:if ("{{video}}", "{{video.src}}") on it or an ancestor.
func gateNames(t *template.Facts, idx int) []string {
	var out []string
	for i := idx; i >= 0; i = t.Elements[i].Parent {
		e := &t.Elements[i]
		for _, name := range []string{"wx:for", "wx:for-items", "qq:for", "wx:if", "qq:if"} {
			a := e.Attr(name)
			if a == nil || len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
				continue
			}
			if m := gateExpr.FindStringSubmatch(strings.TrimSpace(a.Interps[0].Expr)); m != nil {
				out = append(out, m[1])
			}
		}
	}
	return out
}

var gateExpr = regexp.MustCompile(`^([A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*)*$`)

// ownProperty reports whether a component script declares name in its
// properties and never sets it itself (no `name:` outside properties, as a
// setData or its data would have).
func ownProperty(src, name string) bool {
	loc := propertiesRe.FindStringIndex(src)
	if loc == nil {
		return false
	}
	end := pagedata.MatchBrace(src, loc[1]-1)
	if end < 0 {
		return false
	}
	key := regexp.MustCompile(`(?:^|[\s,{])['"]?` + regexp.QuoteMeta(name) + `['"]?\s*:`)
	if !key.MatchString(src[loc[1]-1 : end]) {
		return false
	}
	return !key.MatchString(src[:loc[0]]) && !key.MatchString(src[end:])
}

var propertiesRe = regexp.MustCompile(`\bproperties\s*:\s*\{`)

// componentUses are the elements of every template in the project that
// use the component at base (through the app's, a page's or a
// component's usingComponents).
func componentUses(c *rule.ProjectContext, base string) []*template.Element {
	pr := c.Project
	type user struct {
		tmpl string
		refs []project.ComponentRef
	}
	var users []user
	for _, pg := range pr.Pages {
		users = append(users, user{pg.Files.Template, pg.UsingComponents})
	}
	for _, cp := range pr.Components {
		users = append(users, user{cp.Files.Template, cp.UsingComponents})
	}
	var global []project.ComponentRef
	if pr.App != nil {
		global = pr.App.UsingComponents
	}
	var out []*template.Element
	for _, us := range users {
		u := c.Units[us.tmpl]
		if us.tmpl == "" || u == nil || u.Template == nil {
			continue
		}
		tags := map[string]bool{}
		for _, refs := range [][]project.ComponentRef{global, us.refs} {
			for _, r := range refs {
				if r.Resolved == base {
					tags[strings.ToLower(r.Name)] = true
				}
			}
		}
		for i := range u.Template.Elements {
			if e := &u.Template.Elements[i]; tags[e.Tag] {
				out = append(out, e)
			}
		}
	}
	return out
}

// kebab writes a property name as an attribute: videoList → video-list.
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// constantListExcludes reports whether element idx of a template can
// never show because a wx:if (or wx:elif) on it or an ancestor compares a
// field of a wx:for item with a literal that no item of the list matches,
// where the list is the page's (or component's) initial data that no code
// of its script touches (script.Facts.DataLists: no setData, no push, no
// assignment names it): `<swiper-item wx:for="{{banners}}"><video
// wx:if="{{item.type == 'video'}}" autoplay>` over banners that are all
// images. Decided only for a plain comparison (==, ===, !=, !==) of
// item.field with a string literal, and only when every item of the list
// has that field as a string literal.
func constantListExcludes(c *rule.ProjectContext, u *rule.Unit, idx int) bool {
	t := u.Template
	su := pagedata.ScriptOf(c.Units, strings.TrimSuffix(u.Path, path.Ext(u.Path)))
	if su == nil || len(su.Script.DataLists) == 0 {
		return false
	}
	for i := idx; i >= 0; i = t.Elements[i].Parent {
		for _, name := range []string{"wx:if", "wx:elif", "qq:if", "qq:elif"} {
			a := t.Elements[i].Attr(name)
			if a == nil || len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
				continue
			}
			item, field, op, lit, ok := itemComparison(a.Interps[0].Expr)
			if !ok {
				continue
			}
			list := loopListOf(t, i, item)
			items, ok := su.Script.DataLists[list]
			if list == "" || !ok {
				continue
			}
			shows := false
			for _, it := range items {
				v, ok := it[field]
				if !ok {
					shows = true // not a string literal: not decided
					break
				}
				if (v == lit) == (op == "==" || op == "===") {
					shows = true
					break
				}
			}
			if !shows {
				return true
			}
		}
	}
	return false
}

var (
	fieldFirst = regexp.MustCompile(`^\s*([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\s*(===|!==|==|!=)\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*$`)
	fieldLast  = regexp.MustCompile(`^\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*(===|!==|==|!=)\s*([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\s*$`)
)

// itemComparison reads `item.field == 'literal'` (either way round, with
// ==, ===, != or !==).
func itemComparison(expr string) (item, field, op, lit string, ok bool) {
	if m := fieldFirst.FindStringSubmatch(expr); m != nil {
		return m[1], m[2], m[3], m[4] + m[5], true
	}
	if m := fieldLast.FindStringSubmatch(expr); m != nil {
		return m[4], m[5], m[3], m[1] + m[2], true
	}
	return "", "", "", "", false
}

// loopListOf is the data key that the nearest wx:for on element i or an
// ancestor whose item is named item repeats over, when it is a plain key
// (wx:for="{{banners}}"); "" otherwise.
func loopListOf(t *template.Facts, i int, item string) string {
	for ; i >= 0; i = t.Elements[i].Parent {
		e := &t.Elements[i]
		for _, p := range []string{"wx:for", "wx:for-items", "qq:for", "qq:for-items"} {
			a := e.Attr(p)
			if a == nil {
				continue
			}
			name := "item"
			pre := strings.TrimSuffix(p, "-items")
			if ia := e.Attr(pre + "-item"); ia != nil && ia.Static() && strings.TrimSpace(ia.Value) != "" {
				name = strings.TrimSpace(ia.Value)
			}
			if name != item {
				break // another loop's item: look further out
			}
			if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
				return ""
			}
			list := strings.TrimSpace(a.Interps[0].Expr)
			if !plainKey.MatchString(list) {
				return ""
			}
			return list
		}
	}
	return ""
}

var plainKey = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)
