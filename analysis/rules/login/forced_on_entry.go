package login

import (
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// ForcedOnEntry: the mini-program sends users to a login page before they
// have used anything. WeChat forbids forcing a login before the user has
// experienced any function (LESSONS #04); Douyin asks that nothing be
// authorized on entry without the user's action (DY §1.1.2.1).
//
// What fires:
//   - app.json's entry page (entryPagePath, else the first page) is a
//     login page (pages/login/login, pages/auth/index, pages/wxLogin …);
//   - in app.js, or in the entry page's script, a navigateTo / redirectTo /
//     reLaunch / switchTab whose url is a login page runs on entry
//     (onLaunch, onShow, onLoad, onReady, attached, top-level code, and the
//     functions of the same file they call), also behind `if (!token)`:
//     a visitor always has no token.
//
// The same holds for the pages of the tab bar: a reviewer opens every tab
// first, and a tab that sends a visitor to the login page (我的, 订单 on
// show, not logged in → navigateTo('/pages/login/…')) forces the login
// as surely as the entry page does.
//
// A route named only signin (sign-in) is read first: Chinese apps give
// that name to the daily check-in (签到) page, and one whose title or
// text says 签到 and never 登录, 注册 or sign in is no login page. That
// judgement needs the page's files, so it is made in the project check.
//
// Judgment: other pages may require a login for what they show (my
// orders, checkout); the rule looks only at the launch, the entry page and
// the tab bar's pages.
// A redirect after the user confirmed a modal (showModal … res.confirm) is
// the user's choice, not forced. Asking for the profile or the location on
// entry is privacy/prompt-before-authorize's finding, not repeated here.
// A redirect made by a helper in another file (utils/auth.js checkLogin(),
// getApp().checkLogin()) is followed through the project's call graph
// (analysis/callgraph); that finding goes on the page's call of the
// helper, with the way in the message.
//
// Only the ways a visitor takes count (forced_guard.go): not one behind a
// check of the login state (`if (wx.getStorageSync('userId')) load()`,
// after `if (!token) return`, the else of `if (!isLogin)`), nor a request
// to an endpoint the server opens to visitors (a path segment noauth,
// public, anon, open, guest …, or needLogin: false / auth: false /
// noToken: true passed to the request helper), which never gets the 401
// whose handler sends the user to the login page. For each redirect the
// walk keeps a way without such a step when there is one: an entry page
// that asks for public banners and then for an authed list is reported
// on the list. A public path does not help when the helper checks the
// token before it sends (the redirect is then not the response's). A
// redirect that itself runs only for a logged-in user (`if (token &&
// expired)`) is a session renewal, not forced. So is one the response
// handler makes only when the server refuses the session (statusCode
// 401, code == 401, TOKEN_EXPIRED, msg 'token失效' …) on a read of
// content every visitor sees: a path word home, index, banner, goods,
// category, list, detail, search, icon, menu …, and no word of the
// user's own data (user, member, order, cart, address, coupon, points,
// collect …). What the server answers cannot be read from the code; the
// rule takes a shop's home page and catalogue to be open to visitors,
// which a visitor's first open shows, and the user's own data not. A 我的 or 订单 tab that
// sends a visitor to login when opened stays reported (two of three
// readers of the corpus called it forced).
// A redirect in a request's callback is the server's verdict on what the
// page asked for, except when the request is the login's own code
// exchange (sent from the callback of wx.login, tt.login, my.getAuthCode):
// it asks whether this user has an account, and a first-time visitor has
// none, so the entry page that redirects on that answer forces the login.
var ForcedOnEntry = &rule.Rule{
	ID:       "login/forced-on-entry",
	Severity: rule.Warning,
	Citation: "LESSONS #04, DY §1.1.2.1",
	Title:    rule.Msg{Zh: "进入小程序即强制登录", En: "Login forced on entry"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "小程序启动或进入首页时（没有用户操作）就跳转到登录/授权页，或首页本身就是登录页。",
			En: "On launch or on the entry page, with no user action, the code redirects to a login/authorization page — or the entry page is the login page."},
		Why: rule.Msg{Zh: "微信禁止在用户体验任何功能前强制登录，审核员打开即要求手机号、头像、昵称会被驳回（审核经验 #04）；抖音要求授权由用户主动触发（§1.1.2.1）。请提供游客模式：先浏览，在需要账号的操作时再引导登录。",
			En: "WeChat forbids forcing a login before the user has used anything; a build that asks for the phone number or profile on open is rejected (LESSONS #04), and Douyin requires authorization to follow a user action (DY §1.1.2.1). Offer a guest mode and ask for a login when an action needs the account."},
		Wrong:   "App({\n  onLaunch() {\n    if (!wx.getStorageSync('token')) {\n      wx.reLaunch({ url: '/pages/login/login' })\n    }\n  }\n})",
		Right:   "App({\n  onLaunch() {\n    // guest mode: browse first; pages that need the account call ensureLogin() on tap\n  }\n})",
		Excerpt: "WeChat now forbids forcing a login before the user experiences any functionality. Reviewers reject submissions that immediately request phone number, avatar, or nickname.（审核经验 #04 Force Login on First Open）",
	},
	Check:        checkForcedOnEntry,
	CheckProject: checkForcedProject,
}

