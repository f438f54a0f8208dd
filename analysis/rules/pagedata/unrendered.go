package pagedata

import (
	"path"
	"regexp"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Unrendered returns the spans of the elements of the page template u that
// never render: a wx:if (a:if, tt:if, s-if, qq:if) whose condition is a
// bare data key that the page's data starts falsy (false, 0, an empty string, null,
// undefined) and that nothing turns on: every setData naming it gives it a
// falsy literal, no code assigns it (this.data.key =), no string names it
// (a helper handed the key), no model: binding writes it, and no other
// script that reaches pages through getCurrentPages names it. A popup that
// only its close() sets false is never opened. Any doubt leaves the
// element rendered: a component's template (its properties come from
// outside), a page built with Component() (query properties), behaviors or
// mixins, a setData of a computed key, a spread or an object built
// elsewhere, a template that did not parse.
func Unrendered(units map[string]*rule.Unit, pr *project.Project, u *rule.Unit) []text.Span {
	t := u.Template
	if t == nil || len(t.Errors) > 0 || pr == nil {
		return nil
	}
	route, ok := pr.PageOf(u.Path)
	if pg := pr.Page(route); !ok || pg == nil || pg.Files.Template != u.Path {
		return nil
	}
	var out []text.Span
	judged := map[string]bool{} // key → never on
	var su *rule.Unit
	for i := range t.Elements {
		key := ifKey(&t.Elements[i])
		if key == "" || shadowed(t, i, key) {
			continue
		}
		off, done := judged[key]
		if !done {
			if su == nil {
				su = ScriptOf(units, strings.TrimSuffix(u.Path, path.Ext(u.Path)))
				if su == nil || su.Script.Kind != "page" || mixedIn(string(su.Text)) {
					return nil
				}
			}
			off = neverOn(units, su, t, key)
			judged[key] = off
		}
		if off {
			out = append(out, t.Elements[i].Span)
		}
	}
	return out
}

// ifKey is the bare data key of an element's if condition ({{dialog}}),
// or "".
func ifKey(el *template.Element) string {
	for i := range el.Attrs {
		a := &el.Attrs[i]
		n := a.Name
		j := strings.IndexAny(n, ":-")
		if j < 0 || n[j+1:] != "if" {
			continue
		}
		if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
			return ""
		}
		if k := strings.TrimSpace(a.Interps[0].Expr); bareKey.MatchString(k) {
			return k
		}
		return ""
	}
	return ""
}

var bareKey = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)

// shadowed: inside a list item or a <template name> definition, the key
// may be the item (wx:for-item="dialog") or the template's own data.
func shadowed(t *template.Facts, e int, key string) bool {
	for i := e; i >= 0; i = t.Elements[i].Parent {
		el := &t.Elements[i]
		if el.Tag == "template" && el.Attr("name") != nil {
			return true
		}
		for _, a := range el.Attrs {
			if j := strings.IndexAny(a.Name, ":-"); j >= 0 {
				switch a.Name[j+1:] {
				case "for", "for-items":
					if key == "item" || key == "index" {
						return true
					}
				case "for-item", "for-index":
					if strings.TrimSpace(a.Value) == key {
						return true
					}
				}
			}
		}
	}
	return false
}

// mixedIn: the page takes code from elsewhere that may set any key.
func mixedIn(src string) bool {
	return mixinRe.MatchString(src)
}

var computedKey = regexp.MustCompile(`[{,]\s*\[`)

var mixinRe = regexp.MustCompile(`\b(?:behaviors|mixins)\s*:`)

// neverOn: key starts falsy in the page's data and nothing turns it on.
func neverOn(units map[string]*rule.Unit, su *rule.Unit, t *template.Facts, key string) bool {
	src := string(su.Text)
	if !startsFalsy(src, su.Script.ConfigSpan, key) {
		return false
	}
	q := regexp.QuoteMeta(key)
	// a string naming the key ('dialog'), or an assignment (this.data.dialog = …)
	if regexp.MustCompile(`['"\x60]` + q + `['"\x60]|\.` + q + `\s*=(?:[^=]|$)`).MatchString(src) {
		return false
	}
	if !setsOnlyFalsy(src, key) {
		return false
	}
	for i := range t.Elements {
		for _, a := range t.Elements[i].Attrs {
			if strings.Contains(a.Name, "model") && strings.Contains(a.Value, key) {
				return false // model:value="{{dialog}}" writes it
			}
		}
	}
	word := regexp.MustCompile(`\b` + q + `\b`)
	for _, o := range units {
		if o == su || o.Script == nil || !strings.Contains(string(o.Text), "getCurrentPages") {
			continue
		}
		if word.Match(o.Text) {
			return false // another page may set it on this one
		}
	}
	return true
}

// startsFalsy: the page's data gives key, once, a falsy literal (an empty
// list or object is truthy in a condition).
func startsFalsy(src string, config text.Span, key string) bool {
	if config.End <= config.Start || config.End > len(src) {
		return false
	}
	loc := dataRe.FindStringIndex(src[config.Start:config.End])
	if loc == nil {
		return false
	}
	loc[0], loc[1] = loc[0]+config.Start, loc[1]+config.Start
	end := MatchBrace(src, loc[1]-1)
	if end < 0 {
		return false
	}
	ms := keyValueRe(key).FindAllStringSubmatch(src[loc[1]-1:end], -1)
	if len(ms) != 1 {
		return false // absent (set elsewhere?) or also a nested field's name
	}
	return falsyLiteral(ms[0][1])
}

func falsyLiteral(v string) bool {
	switch strings.TrimSpace(v) {
	case "''", `""`, "``", "null", "undefined", "false", "0", "!1":
		return true
	}
	return false
}

// setsOnlyFalsy: every setData of the script is an object literal without
// computed keys or spreads, and each one naming key gives it a falsy
// literal.
func setsOnlyFalsy(src, key string) bool {
	kv := regexp.MustCompile(`(?:^|[\s,{])['"]?` + regexp.QuoteMeta(key) + `(?:['"]?\s*:\s*([^,\n}]*)|\s*[,}]|\.[\w$]|\[)`)
	for _, loc := range setDataRe.FindAllStringIndex(src, -1) {
		end := matchParen(src, loc[1]-1)
		if end < 0 {
			return false
		}
		arg := strings.TrimSpace(src[loc[1]:end])
		if !strings.HasPrefix(arg, "{") {
			return false // setData(obj): any key
		}
		if computedKey.MatchString(arg) || strings.Contains(arg, "...") {
			return false // a computed key or a spread may be key
		}
		for _, m := range kv.FindAllStringSubmatch(arg, -1) {
			if !strings.Contains(m[0], ":") || !falsyLiteral(m[1]) {
				return false // shorthand, a path, or a value that may be true
			}
		}
	}
	return true
}
