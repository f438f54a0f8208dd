package behavior

import (
	"strings"

	"mpls/analysis/rule"
)

// JumpWithoutTap: navigateToMiniProgram runs on entry — page load, app
// launch, component attach, or a timer started there — so the user is
// taken to another mini-program without tapping anything (WX §5.3).
//
// Judgment: a jump after a showModal the user confirmed is a user action
// and does not fire; neither does a jump in a tap handler or a
// <navigator target="miniProgram"> (a tap by construction).
var JumpWithoutTap = &rule.Rule{
	ID: "behavior/jump-without-tap",
	// A WeChat rule (WX § only): WeChat and QQ, which follows WeChat's rules.
	Platforms: []string{rule.WeChat, rule.QQ},
	Severity:  rule.Error,
	Citation:  "WX §5.3",
	Title:     rule.Msg{Zh: "未经用户点击跳转其他小程序", En: "Jump to another mini-program without a tap"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "navigateToMiniProgram 在页面加载、小程序启动、组件挂载（或其中启动的定时器）时调用，用户没有任何点击就被带到其他小程序。",
			En: "navigateToMiniProgram is called on entry — page load, app launch, component attach, or a timer started there — so users land in another mini-program without tapping anything."},
		Why: rule.Msg{Zh: "不得在用户不知情或用户未进行任何触发操作的情况下跳转其他小程序（运营规范 §5.3）。",
			En: "A mini-program must not jump to another mini-program without the user knowing or doing anything (WX §5.3)."},
		Wrong:   "Page({\n  onLoad() {\n    wx.navigateToMiniProgram({ appId: 'wx8f0e1c2d3b4a5968' })\n  }\n})",
		Right:   "Page({\n  onTapPartner() {\n    wx.navigateToMiniProgram({ appId: 'wx8f0e1c2d3b4a5968' })\n  }\n})",
		Excerpt: "5.3 不得在用户不知情或用户未进行任何触发操作的情况下跳转其他小程序。（微信小程序平台运营规范 §5.3）",
	},
	Check: checkJump,
}

func checkJump(c *rule.FileContext) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		if call.API != "navigateToMiniProgram" || call.Factory != "" || call.Namespace == "" {
			continue
		}
		if !call.OnEntry || call.Confirmed {
			continue
		}
		where := "模块顶层"
		whereEn := "module top level"
		if len(call.EntryPath) > 0 {
			where = strings.Join(call.EntryPath, " → ")
			whereEn = where
		}
		name := apiName(platformNS(c, call.Namespace), call.API)
		c.Report(call.NameSpan, rule.Msg{
			Zh: name + " 在进入时（" + where + "）就会执行，用户没有点击就跳转到其他小程序：请改为用户点击后再跳转，例如放到按钮的 bindtap 里。",
			En: name + " runs on entry (" + whereEn + "), taking users to another mini-program without a tap. Jump only after a user action, e.g. in a button's tap handler.",
		})
	}
}
