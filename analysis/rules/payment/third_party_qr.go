package payment

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// ThirdPartyQR: Douyin does not accept paying by scanning a third party's
// QR code or by transfer; the payment must be 抖音担保支付 (DY §1.2.1.1,
// whose examples are exactly "不支持转账支付" and "不支持扫码支付").
//
// The words are the lexicon category third-party-qr (扫码支付, 收款码, 付款码,
// 转账, 对公转账 …), in visible text. Judgment: a hit preceded by a warning
// or a refusal (请勿, 不要, 切勿, 谨防, 警惕, 禁止, 防止, 不支持, 不接受, 不提供,
// 不会, 无需) within four characters is a safety notice, not a payment
// route ("谨防转账诈骗"), and is not reported. Douyin only: WeChat's own QR
// payment is a WeChat Pay feature.
var ThirdPartyQR = &rule.Rule{
	ID:        "payment/third-party-qr",
	Severity:  rule.Error,
	Platforms: []string{rule.Douyin},
	Citation:  "DY §1.2.1.1",
	Title:     rule.Msg{Zh: "扫码支付或转账代替平台支付", En: "QR-code or transfer payment instead of the platform's"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "页面让用户扫码支付、使用收款码/付款码或转账付款。",
			En: "The page has users pay by scanning a QR code, with a 收款码 / 付款码, or by bank transfer."},
		Why: rule.Msg{Zh: "抖音小程序暂不接受扫描第三方二维码支付和转账支付，如有相关功能须替换为抖音担保支付（抖音 §1.2.1.1）。",
			En: "Douyin mini-programs may not take payment by a third party's QR code or by transfer; use Douyin's guaranteed payment (担保支付) instead (DY §1.2.1.1)."},
		Wrong:   `<view class="pay-tip">请扫码支付，付款后截图联系客服</view>`,
		Right:   `<button bindtap="onPay">立即支付</button>  <!-- tt.pay / 担保支付 -->`,
		Excerpt: "小程序暂不接受扫描第三方二维码支付，如存在相关功能需替换为抖音担保支付。❌ 不支持转账支付 ❌ 不支持扫码支付（抖音 版本审核常见问题 §1.2.1.1）",
	},
	Check: checkThirdPartyQR,
}

// warnPrefixes turn a hit into a safety notice when right before it.
var warnPrefixes = []string{"请勿", "不要", "切勿", "谨防", "警惕", "禁止", "防止", "不支持", "不接受", "不提供", "不会", "无需", "不需要", "勿"}

// negated reports whether one of warnPrefixes ends within the four
// characters before off.
func negated(s string, off int) bool {
	before := []rune(s[:off])
	if len(before) > 6 {
		before = before[len(before)-6:]
	}
	b := string(before)
	for _, w := range warnPrefixes {
		if i := strings.LastIndex(b, w); i >= 0 && len([]rune(b[i+len(w):])) <= 4 {
			return true
		}
	}
	return false
}

func checkThirdPartyQR(c *rule.FileContext) {
	for _, p := range c.Unit.Visible() {
		for _, h := range c.Lexicon.Find("third-party-qr", p.Text) {
			if negated(p.Text, h.Start) {
				continue
			}
			s := text.Span{Start: p.Span.Start + h.Start, End: p.Span.Start + h.End}
			word := p.Text[h.Start:h.End]
			c.Report(s, rule.Msg{
				Zh: "“" + word + "”：抖音小程序不接受扫描第三方二维码或转账付款，审核会驳回。请改用抖音担保支付（tt.pay）。",
				En: "\"" + word + "\": Douyin mini-programs may not take payment by a third party's QR code or by transfer; reviewers reject it. Use Douyin's guaranteed payment (tt.pay).",
			})
		}
	}
}
