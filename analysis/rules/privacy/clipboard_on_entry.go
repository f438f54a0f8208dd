package privacy

import (
	ptable "mpls/analysis/privacy"
	"mpls/analysis/rule"
)

// ClipboardOnEntry: the clipboard read or written on entry (app launch or
// show, page load or show, component attach, module top level) with no
// user gesture and no confirmed prompt. Reading it on launch is how apps
// sniff copied 口令 and links, which Douyin does not accept (DY §2.1.2.2),
// and it collects what the user copied without consent (WX §14.1.1).
// Writing it on entry replaces what the user copied, without asking, and
// is how 口令 get planted.
//
// Judgment:
//   - these calls on entry are reported here only, not also by
//     privacy/prompt-before-authorize or privacy/repeated-authorize (one
//     call, one finding);
//   - a call after a confirmed showModal or a consent check is fine, and so
//     is any call from a tap handler (a 复制 button);
//   - what is copied (a 口令, a link) is behavior/clipboard-token's
//     concern, not this rule's.
//
// getClipboardData gets privacy/prompt-before-authorize's fix (ask first,
// with the purpose). setClipboardData gets none: a prompt before writing
// the clipboard makes no sense, the write belongs behind a copy button.
var ClipboardOnEntry = &rule.Rule{
	ID:       "privacy/clipboard-on-entry",
	Severity: rule.Warning,
	Citation: "DY §2.1.2.2, WX §14.1.1",
	Title:    rule.Msg{Zh: "进入页面即读取或写入剪贴板", En: "Clipboard read or written on entry"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "小程序启动、页面加载/显示或组件挂载时直接调用 getClipboardData 或 setClipboardData，用户没有点击“复制”“粘贴”之类的操作。",
			En: "getClipboardData or setClipboardData runs on app launch, page load or show, or component attach, without the user tapping anything like copy or paste."},
		Why: rule.Msg{Zh: "启动即读取剪贴板是识别口令的常见做法，抖音不接入口令类内容（抖音 §2.1.2.2）；未经同意读取用户复制的内容属于未告知收集用户数据（微信 §14.1.1）。自动写入剪贴板会覆盖用户复制的内容。",
			En: "Reading the clipboard at launch is how apps sniff copied tokens, which Douyin does not accept (DY §2.1.2.2); reading what users copied without consent is collecting data without telling them (WX §14.1.1). Writing it on entry overwrites what the user copied."},
		Wrong:   "App({\n  onShow() {\n    wx.getClipboardData({ success: (res) => this.parseToken(res.data) })\n  }\n})",
		Right:   "Page({\n  onPasteTap() {\n    wx.getClipboardData({ success: (res) => this.fillTrackingNumber(res.data) })\n  }\n})",
		Excerpt: "平台暂不接入小程序内容中含复制口令链接；纯推广提供口令业务的 APP，无其他正常业务；引导至公众号/外链领取优惠券等。（抖音 版本审核常见问题 §2.1.2.2）",
	},
	Check: checkClipboard,
}

func checkClipboard(c *rule.FileContext) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		if timingOf(c.Platform, s, call) != timingClipboard {
			continue
		}
		name := callName(call)
		where := entryWhere(call)
		if call.API == "setClipboardData" {
			c.Report(call.NameSpan, rule.Msg{
				Zh: "进入页面即写入剪贴板：" + name + "（" + where + "），会在用户不知情时覆盖其复制的内容，自动复制口令/链接的做法会被驳回：请放到用户点击“复制”按钮之后。",
				En: "The clipboard is written on entry: " + name + " (" + where + "). It overwrites what the user copied without their knowing, and auto-copied tokens or links are rejected: do it when the user taps a copy button.",
			})
			continue
		}
		var fixes []rule.Fix
		if fx, ok := consentFix(c, call, ptable.Categories["Clipboard"].Purpose); ok {
			fixes = append(fixes, fx)
		}
		c.Report(call.NameSpan, rule.Msg{
			Zh: "进入页面即读取剪贴板：" + name + "（" + where + "），未告知用户也未经同意，启动时读取口令的做法会被驳回。请改为用户点击“粘贴”后读取，或先弹窗说明用途。",
			En: "The clipboard is read on entry: " + name + " (" + where + "), without telling the user or asking; reading tokens at launch is rejected. Read it when the user taps paste, or ask first with the purpose.",
		}, fixes...)
	}
}
