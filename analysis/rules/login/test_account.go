package login

import "mpls/analysis/rule"

// TestAccount: a project with an account system needs a test account in
// the submission notes, or the reviewer cannot get past the login and
// rejects the build (DY §1.1.1.3: "请下次提审时将测试账号备注在更新日志中";
// WX §13.5: "需提供测试号，包含帐号和密码"). mpls cannot see the notes, so
// this is information, one per project, at the account-system evidence
// (AccountEvidence); it is also listed in the report.
//
// Judgment (recommended): only an account of the app's own
// (OwnCredentials: a password or verification-code input on a sign-in
// page, or a phone-number login button). A code input signs in only
// beside a phone or account input or an offer to send the code: an
// image captcha on an anonymous feedback form is no account. Where the only login is the
// platform's authorization (wx.login, tt.login, my.getAuthCode, profile
// authorization) the reviewer signs in with their own account; a route that merely says
// login or register (a check-in page, a web scan-to-login page) is not
// an account. Strict takes any account system, as WX §13.5's letter does.
var TestAccount = &rule.Rule{
	ID:       "login/test-account",
	Severity: rule.Information,
	Citation: "DY §1.1.1.3, WX §13.5",
	Scope:    rule.ProjectScope,
	Notice:   true,
	Title:    rule.Msg{Zh: "提审时请在备注中提供测试账号", En: "Give a test account in the submission notes"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目有账号体系（登录页、手机号授权按钮、密码输入框等）。提审时审核员需要一个能登录的测试账号。",
			En: "The project has an account system (a login page, a phone-number button, a password input …); the reviewer needs an account that can log in."},
		Why: rule.Msg{Zh: "没有测试账号时审核员无法体验登录后的功能，会以“需要测试账号才能测试”驳回（抖音 §1.1.1.3，微信 §13.5）。请在提审的更新日志/备注中写明账号和密码（或验证码获取方式）。",
			En: "Without one the reviewer cannot reach the features behind the login and rejects the build (DY §1.1.1.3, WX §13.5). Put the account and password (or how to get the code) in the submission notes."},
		Wrong: "本次版本变更：新增会员登录",
		Right: "本次版本变更：新增会员登录\n测试账号：13800000000\n密码：Review2024",
		Profiles: rule.Msg{Zh: "recommended：只在有自有账号（密码、短信验证码或手机号授权登录）时提示；只用平台授权登录（wx.login、tt.login、my.getAuthCode、头像昵称授权）时审核员用自己的账号即可。strict：有任何账号体系（登录页、手机号授权按钮、授权登录并保存 token）都提示。",
			En: "recommended: only an account of the app's own (password, SMS-code or phone-number sign-in); with the platform's authorization alone (wx.login, tt.login, my.getAuthCode, profile authorization) the reviewer uses their own account. strict: any account system (a login page, a phone-number button, an authorization login that keeps a token)."},
		Excerpt: "主流程如果涉及到测试账号登录、测试环境配置等，提审时请在更新日志中提供审核所需要用到的测试账号、测试信息（抖音 版本审核常见问题 §1.1.1.3）；13.5 若小程序中存在帐号关系或付费内容，需提供测试号，包含帐号和密码（微信 §13.5）",
	},
	CheckProject: checkTestAccount,
}

func checkTestAccount(c *rule.ProjectContext) {
	ev, ok := SignInAccount(c.Env)
	if !ok {
		return
	}
	c.Report(ev.Path, ev.Span, rule.Msg{
		Zh: "项目有账号体系（" + ev.What.Zh + "）：提审时请在更新日志/备注中提供测试账号和密码，否则审核员无法登录体验。",
		En: "The project has an account system (" + ev.What.En + "): give a test account and password in the submission notes, or the reviewer cannot log in.",
	})
}
