package login

import (
	"strings"

	"mpls/analysis/rule"
)

// DeprecatedProfileAPI: getUserInfo, getUserProfile, <button
// open-type="getUserInfo"> and <open-data type="userNickName|userAvatarUrl
// …"> no longer give the user's real profile on WeChat: since 2022-10-25
// they return a grey avatar and the nickname 微信用户 (WeChat docs), so a
// login or profile page built on them shows every user as 微信用户. The
// replacement is the avatar/nickname filling: <button
// open-type="chooseAvatar"> and <input type="nickname">.
//
// WeChat only: on Douyin tt.getUserProfile is the current API. uni.x and
// Taro.x calls in a WeChat project count (they call wx.x).
var DeprecatedProfileAPI = &rule.Rule{
	ID:        "login/deprecated-profile-api",
	Severity:  rule.Warning,
	Platforms: []string{rule.WeChat, rule.QQ},
	Citation:  "WX §16.6, WeChat docs",
	Title:     rule.Msg{Zh: "用户信息接口已不返回真实头像昵称", En: "Profile API no longer returns the real profile"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "调用 getUserInfo / getUserProfile，或使用 `open-type=\"getUserInfo\"` 按钮、`<open-data type=\"userNickName\">` 等获取用户头像昵称。",
			En: "The code calls getUserInfo / getUserProfile, or uses a button with open-type=\"getUserInfo\" or <open-data type=\"userNickName\"> to get the user's avatar and nickname."},
		Why: rule.Msg{Zh: "自 2022 年 10 月 25 日起，这些接口只返回灰色头像和“微信用户”，依赖它们的登录或资料页无法正常工作，审核时功能不完整（运营规范 §16.6，微信开发文档）。请改用头像昵称填写能力：`<button open-type=\"chooseAvatar\">` 与 `<input type=\"nickname\">`。",
			En: "Since 2022-10-25 these return a grey avatar and the nickname 微信用户, so a login or profile page built on them does not work (WX §16.6, WeChat docs). Use avatar/nickname filling: <button open-type=\"chooseAvatar\"> and <input type=\"nickname\">."},
		Wrong:   "<button open-type=\"getUserInfo\" bindgetuserinfo=\"onUserInfo\">授权头像昵称</button>",
		Right:   "<button open-type=\"chooseAvatar\" bind:chooseavatar=\"onChooseAvatar\">选择头像</button>\n<input type=\"nickname\" placeholder=\"请输入昵称\" bindblur=\"onNickname\" />",
		Excerpt: "16.6 授权登录 16.6.1 微信小程序内存在帐号体系时，必须提供微信授权登录。（微信小程序平台运营规范 §16.6）；小程序用户头像昵称获取规则调整：getUserProfile、getUserInfo 返回灰色头像与“微信用户”（微信开发文档，2022-10-25）",
	},
	Check: checkDeprecatedProfile,
}

func profileMsg(what string) rule.Msg {
	return rule.Msg{
		Zh: what + " 已不返回用户真实头像和昵称（只有灰色头像与“微信用户”），依赖它的登录或资料功能无法正常使用：请改用 `<button open-type=\"chooseAvatar\">` 和 `<input type=\"nickname\">` 让用户填写头像昵称。",
		En: what + " no longer returns the user's real avatar and nickname (only a grey avatar and 微信用户), so a login or profile built on it does not work. Let users fill them in with <button open-type=\"chooseAvatar\"> and <input type=\"nickname\">.",
	}
}

func checkDeprecatedProfile(c *rule.FileContext) {
	if t := c.Unit.Template; t != nil {
		for i := range t.Elements {
			e := &t.Elements[i]
			if a := e.Attr("open-type"); a != nil && hasOpenType(e, "getUserInfo") {
				s := a.ValueSpan
				if off := strings.Index(a.Value, "getUserInfo"); off >= 0 {
					s.Start += off
					s.End = s.Start + len("getUserInfo")
				}
				c.Report(s, profileMsg(`open-type="getUserInfo"`))
			}
			if e.Tag == "open-data" {
				if a := e.Attr("type"); a != nil && strings.HasPrefix(a.Literal(), "user") {
					c.Report(a.ValueSpan, profileMsg(`<open-data type="`+a.Literal()+`">`))
				}
			}
		}
	}
	if s := c.Unit.Script; s != nil {
		for i := range s.Calls {
			call := &s.Calls[i]
			if call.Namespace == "" || call.Factory != "" {
				continue
			}
			if call.API == "getUserInfo" || call.API == "getUserProfile" {
				c.Report(call.NameSpan, profileMsg(call.Namespace+"."+call.API))
			}
		}
	}
}
