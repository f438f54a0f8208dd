package content

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// checkExtremeBound is ExtremeWords' project half: a string in a page's
// or component's script that its template shows through an interpolation
// in text (`data: { slogan: '全网最低价' }` and `<text>{{slogan}}</text>`,
// or a list item's `title` shown as `{{item.title}}`) is visible text as
// much as the template's own. Matched by the key the string is the value
// of and the last name of the interpolated path; strings that are
// arguments of another call (a toast's title, read by the file half) are
// left to it.
func checkExtremeBound(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Script != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		u := c.Units[p]
		// the words first: most scripts have none, and then their template
		// is never read (this runs after every keystroke, debounced)
		var tmplPath string
		var keys map[string]bool
		for _, str := range u.Script.Strings {
			if str.IsKey || str.Template || str.Key == "" || str.Arg != "" || (str.Callee != "" && str.Callee != "setData") {
				continue
			}
			hits := c.Lexicon.Find("extreme", str.Value)
			if len(hits) == 0 || str.Span.End > len(u.Text) || string(u.Text[str.Span.Start:str.Span.End]) != str.Value {
				continue // none, or escapes: offsets in Value are not offsets in the file
			}
			if keys == nil {
				tmplPath, keys = boundKeys(c.Units, p)
			}
			if !keys[str.Key] {
				continue
			}
			for _, h := range hits {
				if statedLimit(str.Value, h.Start, h.End, false) {
					continue // tip: '单笔最高提现金额500元': a bound, not a claim
				}
				s := text.Span{Start: str.Span.Start + h.Start, End: str.Span.Start + h.End}
				word := str.Value[h.Start:h.End]
				c.Report(p, s, extremeMsg(word, tmplPath, str.Key, c.Env.Platform), extremeFix(s, word, h.Replacement))
			}
		}
	}
}

// templateExts are the template files a script may sit beside.
var templateExts = []string{".wxml", ".ttml", ".axml", ".swan", ".qml"}

// boundKeys returns the template beside the script at p and the last
// names of the paths it interpolates in text content (`{{slogan}}`,
// `{{item.title}}`), attributes left out.
func boundKeys(units map[string]*rule.Unit, p string) (string, map[string]bool) {
	base := strings.TrimSuffix(p, path.Ext(p))
	for _, ext := range templateExts {
		tu := units[base+ext]
		if tu == nil || tu.Template == nil {
			continue
		}
		inAttr := map[text.Span]bool{}
		for _, e := range tu.Template.Elements {
			for _, a := range e.Attrs {
				for _, in := range a.Interps {
					inAttr[in.Span] = true
				}
			}
		}
		keys := map[string]bool{}
		for _, in := range tu.Template.Interps {
			if inAttr[in.Span] {
				continue
			}
			if k := lastName(in); k != "" {
				keys[k] = true
			}
		}
		return base + ext, keys
	}
	return "", map[string]bool{}
}

// lastName is the last name of a plain path expression (`a`, `a.b.c`),
// or "" for anything else.
func lastName(in template.Interp) string {
	e := strings.TrimSpace(in.Expr)
	if e == "" {
		return ""
	}
	for _, r := range e {
		if !(r == '.' || r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return ""
		}
	}
	return e[strings.LastIndexByte(e, '.')+1:]
}
