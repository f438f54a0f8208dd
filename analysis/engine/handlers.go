package engine

import (
	"path"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// ScriptOf returns the path of the script beside a template (same folder
// and base name, .js or .ts), as mini-program pages and components pair
// them, if that unit exists.
func ScriptOf(units map[string]*rule.Unit, tmpl string) string {
	base := strings.TrimSuffix(tmpl, path.Ext(tmpl))
	for _, ext := range []string{".js", ".ts"} {
		if u := units[base+ext]; u != nil && u.Script != nil {
			return base + ext
		}
	}
	return ""
}

// ResolveHandler finds the method a template binding names, in the page
// or component script beside the template.
func ResolveHandler(units map[string]*rule.Unit, tmpl, handler string) (string, text.Span, bool) {
	sp := ScriptOf(units, tmpl)
	if sp == "" {
		return "", text.Span{}, false
	}
	s, ok := units[sp].Script.Methods[handler]
	return sp, s, ok
}
