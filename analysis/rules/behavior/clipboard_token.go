package behavior

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
)

// ClipboardToken: copy-a-token (口令, 淘口令) and copy-a-link flows that
// carry a purchase or a promotion off the platform. Douyin does not admit
// mini-programs whose content copies 口令 links (DY §2.1.2.2).
//
// Two triggers: the clipboard-token lexicon in visible text (复制口令,
// 淘口令, 复制链接购买 …), and a setClipboardData whose data is a literal
// 口令 (￥AbC123xYz￥) or link (http…), or an expression named after one
// (taoToken, kouling, shareLink, couponUrl). Copying an order number, an
// address or a WeChat ID is not reported. A plain link (a literal http…,
// or a value named only link/url) is not a 口令 purchase flow by itself
// unless it points to a shopping or affiliate site (taobao, jd, pdd):
// the recommended profile leaves it, strict reports it (DY §2.1.2.2's
// letter names 复制口令链接). The token halves are Douyin's (the rule is
// DY's).
//
// On every platform: a copied link to download an app outside the
// platform (the copy's own code or the link says 下载, 浏览器, APK, 安装:
// "已复制 APK 下载地址，可在浏览器中打开下载"), wherever the copy runs (a
// button, a dialog's confirm handler). That is induced downloading, which
// WX §5.1 names beside induced sharing, and an outside link DY §2.1.2.2
// does not admit. Alipay's my.setClipboard({ text }) counts as
// setClipboardData({ data }).
var ClipboardToken = &rule.Rule{
	ID:       "behavior/clipboard-token",
	Severity: rule.Warning,
	Citation: "DY §2.1.2.2, WX §5.1",
	Title:    rule.Msg{Zh: "复制口令或链接到剪贴板", En: "Copying a token or link to the clipboard"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "界面提示用户“复制口令”“复制淘口令”“复制链接购买”，或 setClipboardData 复制的是口令（￥…￥）或链接（抖音）；任何平台上，复制到剪贴板的是让用户去浏览器下载 APP 的链接。",
			En: "The UI asks users to copy a token or link (复制口令, 淘口令, 复制链接购买), or setClipboardData copies a token (￥…￥) or a link (Douyin); on every platform, the clipboard gets a link for downloading an app in a browser."},
		Why: rule.Msg{Zh: "抖音暂不接入内容中含复制口令链接、通过复制口令或链接跳转外部平台实现购买的小程序（审核常见问题 §2.1.2.2）。",
			En: "Douyin does not admit mini-programs that copy tokens or links to complete a purchase or promotion elsewhere (DY §2.1.2.2)."},
		Profiles: rule.Msg{
			Zh: "推荐（默认）：报告复制口令（￥…￥，或名为 taoToken、kouling 的值）和购物推广链接（淘宝、京东、拼多多等购物或淘客网站的链接，或名为 couponUrl、goodsLink、shareLink 的值）。严格：任何复制链接的 setClipboardData 都报告（http 字面量、名为 link/url 的值）。",
			En: "recommended (default): copying a token (￥…￥, or a value named taoToken, kouling) or a shopping or promotion link (to a shopping or affiliate site such as taobao, jd, pinduoduo, or a value named couponUrl, goodsLink, shareLink). strict: every setClipboardData that copies a link (an http literal, a value named link or url).",
		},
		Wrong:   "tt.setClipboardData({ data: '￥Xy7bQ2mK9aL￥' })",
		Right:   "tt.navigateTo({ url: '/pages/goods/detail?id=' + id })",
		Excerpt: "平台暂不接入小程序内容中含复制口令链接；纯推广提供口令业务的 APP，无其他正常业务；引导至公众号/外链领取优惠券等。（抖音 版本审核常见问题 §2.1.2.2）",
	},
	Check: checkClipboardToken,
}

