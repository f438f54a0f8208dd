package login

import (
	"sort"
	"strings"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// isTabPage: the file belongs to a page of app.json's tab bar.
func isTabPage(env *rule.Env, path string) bool {
	p := env.Project
	route, ok := p.PageOf(path)
	if !ok || p.App == nil {
		return false
	}
	for _, t := range p.App.TabBar {
		if strings.TrimPrefix(t.PagePath.Value, "/") == route {
			return true
		}
	}
	return false
}

// startWords names where a start file runs, for messages.
func startWords(env *rule.Env, path string) (zh, en string) {
	p := env.Project
	switch {
	case p.IsAppFile(path):
		return "小程序启动时", "app launch"
	case p.IsEntryPage(path):
		return "首页", "the entry page"
	}
	route, _ := p.PageOf(path)
	return "标签页 " + route, "the tab page " + route
}

// checkForcedProject reports a redirect to a login page that the launch,
// the entry page or a tab page reaches through a helper of another file.
func checkForcedProject(c *rule.ProjectContext) {
	p := c.Project
	if p == nil || p.App == nil {
		return
	}
	checkForcedAmbiguous(c)
	g := callgraph.For(c.Env)
	if g == nil {
		return
	}
	var starts []string
	for path, u := range c.Units {
		if u == nil || u.Script == nil {
			continue
		}
		if p.IsAppFile(path) || p.IsEntryPage(path) || isTabPage(c.Env, path) {
			starts = append(starts, path)
		}
	}
	sort.Strings(starts)
	type key struct {
		path string
		span text.Span
	}
	done := map[key]bool{}
	report := func(start string, h *callgraph.Hit, url string) {
		k := key{start, h.Leave()}
		if done[k] {
			return
		}
		done[k] = true
		page, pageEn := startWords(c.Env, start)
		w := h.Words()
		c.Report(start, k.span, rule.Msg{
			Zh: page + "（" + w + "）直接跳转登录页 " + url + "：用户还没使用任何功能就被要求登录，审核会以“强制登录”驳回。请提供游客模式，在需要账号的操作时再引导登录。",
			En: "On " + pageEn + " (" + w + ") the code redirects to the login page " + url + " before the user has used anything; reviewers reject this as a forced login. Offer a guest mode and ask for a login when an action needs the account.",
		})
	}
	// login is the login route a cross-file hit goes to unconfirmed, "".
	j := newJudge(c.Env)
	defer j.close()
	login := func(h *callgraph.Hit) string {
		if !h.Cross() || h.Confirmed {
			return ""
		}
		url := loginURL(c.Env, c.Units[h.Path], h.Call)
		if url != "" && j.loggedInCall(h.Path, h.Call.NameSpan) {
			return ""
		}
		return url
	}
	for _, start := range starts {
		// the walk every rule shares first: most starts reach no login
		// page, and only those that do are walked again, step by step
		any := false
		for _, e := range g.Entries(start) {
			for i := range e.Hits {
				if login(&e.Hits[i]) != "" {
					any = true
				}
			}
		}
		if !any {
			continue
		}
		// a way a visitor takes: no guard on the login state, no request
		// the server answers without a login, no read of public content
		reached := map[*script.Call]bool{}
		pass := func(kinds int, keep func(h *callgraph.Hit) bool) {
			before := make(map[*script.Call]bool, len(reached))
			for k := range reached {
				before[k] = true
			}
			for _, e := range g.EntriesMarked(start, j.mark(kinds)) {
				for i := range e.Hits {
					h := &e.Hits[i]
					// a redirect the walk reaches without a step is reported
					// on each way to it; one kept off by a step only on
					// another way is not reported again
					if url := login(h); url != "" && (keep == nil || !before[h.Call] && keep(h)) {
						reached[h.Call] = true
						report(start, h, url)
					}
				}
			}
		}
		pass(stepGuard|stepFlag|stepPath|stepRead, nil)
		// a public path keeps off only a redirect made on the response:
		// a helper that checks the token before it sends redirects a
		// visitor whatever the path
		response := func(h *callgraph.Hit) bool { return viaResponse(c.Env, h) }
		pass(stepGuard|stepFlag|stepRead, func(h *callgraph.Hit) bool { return !response(h) })
		// a read of public content keeps off only a redirect the response
		// handler makes when the server refuses the session (401, token
		// expired): a visitor who reads the home page gets no such answer
		refused := func(h *callgraph.Hit) bool { return response(h) && j.authBranch(h) }
		pass(stepGuard|stepFlag|stepPath, func(h *callgraph.Hit) bool { return !refused(h) })
		pass(stepGuard|stepFlag, func(h *callgraph.Hit) bool { return !response(h) })
	}
}

// loginURL is the login route a navigation call of unit u goes to, "" if
// it is no navigation or goes elsewhere.
func loginURL(env *rule.Env, u *rule.Unit, call *script.Call) string {
	if u == nil || u.Script == nil || call.Namespace == "" || call.Factory != "" {
		return ""
	}
	switch call.API {
	case "navigateTo", "redirectTo", "reLaunch", "switchTab":
	default:
		return ""
	}
	s := u.Script
	for i := range s.Calls {
		if &s.Calls[i] != call {
			continue
		}
		url, _ := navURL(s, i)
		if url == "" || !isLoginTarget(env, u.Path, url) || serverDecided(s, call) {
			return ""
		}
		if j := strings.IndexAny(url, "?#"); j > 0 {
			url = url[:j]
		}
		return url
	}
	return ""
}

// serverDecided: the navigation sits in a callback of a network request
// (a request helper that sends the user to the login page when the server
// answers "not logged in"): the server decides, for the data a page asks
// for, whether a login is needed; a page of public data never gets there.
func serverDecided(s *script.Facts, call *script.Call) bool {
	for i := range s.Calls {
		r := &s.Calls[i]
		if r.Namespace == "" || r.Factory != "" || (r.API != "request" && r.API != "httpRequest" && r.API != "uploadFile") {
			continue
		}
		if r.ArgsSpan.Start <= call.Span.Start && call.Span.End <= r.ArgsSpan.End && !codeExchange(s, r) {
			return true
		}
	}
	return false
}

// codeExchange: the request sits in the callback of the platform's login
// (wx.login, tt.login, swan.login, my.getAuthCode): it sends the login
// code to the server to learn whether this user has an account. A
// visitor never has one, so a redirect to the login page on its answer
// is what every first open meets, not the server's verdict on some data.
func codeExchange(s *script.Facts, r *script.Call) bool {
	for i := range s.Calls {
		l := &s.Calls[i]
		if l.Namespace == "" || l.Factory != "" || (l.API != "login" && l.API != "getAuthCode") {
			continue
		}
		if l.ArgsSpan.Start <= r.Span.Start && r.Span.End <= l.ArgsSpan.End {
			return true
		}
	}
	return false
}