func checkForcedOnEntry(c *rule.FileContext) {
	p := c.Project
	if p == nil || p.App == nil {
		return
	}
	u := c.Unit
	if u.JSON != nil && p.App.File != nil && u.Path == p.App.File.Path {
		if e := p.App.EntryPage; e.Value != "" {
			if clear, _ := loginRouteWords(e.Value); clear {
				c.Report(innerString(u.Text, e.Span), entryLoginMsg(e.Value))
			}
		}
		return
	}
	for _, f := range entryRedirects(c.Env, u, func(url string) bool {
		clear, _ := loginRouteWords(url)
		return clear
	}) {
		c.Report(f.span, f.msg)
	}
}

// checkForcedAmbiguous reports what checkForcedOnEntry leaves to the
// project: an entry page or an entry redirect whose route is only
// ambiguously a login page (signin), once the page it names can be read
// (a daily check-in page is no login).
func checkForcedAmbiguous(c *rule.ProjectContext) {
	p := c.Project
	if e := p.App.EntryPage; e.Value != "" && p.App.File != nil {
		if clear, ambiguous := loginRouteWords(e.Value); !clear && ambiguous && isLoginTarget(c.Env, "", e.Value) {
			c.Report(p.App.File.Path, innerString(p.App.File.Src, e.Span), entryLoginMsg(e.Value))
		}
	}
	paths := make([]string, 0, len(c.Units))
	for path := range c.Units {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		u := c.Units[path]
		for _, f := range entryRedirects(c.Env, u, func(url string) bool {
			clear, ambiguous := loginRouteWords(url)
			return !clear && ambiguous && isLoginTarget(c.Env, path, url)
		}) {
			c.Report(path, f.span, f.msg)
		}
	}
}

func entryLoginMsg(route string) rule.Msg {
	return rule.Msg{
		Zh: "首页（" + route + "）是登录页：用户打开小程序先要登录，审核会以“强制登录”驳回。请把可浏览的页面放在首位，登录页在需要时再打开。",
		En: "The entry page (" + route + ") is a login page: users must log in before using anything, which reviewers reject as a forced login. Put a page users can browse first and open the login page when an action needs it.",
	}
}

type redirect struct {
	span text.Span
	msg  rule.Msg
}

// entryRedirects lists the navigations of u (app.js, the entry page or a
// tab page) that run on entry, unconfirmed, to a url login accepts.
func entryRedirects(env *rule.Env, u *rule.Unit, login func(url string) bool) []redirect {
	p := env.Project
	s := u.Script
	if s == nil {
		return nil
	}
	app := p.IsAppFile(u.Path)
	tab := !app && !p.IsEntryPage(u.Path) && isTabPage(env, u.Path)
	if !app && !p.IsEntryPage(u.Path) && !tab {
		return nil
	}
	var out []redirect
	var j *judge
	defer func() {
		if j != nil {
			j.close()
		}
	}()
	for i := range s.Calls {
		call := &s.Calls[i]
		if call.Namespace == "" || call.Factory != "" || !call.OnEntry || call.Confirmed {
			continue
		}
		switch call.API {
		case "navigateTo", "redirectTo", "reLaunch", "switchTab":
		default:
			continue
		}
		url, _ := navURL(s, i)
		if url == "" || !login(url) || serverDecided(s, call) {
			continue
		}
		if j == nil {
			j = newJudge(env)
			j.own = u
		}
		if j.loggedInCall(u.Path, call.NameSpan) {
			continue
		}
		if i := strings.IndexAny(url, "?#"); i > 0 {
			url = url[:i]
		}
		where := "app onLaunch"
		if len(call.EntryPath) > 0 {
			where = strings.Join(call.EntryPath, " → ")
		} else if !app {
			where = "module top level"
		}
		page, pageEn := startWords(env, u.Path)
		out = append(out, redirect{call.NameSpan, rule.Msg{
			Zh: page + "（" + where + "）直接跳转登录页 " + url + "：用户还没使用任何功能就被要求登录，审核会以“强制登录”驳回。请提供游客模式，在需要账号的操作时再引导登录。",
			En: "On " + pageEn + " (" + where + ") the code redirects to the login page " + url + " before the user has used anything; reviewers reject this as a forced login. Offer a guest mode and ask for a login when an action needs the account.",
		}})
	}
	return out
}

// innerString narrows a JSON string token's span to its content.
func innerString(src []byte, s text.Span) text.Span {
	if s.Len() >= 2 && s.End <= len(src) && src[s.Start] == '"' && src[s.End-1] == '"' {
		return text.Span{Start: s.Start + 1, End: s.End - 1}
	}
	return s
}
