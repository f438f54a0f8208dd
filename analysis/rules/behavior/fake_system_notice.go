package behavior

import (
	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
)

// FakeSystemNotice: text that imitates a system notice or warning to make
// the user tap — 系统通知, 系统检测到, 您的手机已中毒, 安全中心提醒, 内存不足,
// 恭喜您中奖 (WX §17.6, and WX §6.1.7 for impersonating Tencent's
// services).
//
// Judgment: a message-centre tab labelled 系统消息 is a real feature and is
// not in the lexicon; the phone's, the OS's and WeChat's own warnings are,
// because a mini-program has no business issuing them. Visible text only.
var FakeSystemNotice = &rule.Rule{
	ID: "behavior/fake-system-notice",
	// A WeChat rule (WX § only): WeChat and QQ, which follows WeChat's rules.
	Platforms: []string{rule.WeChat, rule.QQ},
	Severity:  rule.Warning,
	Citation:  "WX §17.6",
	Title:     rule.Msg{Zh: "模仿系统通知或警告", En: "Imitation of a system notice or warning"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字模仿手机、系统或微信的通知与警告：“系统通知”“系统检测到”“您的手机已中毒”“安全中心提醒”“内存不足”“恭喜您中奖”等。",
			En: "Visible text imitates the phone's, the system's or WeChat's notices and warnings: 系统通知, 系统检测到, 您的手机已中毒, 安全中心提醒, 内存不足, 恭喜您中奖."},
		Why: rule.Msg{Zh: "不得模仿系统通知或警告诱导用户点击（运营规范 §17.6），也不得仿冒腾讯官方业务（§6.1.7）。",
			En: "A mini-program must not imitate system notices or warnings to make users tap (WX §17.6), nor impersonate Tencent's services (WX §6.1.7)."},
		Wrong:   "wx.showModal({ title: '系统检测到您的手机已中毒', content: '请立即清理', confirmText: '立即清理' })",
		Right:   "wx.showModal({ title: '清理缓存', content: '清理本小程序的图片缓存？', confirmText: '清理' })",
		Excerpt: "17.6 不得模仿系统通知或警告诱导用户点击。（微信小程序平台运营规范 §17.6）",
	},
	Check: checkFakeNotice,
}

func checkFakeNotice(c *rule.FileContext) {
	for _, h := range content.VisibleHits(c.Lexicon, "fake-notice", c.Unit) {
		c.Report(h.Span, rule.Msg{
			Zh: quote(h.Text) + "模仿系统通知或警告，诱导用户点击：请改为如实说明本小程序自己的内容。",
			En: "\"" + h.Text + "\" imitates a system notice or warning to make users tap. Say plainly what your mini-program itself is telling them.",
		})
	}
}
