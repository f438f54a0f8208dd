package login

import (
	"sort"
	"strconv"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// DeprecatedProfileAPI: getUserInfo, getUserProfile, <button
// open-type="getUserInfo"> and <open-data type="userNickName|userAvatarUrl
// …"> no longer give the user's real profile on WeChat: since 2022-10-25
// they return a grey avatar and the nickname 微信用户 (WeChat docs), so a
// login or profile page built on them shows every user as 微信用户. The
// replacement is the avatar/nickname filling: <button
// open-type="chooseAvatar"> and <input type="nickname">.
//
// WeChat only: the change is WeChat's (QQ's getUserInfo and <open-data>
// still give the profile; on Douyin tt.getUserProfile is the current API).
// uni.x and Taro.x calls in a WeChat project count (they call wx.x).
//
// Judgment (recommended): only what a user can meet. Left out: a
// getUserInfo button that cannot fire (disabled) or that renders only on
// clients without getUserProfile (the wx:else of wx:if="{{canIUseGetUserProfile}}":
// no current client shows it); a call in a function nothing calls
// (rule.Liveness, across files, so this half is a project check); a call
// in a minified bundled SDK; the quick-start template's App-level
// getUserInfo that only fills globalData when no template shows an
// avatarUrl or nickName; and a call whose result's profile nothing reads
// (profile_unread.go: the anonymous answer changes nothing); and a call
// in a helper that hands its whole result to its caller (resolve(res),
// a callback it takes) when no file that can take the result, nor a
// template beside one, names a profile field (profile_handed.go: the
// result only carries iv/encryptedData to a server login). Strict
// reports every use.
//
// One finding per file: the uses of one page's template (or of one
// script) are one problem, the page's profile showing as 微信用户, so the
// first place is reported and its message names the lines of the others
// ("同一文件另有 N 处：第 x、y 行"); the template and the script of a page
// stay two findings, edited apart. The rule offers no fix, so nothing is
// lost by merging. Strict merges the same way (it is about noise, not
// about which uses count).
var DeprecatedProfileAPI = &rule.Rule{
	ID: "login/deprecated-profile-api",
	// Information: the fact is WeChat's (every user shows as 微信用户), but
	// no rulebook section names it as a reason to reject; independent
	// reviewers judged 19 of 19 such findings on real apps debatable as
	// warnings. The editor still shows it where the API is used.
	Severity:  rule.Information,
	Platforms: []string{rule.WeChat},
	Citation:  "WeChat docs",
	Title:     rule.Msg{Zh: "用户信息接口已不返回真实头像昵称", En: "Profile API no longer returns the real profile"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "调用 getUserInfo / getUserProfile，或使用 `open-type=\"getUserInfo\"` 按钮、`<open-data type=\"userNickName\">` 等获取用户头像昵称。",
			En: "The code calls getUserInfo / getUserProfile, or uses a button with open-type=\"getUserInfo\" or <open-data type=\"userNickName\"> to get the user's avatar and nickname."},
		Why: rule.Msg{Zh: "自 2022 年 10 月 25 日起，这些接口只返回灰色头像和“微信用户”，头像昵称显示为默认值，以此为资料的个人页、排行、评论等看起来不完整（微信开发文档《小程序用户头像昵称获取规则调整公告》）。这是提示而非驳回依据：运营规范没有哪一条因此驳回。请改用头像昵称填写能力：`<button open-type=\"chooseAvatar\">` 与 `<input type=\"nickname\">`。",
			En: "Since 2022-10-25 these return a grey avatar and the nickname 微信用户, so profiles, rankings and comments built on them show defaults (WeChat docs, the 2022 notice on avatar and nickname). A hint, not a reason to reject: no rulebook section names it. Use avatar/nickname filling: <button open-type=\"chooseAvatar\"> and <input type=\"nickname\">."},
		Wrong: "<button open-type=\"getUserInfo\" bindgetuserinfo=\"onUserInfo\">授权头像昵称</button>",
		Right: "<button open-type=\"chooseAvatar\" bind:chooseavatar=\"onChooseAvatar\">选择头像</button>\n<input type=\"nickname\" placeholder=\"请输入昵称\" bindblur=\"onNickname\" />",
		Profiles: rule.Msg{Zh: "recommended：只报告用户会遇到的用法；不报告禁用的按钮、仅在不支持 getUserProfile 的旧版客户端才显示的 wx:else 兜底按钮、没有任何地方调用的函数、压缩打包的第三方 SDK、只写入 globalData 且没有页面显示头像昵称的 app.js 模板代码，以及返回结果中的头像昵称没有被读取的调用（只取 encryptedData/iv 换取 openID、unionID，而头像昵称另有来源；或封装函数把结果整体交给调用方，而接收结果的文件及其模板都不涉及头像昵称）。strict：报告所有用法。",
			En: "recommended: only uses a user can meet; leaves out disabled buttons, wx:else fallbacks shown only on clients without getUserProfile, functions nothing calls, minified bundled SDKs, the quick-start App code that only fills globalData when no page shows an avatar or nickname, and calls whose result's profile nothing reads (only encryptedData/iv for the openID and unionID, the profile coming from elsewhere; or a helper hands the whole result to callers whose files and templates name no avatar or nickname). strict: every use."},
		Excerpt: "小程序用户头像昵称获取规则调整：getUserProfile、getUserInfo 返回灰色头像与“微信用户”（微信开发文档，2022-10-25）",
	},
	Check:        checkDeprecatedProfile,
	CheckProject: checkDeprecatedProfileCalls,
}

