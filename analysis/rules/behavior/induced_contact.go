package behavior

import (
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// InducedContact: a customer-service entry (open-type="contact") baited with
// something unrelated to support — 红包, 抽奖, 领取, 福利, 代金券 (WX §5.1.5).
//
// Judgment: only the entry's own label (its text, or its text/title
// attribute) is read. The text around the button (a product card that
// mentions 优惠券) is not: it usually describes the product, not the
// button, and reading it would cry wolf.
var InducedContact = &rule.Rule{
	ID: "behavior/induced-contact",
	// A WeChat rule (WX § only): WeChat and QQ, which follows WeChat's rules.
	Platforms: []string{rule.WeChat, rule.QQ},
	Severity:  rule.Warning,
	Citation:  "WX §5.1.5",
	Title:     rule.Msg{Zh: "用红包、抽奖等诱导进入客服会话", En: "Customer-service entry baited with rewards"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "`open-type=\"contact\"` 的客服入口文案用“红包”“抽奖”“领取”“福利”“代金券”等与客服咨询无关的奖励吸引用户点击。",
			En: "A customer-service entry (open-type=\"contact\") is labelled with rewards unrelated to support: 红包, 抽奖, 领取, 福利, 代金券."},
		Why: rule.Msg{Zh: "不得以与客服咨询无关的文案、图片（包括红包、抽奖、虚拟代金券等形式）诱导用户点击进入客服会话（运营规范 §5.1.5）。",
			En: "WeChat forbids luring users into the customer-service chat with text or images unrelated to support, such as red packets, lucky draws or vouchers (WX §5.1.5)."},
		Wrong:   `<button open-type="contact" class="kefu">点我领红包</button>`,
		Right:   `<button open-type="contact" class="kefu">联系客服</button>`,
		Excerpt: "5.1.5 以与客服咨询无关的文案、图片（包括但不限于红包、抽奖、虚拟代金券等形式）诱导用户点击进入客服会话。（微信小程序平台运营规范 §5.1）",
	},
	Check: checkInducedContact,
}

func checkInducedContact(c *rule.FileContext) {
	t := c.Unit.Template
	if t == nil {
		return
	}
	for i := range t.Elements {
		if !hasOpenType(&t.Elements[i], "contact") {
			continue
		}
		for _, r := range labelRuns(t, i) {
			for _, h := range c.Lexicon.Find("contact-bait", r.Text) {
				s := text.Span{Start: r.Span.Start + h.Start, End: r.Span.Start + h.End}
				w := r.Text[h.Start:h.End]
				c.Report(s, rule.Msg{
					Zh: "客服入口用" + quote(w) + "吸引点击，与客服咨询无关，属于诱导：文案改为“联系客服”“在线咨询”。",
					En: "The customer-service entry lures users with \"" + w + "\", which has nothing to do with support. Label it 联系客服 or 在线咨询.",
				})
			}
		}
	}
}
