package content

import (
	"strings"

	"mpls/analysis/template"
)

// OnlyOnPlatform reports whether element e renders only in a build for
// another platform than own: it (or an element around it) carries a
// wx:if / tt:if / a:if … on a comparison of a platform variable with
// that platform's name (`{{__platform=='wx'}}`, `{{platform === "weixin"}}`).
// Cross-platform sources keep each platform's wording in such branches;
// the build for own never shows it.
func OnlyOnPlatform(t *template.Facts, e int, other []string) bool {
	for ; e >= 0 && e < len(t.Elements); e = t.Elements[e].Parent {
		for _, a := range t.Elements[e].Attrs {
			n := a.Name
			if !(strings.HasSuffix(n, ":if") || strings.HasSuffix(n, ":elif")) {
				continue
			}
			v := strings.NewReplacer(" ", "", "\"", "'", "===", "==").Replace(a.Value)
			if strings.Contains(v, "!") && !strings.Contains(v, "!=") || strings.Contains(v, "||") {
				continue
			}
			for _, o := range other {
				if strings.Contains(v, "=='"+o+"'") || strings.HasPrefix(strings.TrimPrefix(v, "{{"), "'"+o+"'==") {
					return true
				}
			}
		}
	}
	return false
}