func profileMsg(what string) rule.Msg {
	return rule.Msg{
		Zh: what + " 已不返回用户真实头像和昵称（只有灰色头像与“微信用户”），用它显示的头像昵称都会是默认值（登录凭证不受影响）：请改用 `<button open-type=\"chooseAvatar\">` 和 `<input type=\"nickname\">` 让用户填写头像昵称。",
		En: what + " no longer returns the user's real avatar and nickname (only a grey avatar and 微信用户), so every avatar and nickname shown from it is the default (the login code is not affected). Let users fill them in with <button open-type=\"chooseAvatar\"> and <input type=\"nickname\">.",
	}
}

func checkDeprecatedProfile(c *rule.FileContext) {
	t := c.Unit.Template
	if t == nil {
		return
	}
	var uses []profileUse
	for i := range t.Elements {
		e := &t.Elements[i]
		if a := e.Attr("open-type"); a != nil && hasOpenType(e, "getUserInfo") {
			if !c.Strict && (isDisabled(e) || profileFallback(t, i)) {
				continue
			}
			s := a.ValueSpan
			if off := strings.Index(a.Value, "getUserInfo"); off >= 0 {
				s.Start += off
				s.End = s.Start + len("getUserInfo")
			}
			uses = append(uses, profileUse{s, `open-type="getUserInfo"`})
		}
		if e.Tag == "open-data" {
			if a := e.Attr("type"); a != nil && strings.HasPrefix(a.Literal(), "user") {
				uses = append(uses, profileUse{a.ValueSpan, `<open-data type="` + a.Literal() + `">`})
			}
		}
	}
	if s, m, ok := mergeUses(c.Unit, uses); ok {
		c.Report(s, m)
	}
}

// profileUse is one place of a file that uses a deprecated profile API.
type profileUse struct {
	span text.Span
	what string
}

// mergeUses makes the one finding of a file: the first use, its message
// naming the lines of the others.
func mergeUses(u *rule.Unit, uses []profileUse) (text.Span, rule.Msg, bool) {
	if len(uses) == 0 {
		return text.Span{}, rule.Msg{}, false
	}
	sort.SliceStable(uses, func(i, j int) bool { return uses[i].span.Start < uses[j].span.Start })
	first := uses[0]
	m := profileMsg(first.what)
	if u.Index == nil || len(uses) == 1 {
		return first.span, m, true
	}
	at := u.Index.LineOf(first.span.Start)
	var lines []string
	for _, o := range uses[1:] {
		ln := u.Index.LineOf(o.span.Start)
		if ln == at {
			continue
		}
		at = ln
		lines = append(lines, strconv.Itoa(ln+1))
	}
	switch len(lines) {
	case 0:
	case 1:
		m.Zh += "同一文件另有 1 处：第 " + lines[0] + " 行。"
		m.En += " 1 more in this file: line " + lines[0] + "."
	default:
		m.Zh += "同一文件另有 " + strconv.Itoa(len(lines)) + " 处：第 " + strings.Join(lines, "、") + " 行。"
		m.En += " " + strconv.Itoa(len(lines)) + " more in this file: lines " + strings.Join(lines, ", ") + "."
	}
	return first.span, m, true
}