var (
	tokenLiteral = regexp.MustCompile(`[￥¥$€₤]\s?[A-Za-z0-9]{6,}\s?[￥¥$€₤]`)
	tokenName    = regexp.MustCompile(`(?i)kouling|tkl\b|taokl|tao_?(token|command|pwd|code|kl)|口令|(share|invite|buy|coupon|goods|item|promo|product|tb|taobao|jd|pdd)_?(url|link)`)
	// a shopping or affiliate site's link is the 淘客 flow itself
	shopLink = regexp.MustCompile(`(?i)https?://[^/\s]*(taobao|tmall|tb\.cn|jd\.com|jd\.hk|pinduoduo|yangkeduo|vip\.com|suning|uland|union)`)
	// a plain link: the letter of DY §2.1.2.2 (复制…链接), reported under strict
	linkLiteral = regexp.MustCompile(`https?://`)
	linkName    = regexp.MustCompile(`(?i)(link|url)$`)
)

func checkClipboardToken(c *rule.FileContext) {
	checkDownloadLink(c)
	if c.Platform != rule.Douyin {
		return
	}
	for _, h := range content.VisibleHits(c.Lexicon, "clipboard-token", c.Unit) {
		c.Report(h.Span, rule.Msg{
			Zh: quote(h.Text) + "引导用户复制口令或链接到其他平台，抖音暂不接入：请在小程序内完成购买或领取。",
			En: "\"" + h.Text + "\" sends users off the platform by copying a token or link, which Douyin does not admit. Complete the purchase or claim inside the mini-program.",
		})
	}
	s := c.Unit.Script
	if s == nil {
		return
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		if call.API != "setClipboardData" || call.Factory != "" || call.Namespace == "" || call.Options == nil {
			continue
		}
		p := call.Options.Get("data")
		if p == nil {
			continue
		}
		what := ""
		switch {
		case p.IsString && (tokenLiteral.MatchString(p.String) || shopLink.MatchString(p.String) || c.Env.Strict && linkLiteral.MatchString(p.String)):
			what = p.String
		case !p.IsString && p.Value != "" && (tokenName.MatchString(lastName(p.Value)) || c.Env.Strict && linkName.MatchString(lastName(p.Value))):
			what = p.Value
		}
		if what == "" {
			continue
		}
		name := apiName(platformNS(c, call.Namespace), call.API)
		c.Report(call.NameSpan, rule.Msg{
			Zh: name + " 复制的是口令或链接（" + trim(what) + "），引导用户到其他平台完成购买或领取，抖音暂不接入。",
			En: name + " copies a token or link (" + trim(what) + ") for users to open elsewhere, which Douyin does not admit.",
		})
	}
}

// lastName is the last identifier of an expression: "this.data.taoToken" →
// "taoToken".
func lastName(expr string) string {
	expr = strings.TrimSpace(expr)
	if i := strings.LastIndexAny(expr, ".]"); i >= 0 {
		return strings.Trim(expr[i+1:], " )")
	}
	return expr
}

// trim shortens a quoted value for a message.
func trim(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// downloadWords in a copy's own code (its link, its success toast) say
// the link is for installing an app outside the platform.
var downloadWords = regexp.MustCompile(`(?i)下载|浏览器|安装包|\.apk\b|\bapk\b`)

// checkDownloadLink reports a clipboard copy of a literal link whose call
// says it is for downloading an app (see ClipboardToken).
func checkDownloadLink(c *rule.FileContext) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		if (call.API != "setClipboardData" && call.API != "setClipboard") || call.Factory != "" || call.Namespace == "" || call.Options == nil {
			continue
		}
		p := call.Options.Get("data")
		if p == nil {
			p = call.Options.Get("text")
		}
		if p == nil || !p.IsString || !linkLiteral.MatchString(p.String) || shopLink.MatchString(p.String) {
			continue // a shop link is the token half's (Douyin)
		}
		a := call.ArgsSpan
		if a.Start < 0 || a.End > len(c.Unit.Text) || !downloadWords.Match(c.Unit.Text[a.Start:a.End]) {
			continue
		}
		name := apiName(platformNS(c, call.Namespace), call.API)
		c.Report(call.NameSpan, rule.Msg{
			Zh: name + " 把下载 APP 的外部链接（" + trim(p.String) + "）复制给用户去浏览器打开，属于引导到平台外下载：请删除，或改为平台允许的方式（如 launchApp 按钮）。",
			En: name + " copies an outside link for downloading an app (" + trim(p.String) + ") to open in a browser, which leads users off the platform to download. Remove it, or use what the platform allows (a launchApp button).",
		})
	}
}
