package behavior

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/pagedata"
)

// waitsForUser reports whether media element idx of a page template has
// nothing to play until the user acts: its src (or a wx:if / wx:for that
// gates it) binds a data key that starts empty in the page's data and is
// set only by a method no lifecycle reaches (a tap handler: onPlayTap() {
// this.setData({ videoUrl }) }). Autoplay then starts playback the user
// asked for (see pagedata.WaitsForUser).
func waitsForUser(c *rule.ProjectContext, u *rule.Unit, idx int) bool {
	if c.Project == nil || c.Project.IsComponentFile(u.Path) {
		return false
	}
	e := &u.Template.Elements[idx]
	var names []string
	for _, attr := range []string{"src", "url"} {
		if a := e.Attr(attr); a != nil && len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" {
			if m := gateExpr.FindStringSubmatch(strings.TrimSpace(a.Interps[0].Expr)); m != nil {
				names = append(names, m[1])
			}
		}
	}
	names = append(names, gateNames(u.Template, idx)...)
	return pagedata.WaitsForUser(c.Units, u, names)
}
