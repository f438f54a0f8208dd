package login

import (
	"path"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
)

// isLoginTarget reports whether url, opened from the file from (or a route
// of app.json when from is ""), leads to a login page. A clear route word
// (login, register, auth …) decides; an ambiguous one (signin, sign-in)
// does too unless the page it names is a daily check-in page: its title
// or text says 签到 (打卡, check in) and never 登录, 注册 or sign in.
// Chinese apps name that page signin; opening it on entry forces no login.
func isLoginTarget(env *rule.Env, from, url string) bool {
	clear, ambiguous := loginRouteWords(url)
	if clear || !ambiguous {
		return clear
	}
	pg := targetPage(env.Project, from, url)
	return pg == nil || !checkInPage(env, pg)
}

// targetPage is the registered page url names: relative to from's folder
// (a page's ../signin/signin), else from the root; nil if none.
func targetPage(p *project.Project, from, url string) *project.Page {
	if p == nil {
		return nil
	}
	if i := strings.IndexAny(url, "?#"); i >= 0 {
		url = url[:i]
	}
	if strings.HasPrefix(url, "/") || from == "" {
		return p.Page(path.Clean("/" + url))
	}
	if rel, ok := p.Rel(from); ok {
		if pg := p.Page(path.Join(path.Dir(rel), url)); pg != nil {
			return pg
		}
	}
	return p.Page(path.Clean("/" + url))
}

// checkInPage: the page's title and template text speak of checking in
// and never of signing in or up. A toast of its script (请先登录) says
// what the page needs, not what it is, so scripts count only for the
// title they set.
func checkInPage(env *rule.Env, pg *project.Page) bool {
	checkIn := false
	for _, f := range pg.Files.All() {
		u := env.Units[f]
		if u == nil {
			continue
		}
		for _, pc := range u.Visible() {
			if strings.HasPrefix(pc.Where, "script:") && !strings.Contains(pc.Where, "NavigationBar") {
				continue
			}
			t := strings.ToLower(pc.Text)
			for _, w := range []string{"登录", "登陆", "注册", "sign in", "sign up", "log in", "login"} {
				if strings.Contains(t, w) {
					return false
				}
			}
			for _, w := range []string{"签到", "打卡", "check in", "check-in"} {
				if strings.Contains(t, w) {
					checkIn = true
				}
			}
		}
	}
	return checkIn
}
