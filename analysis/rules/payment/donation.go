package payment

import (
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// Donation: the project takes payments and its text speaks of donating or
// fund-raising (捐款, 募捐, 捐赠, 众筹 …, lexicon category donation). WeChat
// Pay may not be used for donations without Tencent's permission (WX
// §15.3); Douyin admits no non-whitelisted charity mini-programs (DY
// §2.1.1.3). Judgment: without a payment call anywhere in the project the
// words are reported by no one here (a charity news page is not a
// donation flow).
var Donation = &rule.Rule{
	ID:       "payment/donation",
	Severity: rule.Warning,
	Citation: "WX §15.3, DY §2.1.1.3",
	Scope:    rule.ProjectScope,
	Title:    rule.Msg{Zh: "用支付功能收取捐款", En: "Payment used for donations"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目调用了支付接口，页面上又出现“捐款”“募捐”“捐赠”“众筹”等文字。",
			En: "The project calls a payment API and its pages speak of 捐款, 募捐, 捐赠, 众筹 (donations, fund-raising)."},
		Why: rule.Msg{Zh: "未经腾讯许可，不得使用微信支付作为捐款和募捐（微信 §15.3）；抖音暂不接入非白名单公益类小程序，包括金钱捐赠（§2.1.1.3）。",
			En: "WeChat Pay may not be used for donations or fund-raising without Tencent's permission (WX §15.3); Douyin does not admit non-whitelisted charity mini-programs, money donations included (DY §2.1.1.3)."},
		Wrong:   `<button bindtap="onDonate">立即捐款</button>  <!-- onDonate → wx.requestPayment -->`,
		Right:   `<!-- no donation through the mini-program's payment without the platform's permission -->`,
		Excerpt: "15.3 未经腾讯许可，不得使用微信支付作为捐款和募捐。（微信 §15.3）；平台暂不接入非白名单引入的公益小程序 如：小程序内直接提供公益义务捐赠，书籍捐赠，金钱捐赠等形式（抖音 §2.1.1.3）",
	},
	CheckProject: checkDonation,
}

func checkDonation(c *rule.ProjectContext) {
	payFile, ok := projectPays(c.Units)
	if !ok {
		return
	}
	for _, p := range sortedPaths(c.Units) {
		for _, pc := range c.Units[p].Visible() {
			for _, h := range c.Lexicon.Find("donation", pc.Text) {
				s := text.Span{Start: pc.Span.Start + h.Start, End: pc.Span.Start + h.End}
				word := pc.Text[h.Start:h.End]
				c.Report(p, s, rule.Msg{
					Zh: "“" + word + "”：项目有支付功能（" + payFile + "），未经平台许可不得用支付收取捐款或募捐。",
					En: "\"" + word + "\": the project takes payments (" + payFile + "); donations and fund-raising through them need the platform's permission.",
				})
			}
		}
	}
}
