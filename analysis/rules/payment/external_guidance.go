package payment

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// ExternalGuidance: visible text sends the user to pay somewhere else —
// the APP, a 公众号, an H5 page or website, a browser, a QR code, a group,
// an Android phone. Douyin rejects any path or wording towards another
// payment (DY §1.2.2.3); WeChat forbids guiding iOS users to an outside
// web page or app to pay (WX §15.6).
//
// The words are the lexicon category external-payment, where every entry
// pairs a destination with a paying verb: 打开APP alone (a launchApp
// button), 长按识别二维码 alone (a support group) and 浏览器打开 alone (a
// document) are not guidance to pay and are not reported. Judgment: 扫码下单
// (扫桌码下单 in a restaurant) orders inside the mini-program and is not
// reported either, although the lexicon lists it.
//
// Another platform's wallet inside this one: paying by scanning with it
// (使用支付宝扫一扫付款 under a QR code in a WeChat payment sheet) is
// reported, except with the platform's own wallet (支付宝 on Alipay, 微信 on
// WeChat); 支付宝支付 offered as a way to pay is reported on WeChat and QQ
// only, whose payment APIs cannot take it (Douyin's and Baidu's cashiers
// offer Alipay).
var ExternalGuidance = &rule.Rule{
	ID:       "payment/external-guidance",
	Severity: rule.Error,
	Citation: "DY §1.2.2.3, WX §15.6",
	Title:    rule.Msg{Zh: "引导用户到小程序外支付", En: "Guides users to pay outside the mini-program"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字引导用户去 APP、公众号、H5/网页、浏览器、二维码、群里或安卓端付款，例如“请前往APP购买”“关注公众号充值”“扫码支付”。",
			En: "Visible text sends users to pay in the APP, a 公众号, an H5 page or website, a browser, by QR code, in a group or on Android: 请前往APP购买, 关注公众号充值, 扫码支付."},
		Why: rule.Msg{Zh: "不可引导用户前往其他支付路径完成支付，任何为用户提供前往支付流程的路径/文案都会被拒绝（抖音 §1.2.2.3）；微信：iOS 下不得引导至外部网页或 APP 实现支付（§15.6）。",
			En: "Any path or wording that leads users to another payment route is rejected (DY §1.2.2.3); WeChat forbids guiding users to an outside web page or app to pay (WX §15.6)."},
		Wrong:   `<view class="tip">iOS 用户请前往APP购买会员</view>`,
		Right:   `<view class="tip">由于相关规范，iOS 功能暂不可用</view>`,
		Excerpt: "请勿试图提供引导用户前往其他支付的途径/文案，引导路径包括但不限于：APP、公众号、H5、网页、安卓支付、二维码支付、群支付等。任何为用户提供前往支付流程的路径/文案，这些都将被拒绝。（抖音 版本审核常见问题 §1.2.2.3）",
	},
	Check: checkExternalGuidance,
}

func checkExternalGuidance(c *rule.FileContext) {
	for _, p := range c.Unit.Visible() {
		for _, h := range c.Lexicon.Find("external-payment", p.Text) {
			word := p.Text[h.Start:h.End]
			if strings.Contains(word, "码") && strings.HasSuffix(word, "下单") && !namesWallet(word) {
				continue // 扫码下单: scanning a table or shelf code to order in the mini-program
			}
			if ownWallet(c.Platform, word) {
				continue // the platform's own wallet
			}
			s := text.Span{Start: p.Span.Start + h.Start, End: p.Span.Start + h.End}
			c.Report(s, rule.Msg{
				Zh: "“" + word + "”引导用户到小程序外支付，审核会驳回：请删除这类文案，支付须在小程序内用平台支付完成。",
				En: "\"" + word + "\" sends users to pay outside the mini-program; reviewers reject it. Remove it: payments must go through the platform's payment inside the mini-program.",
			})
		}
	}
}

// wallets by the platform that owns them.
var wallets = map[string]string{"支付宝": rule.Alipay, "微信": rule.WeChat, "QQ": rule.QQ}

func namesWallet(word string) bool {
	for w := range wallets {
		if strings.Contains(word, w) {
			return true
		}
	}
	return false
}

// ownWallet reports a hit that names the platform's own wallet, or offers
// Alipay as a way to pay (支付宝支付, no scan) where the platform's own
// cashier takes it.
func ownWallet(platform, word string) bool {
	for w, p := range wallets {
		if strings.Contains(word, w) && p == platform {
			return true
		}
	}
	if strings.HasPrefix(word, "支付宝") && !strings.Contains(word, "扫") {
		return platform != rule.WeChat && platform != rule.QQ
	}
	return false
}
