package login

import (
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// routeWords splits a page route or URL path into lower-case words:
// "/pages/wxLogin/index?from=1" → pages, wx, login, index. Query and
// fragment are dropped; segments split at '-', '_', '.', and camelCase.
func routeWords(route string) []string {
	if i := strings.IndexAny(route, "?#"); i >= 0 {
		route = route[:i]
	}
	var out []string
	for _, seg := range strings.FieldsFunc(route, func(r rune) bool {
		return r == '/' || r == '-' || r == '_' || r == '.' || r == ' '
	}) {
		out = append(out, camelWords(seg)...)
	}
	return out
}

// camelWords splits an identifier at lower→upper and digit boundaries and
// before the last capital of an upper-case run: isIOS → is, ios;
// wxLoginPage → wx, login, page; APP_SECRET is split elsewhere (by '_').
func camelWords(s string) []string {
	var out []string
	start := 0
	isUp := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	isLow := func(b byte) bool { return b >= 'a' && b <= 'z' }
	for i := 1; i < len(s); i++ {
		a, b := s[i-1], s[i]
		cut := isLow(a) && isUp(b) ||
			isUp(a) && isUp(b) && i+1 < len(s) && isLow(s[i+1])
		if cut {
			out = append(out, strings.ToLower(s[start:i]))
			start = i
		}
	}
	if start < len(s) {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// IsLoginRoute reports whether a page route or navigation URL leads to a
// login, sign-in, authorization or registration page. Words are matched
// whole, so pages/author/detail and pages/authority are not login pages.
// A route whose only such word is signin (sign-in) may also be a daily
// check-in page; callers that can read the page ask isLoginTarget.
func IsLoginRoute(route string) bool {
	clear, ambiguous := loginRouteWords(route)
	return clear || ambiguous
}

// loginRouteWords: clear is a word that only names a login page (login,
// logon, register, signup, auth …); ambiguous is signin or sign-in, which
// Chinese apps also give their daily check-in (签到) page.
func loginRouteWords(route string) (clear, ambiguous bool) {
	ws := routeWords(route)
	for i, w := range ws {
		switch {
		case strings.Contains(w, "login"), strings.Contains(w, "logon"),
			w == "register", w == "signup", w == "auth", w == "oauth", strings.HasSuffix(w, "auth"),
			strings.HasPrefix(w, "authoriz"), strings.HasPrefix(w, "authoris"):
			return true, false
		case w == "sign" && i+1 < len(ws) && ws[i+1] == "up":
			return true, false
		case strings.Contains(w, "signin"), w == "sign" && i+1 < len(ws) && ws[i+1] == "in":
			ambiguous = true
		}
	}
	return false, ambiguous
}

// Evidence is the first sign that a project has an account system, and
// where it is.
type Evidence struct {
	Path string
	Span text.Span
	What rule.Msg
}

// AccountEvidence looks for a user-facing account system: a login page in
// app.json, a phone-number button, a password input, a navigation to a
// login page, or a profile-authorization login (getUserProfile,
// getUserInfo, open-type="getUserInfo") in a project that keeps a login
// token in storage. A silent wx.login with a token in storage is not one:
// the user never signed in, so there is nothing to log out of and no
// account a reviewer needs; nor is getUserProfile alone (showing an
// avatar is not an account).
func AccountEvidence(env *rule.Env) (Evidence, bool) {
	if lp, ok := LoginPage(env); ok {
		return lp, true
	}
	paths := make([]string, 0, len(env.Units))
	for p := range env.Units {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var weak *Evidence
	for _, p := range paths {
		u := env.Units[p]
		if t := u.Template; t != nil {
			for i := range t.Elements {
				e := &t.Elements[i]
				if IsPhoneButton(e) {
					a := e.Attr("open-type")
					return Evidence{Path: p, Span: a.ValueSpan, What: rule.Msg{Zh: "手机号授权登录按钮", En: "a phone-number login button"}}, true
				}
				if e.Tag == "input" || strings.HasSuffix(e.Tag, "-field") || strings.HasSuffix(e.Tag, "-input") {
					if a := e.Attr("password"); a != nil && (!a.HasValue || a.Literal() != "false") {
						return Evidence{Path: p, Span: a.NameSpan, What: rule.Msg{Zh: "密码输入框", En: "a password input"}}, true
					}
					if a := e.Attr("type"); a != nil && a.Literal() == "password" {
						return Evidence{Path: p, Span: a.ValueSpan, What: rule.Msg{Zh: "密码输入框", En: "a password input"}}, true
					}
				}
				if weak == nil && hasOpenType(e, "getUserInfo") {
					a := e.Attr("open-type")
					weak = &Evidence{Path: p, Span: a.ValueSpan, What: rule.Msg{Zh: "用户信息授权登录按钮", En: "a profile-authorization login button"}}
				}
			}
		}
		if s := u.Script; s != nil {
			for i := range s.Calls {
				c := &s.Calls[i]
				if c.Namespace == "" || c.Factory != "" {
					continue
				}
				switch c.API {
				case "navigateTo", "redirectTo", "reLaunch":
					if url, _ := navURL(s, i); url != "" && isLoginTarget(env, p, url) {
						return Evidence{Path: p, Span: c.NameSpan, What: rule.Msg{Zh: "跳转登录页", En: "a navigation to a login page"}}, true
					}
				case "getUserProfile", "getUserInfo":
					if weak == nil {
						weak = &Evidence{Path: p, Span: c.NameSpan, What: rule.Msg{Zh: "用户信息授权登录（" + c.API + "）", En: "a profile-authorization login (" + c.API + ")"}}
					}
				}
			}
		}
	}
	if weak != nil && storesToken(env, paths) {
		return *weak, true
	}
	return Evidence{}, false
}

// OwnCredentials looks for an account the user signs into on a page of
// the app: a password input, a verification-code input (placeholder
// 请输入验证码, 短信验证码 …), or a phone-number login button (the app keys
// its own account on the number). The platform's silent or profile
// authorization (wx.login, tt.login, my.getAuthCode, getUserProfile) is
// not one: a reviewer signs in with their own platform account. A page that only signs users up (a
// password and its confirmation, no sign-in form) is left out: nobody
// logs into the mini-program with it; so is a page that binds a phone to
// the account the user already has (its text says 绑定 and never 登录 or
// 注册): the reviewer binds their own; so is a form that verifies a phone
// for an application, a booking or a real-name check (填写报名信息, 预约,
// 提交认证; see otherPurpose):
// nobody signs in with it. A page no user reaches (see unreachedPage) is
// no way in either, in recommended. Found is the first input, in path
// order.
func OwnCredentials(env *rule.Env) (Evidence, bool) {
	return ownCredentials(env, true)
}

// typedCredentials is OwnCredentials without the phone-number button: an
// account whose password or code the user types. The phone-number button
// signs a reviewer in with the number the platform holds for them.
func typedCredentials(env *rule.Env) (Evidence, bool) {
	return ownCredentials(env, false)
}

func ownCredentials(env *rule.Env, phoneButton bool) (Evidence, bool) {
	paths := make([]string, 0, len(env.Units))
	for p, u := range env.Units {
		if u.Template != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	var live *rule.Liveness // for unreachedPage, once a page needs it
	for _, p := range paths {
		t := env.Units[p].Template
		var found *Evidence
		passwords := 0
		for i := range t.Elements {
			e := &t.Elements[i]
			if IsPhoneButton(e) {
				if phoneButton && found == nil {
					found = &Evidence{Path: p, Span: e.Attr("open-type").ValueSpan, What: rule.Msg{Zh: "手机号授权登录按钮", En: "a phone-number login button"}}
				}
				continue
			}
			if !isInput(e) {
				continue
			}
			if a := passwordAttr(e); a != nil {
				passwords++
				if found == nil {
					found = &Evidence{Path: p, Span: a.NameSpan, What: rule.Msg{Zh: "密码输入框", En: "a password input"}}
				}
				continue
			}
			if a := codeField(e); a != nil && found == nil && codeSignsIn(env.Units[p], t, i) {
				found = &Evidence{Path: p, Span: a.ValueSpan, What: rule.Msg{Zh: "验证码输入框", En: "a verification-code input"}}
			}
		}
		if found == nil || passwords >= 2 || otherPurpose(env.Units[p]) {
			continue
		}
		if !env.Strict {
			if live == nil {
				live = rule.NewLiveness(env)
			}
			if unreachedPage(env, live, p) {
				continue
			}
		}
		return *found, true
	}
	return Evidence{}, false
}

// unreachedPage reports whether no user opens the page the file at p
// belongs to: nothing in the app opens it (project.Unreached: an orphan,
// or opened only from such pages), or every link to it is a navigation in
// a function nothing calls (a login.js method onMobileLogin that no
// template binds): a sign-in form there is no way a reviewer takes. The
// engine drops findings on such pages (deadLinks); this asks it of the
// evidence a project-wide finding stands on. Anything else that may open
// the page (a template's url, a route in data, a string handed to a
// helper) reaches it. Files that are no page's (components) are reached.
func unreachedPage(env *rule.Env, live *rule.Liveness, p string) bool {
	proj := env.Project
	if proj == nil {
		return false
	}
	if proj.Unreached(p) {
		return true
	}
	route, files, ok := proj.PageOpeners(p)
	if !ok {
		return false
	}
	for _, f := range files {
		u := env.Units[f]
		if u == nil || u.Script == nil {
			return false // a template or a config may open it
		}
		s := u.Script
		seen := false
		for _, str := range s.Strings {
			if str.IsKey || !project.Opens(str.Value, route) {
				continue
			}
			seen = true
			if !navAPIs[str.Arg] || str.Call < 0 || str.Call >= len(s.Calls) {
				return false
			}
			if live.Runs(f, s.Calls[str.Call].Func) {
				return false
			}
		}
		if !seen {
			return false // written in a way not read as one string
		}
	}
	return true
}

var navAPIs = map[string]bool{"navigateTo": true, "redirectTo": true, "reLaunch": true}

// otherPurpose: the page's visible text speaks of another use of a phone
// and its code — binding it to the account the user has (绑定手机, 更换绑定),
// an application or booking (填写报名信息, 预约, 登记), a real-name check of the
// user already signed in (提交认证), a record the signed-in user adds or
// edits (a patient 就诊人, a contact 联系人, a delivery address 收货地址, a
// traveller 乘车人: the code verifies that record's phone) — and never of
// signing in or up (登录, 注册, 账号) — but for a note that the number also
// signs in to the company's other client (在…APP中直接登录, 网页版登录): a
// login elsewhere.
func otherPurpose(u *rule.Unit) bool {
	other := false
	for _, pc := range u.Visible() {
		for _, w := range []string{"登录", "登陆", "注册", "账号", "帐号"} {
			if strings.Contains(pc.Text, w) && !otherClient.MatchString(pc.Text) {
				return false
			}
		}
		for _, w := range otherUses {
			if strings.Contains(pc.Text, w) {
				other = true
			}
		}
	}
	return other
}

// otherUses are the words of a phone's other uses (see otherPurpose).
var otherUses = []string{
	"绑定", "报名", "预约", "预订", "登记", "认证",
	// records of the signed-in user
	"就诊人", "联系人", "收货人", "收货地址", "实名", "乘车人", "乘机人", "出行人", "入住人", "家庭成员",
}

// otherClient: a text that speaks of another client of the service (its
// app, its website, its desktop client).
var otherClient = regexp.MustCompile(`(?i)(^|[^a-z])app([^a-z]|$)|客户端|网页版|网页端|电脑端|电脑版|官网|PC端`)

// passwordAttr returns the attribute that makes e a password input
// (password, password="true", type="password"); bound values are not
// judged.
func passwordAttr(e *template.Element) *template.Attr {
	if a := e.Attr("password"); a != nil && a.Static() && (!a.HasValue || a.Value != "false") {
		return a
	}
	if a := e.Attr("type"); a != nil && a.Static() && a.Value == "password" {
		return a
	}
	return nil
}

// codeField returns the placeholder or label of a verification-code input.
func codeField(e *template.Element) *template.Attr {
	for _, name := range []string{"placeholder", "label", "title"} {
		if a := e.Attr(name); a != nil {
			v := a.Literal()
			if strings.Contains(v, "验证码") || strings.Contains(v, "校验码") || strings.Contains(v, "动态码") || strings.Contains(v, "短信码") {
				return a
			}
		}
	}
	return nil
}

// LoginPage returns the first page of app.json whose route is a login page.
func LoginPage(env *rule.Env) (Evidence, bool) {
	if p := env.Project; p != nil && p.App != nil && p.App.File != nil {
		for _, pg := range p.App.Pages {
			if isLoginTarget(env, "", pg.Value) {
				return Evidence{Path: appJSONPath(env), Span: innerString(p.App.File.Src, pg.Span), What: rule.Msg{Zh: "登录页 " + pg.Value, En: "the login page " + pg.Value}}, true
			}
		}
	}
	return Evidence{}, false
}

// SignInAccount is the account evidence a profile asks for: strict takes
// any account system (AccountEvidence, the letter of WX §13.5 and
// §16.6.3); recommended only an account of the app's own
// (OwnCredentials), shown at its login page when app.json has one.
func SignInAccount(env *rule.Env) (Evidence, bool) {
	return signIn(env, OwnCredentials)
}

// TestAccountEvidence is SignInAccount for a test account: in recommended
// only credentials the user types (typedCredentials). Where the only ways
// in are the platform's (tt.login or wx.login, a one-tap 授权登录, the
// phone-number button), a reviewer signs in with their own account and
// number, and needs none from the developer.
func TestAccountEvidence(env *rule.Env) (Evidence, bool) {
	return signIn(env, typedCredentials)
}

func signIn(env *rule.Env, own func(*rule.Env) (Evidence, bool)) (Evidence, bool) {
	if env.Strict {
		return AccountEvidence(env)
	}
	ev, ok := own(env)
	if !ok {
		return Evidence{}, false
	}
	if lp, ok := LoginPage(env); ok {
		return lp, true
	}
	return ev, true
}

// storesToken reports whether a script keeps a login token in storage
// (setStorageSync('token', …), setStorage({ key: 'sessionId' … })).
func storesToken(env *rule.Env, paths []string) bool {
	for _, p := range paths {
		s := env.Units[p].Script
		if s == nil {
			continue
		}
		for _, str := range s.Strings {
			if str.Arg != "setStorageSync" && str.Arg != "setStorage" {
				continue
			}
			if str.Key != "" && str.Key != "key" {
				continue
			}
			l := strings.ToLower(str.Value)
			for _, w := range []string{"token", "session", "jwt", "ticket", "login", "auth"} {
				if strings.Contains(l, w) {
					return true
				}
			}
		}
	}
	return false
}

// appJSONPath is app.json's path relative to the project root.
func appJSONPath(env *rule.Env) string {
	if env.Project != nil && env.Project.App != nil && env.Project.App.File != nil {
		return env.Project.App.File.Path
	}
	return "app.json"
}

// hasOpenType reports whether e's open-type lists want (open-type may join
// several with '|').
func hasOpenType(e *template.Element, want string) bool {
	a := e.Attr("open-type")
	if a == nil {
		return false
	}
	for _, part := range strings.Split(a.Literal(), "|") {
		if strings.TrimSpace(part) == want {
			return true
		}
	}
	return false
}

// navURL returns the literal head of a navigation call's url: the whole
// string, or the first static piece of a concatenation or template
// literal ("/pages/login/login?from=" of '/pages/login/login?from=' + x).
func navURL(s *script.Facts, call int) (string, text.Span) {
	c := &s.Calls[call]
	p := c.Options.Get("url")
	if p == nil {
		return "", text.Span{}
	}
	if p.IsString {
		return p.String, p.ValueSpan
	}
	for _, str := range s.Strings {
		if str.Call == call && str.Arg == c.API && str.Key == "url" && str.Span.Start >= p.ValueSpan.Start && str.Span.End <= p.ValueSpan.End {
			return str.Value, str.Span
		}
	}
	return "", text.Span{}
}