// checkDeprecatedProfileCalls reports the profile calls of every script
// that can run (see DeprecatedProfileAPI).
func checkDeprecatedProfileCalls(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Script != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	live := rule.NewLiveness(c.Env)
	shown := -1 // whether a template shows a profile field; computed once
	for _, p := range paths {
		u := c.Units[p]
		s := u.Script
		if !c.Strict && u.Minified() {
			continue
		}
		var uses []profileUse
		for i := range s.Calls {
			call := &s.Calls[i]
			if call.Namespace == "" || call.Factory != "" || (call.API != "getUserInfo" && call.API != "getUserProfile") {
				continue
			}
			if !c.Strict {
				if !live.Runs(p, call.Func) || profileUnread(u, s, call) || handedUnread(c.Env, p, u, s, call) {
					continue
				}
				if s.Kind == script.KindApp && onlyGlobalData(u, s, call) {
					if shown < 0 {
						shown = 0
						if showsProfile(c.Env) {
							shown = 1
						}
					}
					if shown == 0 {
						continue
					}
				}
			}
			uses = append(uses, profileUse{call.NameSpan, call.Namespace + "." + call.API})
		}
		if sp, m, ok := mergeUses(u, uses); ok {
			c.Report(p, sp, m)
		}
	}
}

// isDisabled: a button that can never be tapped (disabled, disabled="true").
func isDisabled(e *template.Element) bool {
	a := e.Attr("disabled")
	return a != nil && a.Static() && (!a.HasValue || a.Value == "" || a.Value == "true" || a.Value == "disabled")
}

// profileFallback reports whether element i (or a block around it) renders
// only when a wx:if on getUserProfile's availability is false: the wx:else
// (or wx:elif) after wx:if="{{canIUseGetUserProfile}}", or
// wx:if="{{!canIUseGetUserProfile}}". Current clients all have
// getUserProfile, so no one sees it.
func profileFallback(t *template.Facts, i int) bool {
	for e := i; e >= 0; e = t.Elements[e].Parent {
		el := &t.Elements[e]
		if a := el.Attr("wx:if"); a != nil && negatesProfileCheck(a.Value) {
			return true
		}
		if el.Attr("wx:else") == nil && el.Attr("wx:elif") == nil {
			continue
		}
		// walk back over the chain's earlier branches to its wx:if
		for j := e - 1; j >= 0; j-- {
			sib := &t.Elements[j]
			if sib.Parent != el.Parent {
				continue
			}
			if a := sib.Attr("wx:elif"); a != nil {
				if checksProfile(a.Value) {
					return true
				}
				continue
			}
			if a := sib.Attr("wx:if"); a != nil && checksProfile(a.Value) {
				return true
			}
			break
		}
	}
	return false
}

// checksProfile: a condition that is true when getUserProfile is there
// ({{canIUseGetUserProfile}}, {{canGetUserProfile}}), not negated.
func checksProfile(cond string) bool {
	l := strings.ToLower(strings.Join(strings.Fields(cond), ""))
	return strings.Contains(l, "userprofile") && !strings.Contains(l, "!") && !strings.Contains(l, "||")
}

// negatesProfileCheck: wx:if="{{!canIUseGetUserProfile}}".
func negatesProfileCheck(cond string) bool {
	l := strings.ToLower(strings.Join(strings.Fields(cond), ""))
	return strings.HasPrefix(l, "{{!") && strings.Contains(l, "userprofile") && !strings.ContainsAny(l[3:], "!|&")
}

// onlyGlobalData: the call's result only lands in the App's globalData
// (the quick-start template): its arguments assign to globalData and send
// or store nothing.
func onlyGlobalData(u *rule.Unit, s *script.Facts, call *script.Call) bool {
	args := call.ArgsSpan
	if args.End > len(u.Text) || !strings.Contains(string(u.Text[args.Start:args.End]), "globalData") {
		return false
	}
	for i := range s.Calls {
		o := &s.Calls[i]
		if o.Span.Start < args.Start || o.Span.End > args.End || o.Namespace == "" {
			continue
		}
		switch o.API {
		case "request", "uploadFile", "callFunction", "setStorage", "setStorageSync", "cloud":
			return false
		}
	}
	return true
}

// showsProfile reports whether a template interpolates an avatar or a
// nickname ({{userInfo.avatarUrl}}, {{user.nickName}}).
func showsProfile(env *rule.Env) bool {
	for _, u := range env.Units {
		if t := u.Template; t != nil {
			for _, in := range t.Interps {
				if strings.Contains(in.Expr, "avatarUrl") || strings.Contains(in.Expr, "nickName") {
					return true
				}
			}
		}
	}
	return false
}
