package login

import (
	"sort"
	"strings"

	"mpls/analysis/rule"
)

// NoLogout: the project has an account system but offers no way out.
// WeChat requires "功能正常且易于发现的'退出'选项" (WX §16.6.3).
//
// "Account system" is AccountEvidence: a login page, a phone-number
// button, a password input, a navigation to a login page or a profile
// login; a silent wx.login alone is not one (the user never signed in).
// "A way out" is looked for generously, because the finding is about an
// absence and a wrong one would ask for a button that exists: a logout
// word (lexicon category logout: 退出登录, 退出, 注销, 切换账号, log out …)
// in any visible text, in a string inside {{ }}, or in any script string
// (a label set with setData, a confirm modal); or a handler or method
// whose name says logout (logout, onLogout, signOut, loginOut, exitLogin).
// One finding per project, at the account-system evidence.
// Judgment (recommended): only an account the user signs into on a page
// of the app (OwnCredentials: password, verification code or phone-number
// login; an image captcha on a form with no account field signs nobody
// in); for a login by the platform's authorization alone reviewers rarely ask
// for a logout, and a route named login (a web scan-to-login page) is not
// a sign-in. Strict takes any account system (AccountEvidence).
// WeChat only: DY's rulebook has no such requirement.
var NoLogout = &rule.Rule{
	ID:        "login/no-logout",
	Severity:  rule.Warning,
	Platforms: []string{rule.WeChat, rule.QQ},
	Citation:  "WX §16.6.3",
	Scope:     rule.ProjectScope,
	Notice:    true,
	Title:     rule.Msg{Zh: "有账号体系但没有“退出登录”", En: "Account system without a logout"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目有登录（登录页、手机号授权按钮、密码输入框等），但任何页面都找不到“退出登录”“退出账号”“注销”等选项。",
			En: "The project has a login (a login page, a phone-number button, a password input …) but no page offers 退出登录 / 退出账号 / 注销 or another way to log out."},
		Why: rule.Msg{Zh: "微信要求存在账号体系时提供功能正常且易于发现的“退出”选项（运营规范 §16.6.3）。通常放在“我的”页或设置页。",
			En: "WeChat requires a working, easy-to-find logout option when there is an account system (WX §16.6.3); usually on the profile or settings page."},
		Wrong: "<!-- pages/mine/mine.wxml -->\n<view class=\"menu\">\n  <navigator url=\"/pages/orders/orders\">我的订单</navigator>\n</view>",
		Right: "<!-- pages/mine/mine.wxml -->\n<view class=\"menu\">\n  <navigator url=\"/pages/orders/orders\">我的订单</navigator>\n  <button wx:if=\"{{loggedIn}}\" bindtap=\"onLogout\">退出登录</button>\n</view>",
		Profiles: rule.Msg{Zh: "recommended：只在有自有账号（密码、短信验证码或手机号授权登录）时检查退出选项。strict：有任何账号体系（登录页、手机号授权按钮、授权登录并保存 token）都检查。",
			En: "recommended: only when there is an account of the app's own (password, SMS-code or phone-number sign-in). strict: any account system (a login page, a phone-number button, an authorization login that keeps a token)."},
		Excerpt: "16.6.3 应提供功能正常且易于发现的“退出”选项。（微信小程序平台运营规范 §16.6.3）",
	},
	CheckProject: checkNoLogout,
}

func checkNoLogout(c *rule.ProjectContext) {
	ev, ok := SignInAccount(c.Env)
	if !ok || hasLogout(c.Env) {
		return
	}
	// QQ follows WeChat's rules, but its developers read "平台"
	zhWho, enWho := "微信", "WeChat"
	if c.Env.Platform != rule.WeChat {
		zhWho, enWho = "平台", "the platform"
	}
	c.Report(ev.Path, ev.Span, rule.Msg{
		Zh: "项目有账号体系（" + ev.What.Zh + "），但没有找到“退出登录”选项：" + zhWho + "要求提供功能正常且易于发现的“退出”。请在“我的”或设置页加上退出登录。",
		En: "The project has an account system (" + ev.What.En + ") but no logout option was found; " + enWho + " requires a working, easy-to-find logout. Add one on the profile or settings page.",
	})
}

// logoutNames are handler or method names that say logout (lower case).
var logoutNames = []string{"logout", "signout", "loginout", "exitlogin", "quitlogin", "logoff", "outlogin"}

func isLogoutName(name string) bool {
	l := strings.ToLower(name)
	for _, w := range logoutNames {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// hasLogout looks everywhere a logout option can show (see NoLogout).
func hasLogout(env *rule.Env) bool {
	lex := env.Lexicon
	found := func(s string) bool { return len(lex.Find("logout", s)) > 0 }
	paths := make([]string, 0, len(env.Units))
	for p := range env.Units {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		u := env.Units[p]
		for _, pc := range u.Visible() {
			if found(pc.Text) {
				return true
			}
		}
		if t := u.Template; t != nil {
			for _, in := range t.Interps {
				for _, q := range quoted(in.Expr) {
					if found(q) {
						return true
					}
				}
			}
			for _, b := range t.Bindings {
				if isLogoutName(b.Handler) {
					return true
				}
			}
		}
		if s := u.Script; s != nil {
			for _, str := range s.Strings {
				if !str.IsKey && found(str.Value) {
					return true
				}
			}
			for name := range s.Methods {
				if isLogoutName(name) {
					return true
				}
			}
		}
	}
	return false
}
