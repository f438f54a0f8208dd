package content

import (
	"strings"

	"mpls/analysis/rule"
)

// BrandMisuse: Tencent's names (腾讯, 微信, Tencent, WeChat, QQ) and their
// look-alikes (腾迅, tencet, wecha) in a WeChat mini-program's visible
// content (WX §12.3), and claims that Tencent runs or endorses it (微信官方,
// 腾讯出品: WX §12.4). LESSONS #03: reviewers reject WeChat brand wording in
// the UI.
//
// Judgment (the exceptions live in the lexicon, data/brand.txt): naming the
// platform's own functions is not borrowing the brand — 微信支付 (the
// payment channel), 微信授权登录 (the wording WX §16.6.1 asks for), the
// user's own 微信号/微信昵称/微信头像/微信好友/微信群, and the 腾讯地图 map
// attribution are allowed. 微信用户 is allowed here too (a local
// exception, see brandAllowedAfter): it is the nickname WeChat itself
// returns for users who did not fill in a profile, so apps display it as a
// name. Everything else is reported. WeChat only: the
// rule is WeChat's, and other platforms have their own login-wording rule
// (login/non-platform-wording).
var BrandMisuse = &rule.Rule{
	ID:        "content/brand-misuse",
	Severity:  rule.Warning,
	Platforms: []string{rule.WeChat},
	Citation:  "WX §12.3, WX §12.4, LESSONS #03",
	Title:     rule.Msg{Zh: "界面中使用了腾讯/微信的品牌字样", En: "Tencent or WeChat brand name in the UI"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字里出现“腾讯”“微信”“Tencent”“WeChat”“QQ”或其近似字样（腾迅、tencet、wecha、薇信、VX），或“微信官方”“腾讯出品”等暗示腾讯运营或认可的说法。“微信支付”“微信授权登录”“微信号”“腾讯地图”等如实描述平台功能的用法不报告。",
			En: "Visible text contains 腾讯, 微信, Tencent, WeChat, QQ or a look-alike (腾迅, tencet, wecha, 薇信, VX), or a claim such as 微信官方 or 腾讯出品 suggesting Tencent runs or endorses the mini-program. Plain descriptions of platform functions (微信支付, 微信授权登录, 微信号, 腾讯地图) are not reported."},
		Why: rule.Msg{Zh: "非腾讯官方帐号不得在输出内容中出现与腾讯知识产权相同或近似的字样（运营规范 §12.3），也不得暗示腾讯运营或认可该小程序（§12.4）；审核会以“混用官方品牌”为由驳回。",
			En: "A non-Tencent account must not show Tencent's names or look-alikes (WX §12.3), nor suggest that Tencent runs or endorses the mini-program (WX §12.4); reviewers reject brand wording in the UI."},
		Wrong:   `<view class="banner">微信官方推荐 · 好物精选</view>`,
		Right:   `<view class="banner">编辑推荐 · 好物精选</view>`,
		Excerpt: "12.3 非腾讯官方帐号，禁止在帐号名称、输出内容中出现与腾讯已有知识产权内容相同（如‘腾讯’、‘微信’、‘Tencent'、‘WeChat’ 、‘QQ’等）、相近似（例如，腾迅、tencet、wecha等）的字样……（微信小程序平台运营规范 §12.3）",
	},
	Check: checkBrand,
}

// brandClaims are the lexicon entries that claim affiliation or imitate a
// Tencent product; the message says so.
var brandClaims = map[string]bool{
	"微信官方": true, "腾讯官方": true, "腾讯出品": true, "腾讯旗下": true,
	"微信认证": true, "微信红包": true, "微信团队": true, "腾讯客服": true,
}

// brandNames are Tencent's own spellings; every other entry is a look-alike.
var brandNames = map[string]bool{
	"腾讯": true, "微信": true, "WeChat": true, "Weixin": true, "Tencent": true, "QQ": true,
}

// brandAllowedAfter lists, per brand word, what may follow it without a
// finding; kept here until the brand lexicon carries the exception.
var brandAllowedAfter = map[string][]string{"微信": {"用户"}}

func checkBrand(c *rule.FileContext) {
hits:
	for _, h := range VisibleHits(c.Lexicon, "brand", c.Unit) {
		for _, after := range brandAllowedAfter[h.Word] {
			if strings.HasPrefix(h.Piece.Text[h.End:], after) {
				continue hits
			}
		}
		w := h.Text
		var m rule.Msg
		switch {
		case brandClaims[h.Word]:
			m = rule.Msg{
				Zh: quote(w) + "暗示腾讯运营、出品或认可本小程序，非腾讯官方小程序不得使用：请删除或改为自己的说法。",
				En: "\"" + w + "\" suggests Tencent runs, makes or endorses this mini-program; a non-Tencent mini-program must not say so. Remove it or use your own wording.",
			}
		case brandNames[h.Word]:
			m = rule.Msg{
				Zh: quote(w) + "是腾讯的商标，非腾讯官方小程序的界面不得出现：审核会以“混用官方品牌”驳回，请删除或换成自己的说法。",
				En: "\"" + w + "\" is a Tencent trademark; a non-Tencent mini-program must not show it, and reviewers reject brand wording in the UI. Remove it or reword.",
			}
		default:
			m = rule.Msg{
				Zh: quote(w) + "与腾讯商标近似（如腾迅、tencet、wecha），非腾讯官方小程序不得使用：请删除或改写。",
				En: "\"" + w + "\" imitates a Tencent trademark (like 腾迅, tencet, wecha); a non-Tencent mini-program must not use it. Remove or reword it.",
			}
		}
		c.Report(h.Span, m)
	}
}
