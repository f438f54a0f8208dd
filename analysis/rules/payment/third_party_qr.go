package payment

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
)

// ThirdPartyQR: Douyin does not accept paying by scanning a third party's
// QR code or by transfer; the payment must be 抖音担保支付 (DY §1.2.1.1,
// whose examples are exactly "不支持转账支付" and "不支持扫码支付").
//
// The words are the lexicon category third-party-qr (扫码支付, 收款码, 付款码,
// 转账, 对公转账 …), in visible text. Judgment: a hit preceded by a warning
// or a refusal (请勿, 不要, 切勿, 谨防, 警惕, 禁止, 防止, 不支持, 不接受, 不提供,
// 不会, 无需) within four characters is a safety notice, not a payment
// route ("谨防转账诈骗"), and is not reported. 已转账 and 转账成功 are a
// payout's status (lexicon exceptions); 收款码 as a button or title alone
// is the merchant's own code (a menu item) unless its sentence has someone
// pay with it (扫码, 付款, 转账); text that never renders (wx:if="{{false}}") is not read.
// Douyin only: WeChat's own QR
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

// merchantCodes name the merchant's own receiving code when they are a
// menu item or a page title (我的收款码) and nobody is told to pay with it.
var merchantCodes = map[string]bool{"收款码": true, "个人收款码": true}

// payVerb in the sentence turns a receiving code into a way to pay.
var payVerb = regexp.MustCompile(`扫|付|支付|转账|买单|打款`)

func checkThirdPartyQR(c *rule.FileContext) {
	for _, h := range content.VisibleHits(c.Lexicon, "third-party-qr", c.Unit) {
		if negated(h.Piece.Text, h.Start) {
			continue
		}
		if merchantCodes[h.Word] && (h.Place == content.PlaceButton || h.Place == content.PlaceTitle) && !payVerb.MatchString(h.Before()+h.After()) {
			continue // 收款码 as the merchant's menu item: nobody pays with it here
		}
		word := h.Text
		c.Report(h.Span, rule.Msg{
			Zh: "“" + word + "”：抖音小程序不接受扫描第三方二维码或转账付款，审核会驳回。请改用抖音担保支付（tt.pay）。",
			En: "\"" + word + "\": Douyin mini-programs may not take payment by a third party's QR code or by transfer; reviewers reject it. Use Douyin's guaranteed payment (tt.pay).",
		})
	}
}
