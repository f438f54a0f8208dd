package login

import "mpls/analysis/rule"

// TestAccount: a project with an account system needs a test account in
// the submission notes, or the reviewer cannot get past the login and
// rejects the build (DY §1.1.1.3: "请下次提审时将测试账号备注在更新日志中";
// WX §13.5: "需提供测试号，包含帐号和密码"). mpls cannot see the notes, so
// this is information, one per project, at the account-system evidence
// (AccountEvidence); it is also listed in the report.
//
// Judgment (recommended): only an account of the app's own whose
// credentials the user types (TestAccountEvidence: a password or
// verification-code input on a sign-in page a user reaches). A code input
// signs in only beside a phone or account input or an offer to send the
// code: an image captcha on an anonymous feedback form is no account; nor
// is a code that verifies a phone for an application, a booking, a
// binding or a real-name check (填写报名信息, 提交认证), or the phone of a
// record the signed-in user adds (a patient 就诊人, a contact, a delivery
// address: see otherPurpose). Where the only
// login is the platform's (wx.login, tt.login, my.getAuthCode, a one-tap
// 授权登录, profile authorization, the phone-number button, which hands
// over the number the platform holds for the reviewer) the reviewer signs
// in with their own account; so too where the app's own sign-in form sits
// on a page nothing opens, or opened only from a method no template binds
// (see unreachedPage); a route that merely says login or register (a
// check-in page, a web scan-to-login page) is not an account. Strict takes
// any account system, as WX §13.5's letter does.
//
// Whatever the login, a feature only an account with a role reaches
// (RolePages: a page linked only in a staff role's branch or under a
// wx:if of an admin flag, or one that tells other users they may not use
// it and sends them away) asks for a test account with that role, so that
// every function can be reviewed (WX §13.5); the finding names those
// pages, at the first one's gate when it is the only reason.
var TestAccount = &rule.Rule{
	ID:       "login/test-account",
	Severity: rule.Information,
	Citation: "DY §1.1.1.3, WX §13.5",
	Scope:    rule.ProjectScope,
	Notice:   true,
	Title:    rule.Msg{Zh: "提审时请在备注中提供测试账号", En: "Give a test account in the submission notes"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目有账号体系（登录页、手机号授权按钮、密码输入框等），或有只对特定角色开放的功能（管理中心、工作台）。提审时审核员需要一个能登录、能使用每项功能的测试账号。",
			En: "The project has an account system (a login page, a phone-number button, a password input …), or features open only to an account with a role (a 管理中心, a 工作台); the reviewer needs an account that can log in and use every function."},
		Why: rule.Msg{Zh: "没有测试账号时审核员无法体验登录后的功能，会以“需要测试账号才能测试”驳回（抖音 §1.1.1.3，微信 §13.5）。请在提审的更新日志/备注中写明账号和密码（或验证码获取方式）。",
			En: "Without one the reviewer cannot reach the features behind the login and rejects the build (DY §1.1.1.3, WX §13.5). Put the account and password (or how to get the code) in the submission notes."},
		Wrong: "本次版本变更：新增会员登录",
		Right: "本次版本变更：新增会员登录\n测试账号：13800000000\n密码：Review2024",
		Profiles: rule.Msg{Zh: "recommended：只在用户能到达的页面上有需要输入的自有账号（密码或短信验证码登录）时提示；只用平台登录（wx.login、tt.login、my.getAuthCode、一键授权登录、头像昵称授权、手机号授权按钮）时审核员用自己的账号和手机号即可；报名、预约、绑定、实名认证表单以及添加就诊人、联系人、收货地址等记录的表单里的验证码不算登录。不论哪种登录，只对特定角色开放的功能（只在管理员、员工等角色分支里链接的页面，wx:if 管理员标记下的入口，进入时向服务器鉴权、非该角色就提示并离开的页面）都要提供有该角色的测试账号，并点名这些页面。strict：有任何账号体系（登录页、手机号授权按钮、授权登录并保存 token）都提示。",
			En: "recommended: only an account of the app's own whose password or SMS code the user types, on a page users reach; with the platform's login alone (wx.login, tt.login, my.getAuthCode, a one-tap 授权登录, profile authorization, the phone-number button) the reviewer uses their own account and number; a code on an application, booking, binding or real-name form, or on a form adding a record (a patient 就诊人, a contact, a delivery address), is no sign-in. Whatever the login, features open only to an account with a role (a page linked only in an admin's or staff's branch, an entry under a wx:if of an admin flag, a page that asks the server on load and sends other users away) ask for a test account with that role, and are named. strict: any account system (a login page, a phone-number button, an authorization login that keeps a token)."},
		Excerpt: "主流程如果涉及到测试账号登录、测试环境配置等，提审时请在更新日志中提供审核所需要用到的测试账号、测试信息（抖音 版本审核常见问题 §1.1.1.3）；13.5 若小程序中存在帐号关系或付费内容，需提供测试号，包含帐号和密码（微信 §13.5）",
	},
	CheckProject: checkTestAccount,
}

func checkTestAccount(c *rule.ProjectContext) {
	ev, roles, ok := NeedsTestAccount(c.Env)
	if !ok {
		return
	}
	seen := roles[:0:0]
	for _, r := range roles {
		if !c.Unseen(r.Path) {
			seen = append(seen, r)
		}
	}
	if _, typed := TestAccountEvidence(c.Env); !typed {
		if len(seen) == 0 {
			return
		}
		ev = roleEvidence(seen[0])
	}
	msg := rule.Msg{
		Zh: "项目有账号体系（" + ev.What.Zh + "）：提审时请在更新日志/备注中提供测试账号和密码，否则审核员无法登录体验。",
		En: "The project has an account system (" + ev.What.En + "): give a test account and password in the submission notes, or the reviewer cannot log in.",
	}
	if names := roleNames(seen); names.Zh != "" {
		if _, typed := TestAccountEvidence(c.Env); typed {
			msg.Zh += "另有只对特定角色开放的功能（" + names.Zh + "）：测试账号须有该角色。"
			msg.En += " Some features open only to an account with a role (" + names.En + "): the test account must have it."
		} else {
			msg = rule.Msg{
				Zh: "部分功能只对有特定角色的账号开放（" + names.Zh + "）：审核员用自己的账号登录也无法使用，提审时请在更新日志/备注中提供有该角色的测试账号和密码，以便审核每项功能。",
				En: "Some features open only to an account with a role (" + names.En + "): a reviewer signed in with their own account cannot use them; give a test account with that role, and its password, in the submission notes so every feature can be reviewed.",
			}
		}
	}
	c.Report(ev.Path, ev.Span, msg)
}
