package content

import "mpls/analysis/rule"

// defaultTitleShown reports whether some page shows app.json's default
// title (navigationBarTitleText, Alipay's defaultTitle): a page whose json
// sets no title of its own and whose script never calls
// setNavigationBarTitle (my.setNavigationBar). In the recommended
// profile a page no user reaches (nothing opens it, only such pages do,
// or only code that never runs; see rule.ProjectContext.Unseen) shows
// nothing to anyone; strict counts every
// registered page. Both rules that judge the default title
// (a brand word in it, a starter template's) ask this.
func defaultTitleShown(c *rule.ProjectContext) bool {
	env := c.Env
	for _, pg := range env.Project.Pages {
		if pg.Missing || pg.NavigationBarTitleText != nil {
			continue
		}
		if u := env.Units[pg.Files.Script]; u != nil && u.Script != nil && setsTitle(u) {
			continue
		}
		if c.Unseen(pg.Files.Template) {
			continue
		}
		return true
	}
	return false
}

func setsTitle(u *rule.Unit) bool {
	for _, call := range u.Script.Calls {
		if call.API == "setNavigationBarTitle" || call.API == "setNavigationBar" { // Alipay's
			return true
		}
	}
	return false
}
