package content

import (
	"strings"
	"unicode/utf8"

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
// name. In the recommended profile, only what misleads users about who
// made the app is reported: official-looking claims (微信官方, 腾讯出品,
// 由腾讯提供) and the brand as the app's own name or logo text (a page
// title naming what the page does with the user's WeChat account, 微信充值
// or 微信解绑, is a feature, not a name); text that
// names the host app or its features (使用微信收货地址, 微信客服, 请升级微信,
// QQ交流群) is reported only under strict, WX §12.3's letter, and so is the
// brand inside the quoted name of a contest or award (参加“微信小程序开发
// 大赛”: see officialClaim). The app.json
// default title is never reported when every page sets its own. WeChat only: the
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
		Profiles: rule.Msg{
			Zh: "推荐（默认）：只报告会让用户误以为小程序由腾讯出品或运营的用法——“微信官方”“腾讯出品”等官方口吻的说法，以及把腾讯商标当作小程序自己的名称或标志文字（标志、页面标题以“微信”开头且不是平台功能名；“微信充值”“微信解绑”这类说明本页对微信帐号做什么的页面标题是功能，不报告）。严格：按 §12.3 字面报告所有腾讯商标字样及近似字样，包括指称微信或其功能的用法（微信客服、请升级微信、微信小店）。",
			En: "recommended (default): only uses that make users think Tencent made or runs the mini-program — official-looking claims (微信官方, 腾讯出品) and Tencent's trademark as the app's own name or logo text (a logo, or a page title that opens with 微信 and is no platform feature's name; a page title that says what the page does with the WeChat account, 微信充值 or 微信解绑, is a feature and not reported). strict: every Tencent name and look-alike, as WX §12.3 reads, including text that names WeChat or one of its features (微信客服, 请升级微信, 微信小店).",
		},
		Wrong:   `<view class="banner">微信官方推荐 · 好物精选</view>`,
		Right:   `<view class="banner">编辑推荐 · 好物精选</view>`,
		Excerpt: "12.3 非腾讯官方帐号，禁止在帐号名称、输出内容中出现与腾讯已有知识产权内容相同（如‘腾讯’、‘微信’、‘Tencent'、‘WeChat’ 、‘QQ’等）、相近似（例如，腾迅、tencet、wecha等）的字样……（微信小程序平台运营规范 §12.3）",
	},
	Check:        checkBrand,
	CheckProject: checkBrandDefaultTitle,
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
	for _, h := range VisibleHits(c.Lexicon, "brand", c.Unit) {
		if appDefaultTitle(c.Env, c.Unit, h) {
			continue // the project half knows whether any page shows it
		}
		if m, ok := judgeBrand(h, c.Env.Strict, false); ok {
			c.Report(h.Span, m)
		}
	}
}

// checkBrandDefaultTitle is BrandMisuse's project half: app.json's default
// navigationBarTitleText ("WeChat", the template's) is shown only on a page
// that sets no title of its own, in its json or by setNavigationBarTitle.
func checkBrandDefaultTitle(c *rule.ProjectContext) {
	pr := c.Project
	if pr == nil || pr.App == nil || pr.App.File == nil {
		return
	}
	u := c.Units[pr.App.File.Path]
	if u == nil {
		return
	}
	shown := -1
	for _, h := range VisibleHits(c.Lexicon, "brand", u) {
		if !appDefaultTitle(c.Env, u, h) {
			continue
		}
		if shown < 0 {
			shown = 0
			if defaultTitleShown(c) {
				shown = 1
			}
		}
		if shown == 0 {
			return // every page sets its own title: the default is never seen
		}
		if m, ok := judgeBrand(h, c.Env.Strict, true); ok {
			c.Report(u.Path, h.Span, m)
		}
	}
}

// appDefaultTitle reports whether h is in app.json's default title.
func appDefaultTitle(env *rule.Env, u *rule.Unit, h LexHit) bool {
	pr := env.Project
	return h.Piece.Where == "json:navigationBarTitleText" && pr != nil && pr.App != nil &&
		pr.App.File != nil && u.Path == pr.App.File.Path
}

// judgeBrand decides a brand hit: whether the profile reports it, and the
// message. appTitle: h is in app.json's default title, the app's own name.
func judgeBrand(h LexHit, strict, appTitle bool) (rule.Msg, bool) {
	for _, after := range brandAllowedAfter[h.Word] {
		if strings.HasPrefix(h.Piece.Text[h.End:], after) {
			return rule.Msg{}, false
		}
	}
	claim := brandClaims[h.Word] || officialClaim(h)
	asName := brandAsName(h, appTitle)
	if !strict && !claim && !asName {
		return rule.Msg{}, false // names the host app or one of its features (微信客服, 请升级微信)
	}
	w := h.Text
	switch {
	case claim:
		return rule.Msg{
			Zh: quote(w) + "暗示腾讯运营、出品或认可本小程序，非腾讯官方小程序不得使用：请删除或改为自己的说法。",
			En: "\"" + w + "\" suggests Tencent runs, makes or endorses this mini-program; a non-Tencent mini-program must not say so. Remove it or use your own wording.",
		}, true
	case brandNames[h.Word] && asName:
		return rule.Msg{
			Zh: quote(w) + "被用作小程序自己的名称或标志文字，用户会以为这是腾讯的产品；非腾讯官方小程序不得这样使用腾讯商标（§12.3、§12.4）：请换成自己的名称。",
			En: "\"" + w + "\" is used as the mini-program's own name or logo text, so users take it for a Tencent product; a non-Tencent mini-program must not use Tencent's trademark this way (WX §12.3, §12.4). Use your own name.",
		}, true
	case brandNames[h.Word]:
		return rule.Msg{
			Zh: quote(w) + "是腾讯的商标；运营规范 §12.3 的字面要求是非腾讯官方小程序的输出内容不得出现：若只是指称微信或其功能，审核通常放行，严格审核可能要求删除或改写。",
			En: "\"" + w + "\" is a Tencent trademark; the letter of WX §12.3 is that a non-Tencent mini-program's content must not show it. Naming WeChat or one of its features usually passes review, but a strict reviewer may ask you to remove or reword it.",
		}, true
	}
	return rule.Msg{
		Zh: quote(w) + "与腾讯商标近似（如腾迅、tencet、wecha），非腾讯官方小程序不得使用：请删除或改写。",
		En: "\"" + w + "\" imitates a Tencent trademark (like 腾迅, tencet, wecha); a non-Tencent mini-program must not use it. Remove or reword it.",
	}, true
}

// officialWords after a brand word make an official-looking claim:
// 微信官方, 腾讯出品, 微信认证商家, 腾讯旗下, 微信推荐.
var officialWords = []string{"官方", "出品", "认证", "旗下", "团队", "自营", "直营", "推荐", "指定", "合作伙伴", "战略合作", "投资"}

// officialClaim reports whether the brand word h opens an official-looking
// claim (微信官方…, 腾讯旗下…), or the sentence says the brand made or runs
// the app (由腾讯提供, 本服务由微信运营).
//
// The brand inside the quoted name of an event or award (参加“微信小程序
// 开发大赛”, 荣获“腾讯创新奖”) names that event, not who runs the app, and
// 由于 ("because of"), 理由 or 自由 are no "by": a judges' entry "由于“高校
// 微信小程序应用开发赛”评审需求……开发" claims nothing.
func officialClaim(h LexHit) bool {
	if !brandNames[h.Word] || inEventName(h) {
		return false
	}
	after := strings.TrimSpace(h.After())
	for _, o := range officialWords {
		if strings.HasPrefix(after, o) {
			return true
		}
	}
	if agentBy(h.Before()) {
		for _, v := range []string{"提供", "出品", "运营", "开发", "打造", "官方"} {
			if strings.Contains(after, v) {
				return true
			}
		}
	}
	return false
}

// brandAsName reports whether the brand word is the app's own name or
// logo text: in a logo/brand element, or opening a title that is no
// platform feature's name (a page titled 微信商城, an app.json title
// "WeChat"). A look-alike there (薇信商城) is the same imitation. A page's
// title may also name what the page does with WeChat (微信充值, 微信解绑:
// the account's top-up or unbinding), which is a feature; app.json's
// default title is the app's own name, and a title that names an app
// (微信充值小程序, 微信支付官方) stays an identity.
func brandAsName(h LexHit, appTitle bool) bool {
	switch h.Place {
	case PlaceName:
		return true
	case PlaceTitle:
		before := strings.TrimSpace(h.Piece.Text[:h.Start])
		if before != "" {
			return false // 合作微信小店, 使用微信登录: the title is about something else
		}
		after := strings.TrimSpace(h.Piece.Text[h.End:])
		for _, f := range platformFeatures {
			if strings.HasPrefix(after, f) {
				return false
			}
		}
		if !appTitle && !namesAnApp(after) {
			for _, f := range accountFeatures {
				if strings.HasPrefix(after, f) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// platformFeatures follow 微信/QQ in the names of the platform's own
// features, which a title may name (微信小店, 微信运动).
var platformFeatures = []string{"小店", "运动", "客服", "收货地址", "地址", "开票", "发票", "卡包", "服务通知", "小程序", "公众号", "视频号", "直播", "群", "好友", "扫一扫", "步数", "定位", "版本"}

// accountFeatures follow 微信 in a page's title that names what the page
// does with the user's WeChat account or wallet (微信充值, 微信提现, 微信解绑).
var accountFeatures = []string{"充值", "支付", "付款", "收款", "退款", "提现", "转账", "解绑", "绑定", "换绑", "关联", "登录", "注册", "授权", "分享", "通知", "消息"}

// identityWords in a title name an app or its operator: 微信充值小程序,
// 微信支付官方平台.
var identityWords = []string{"小程序", "官方", "平台", "商城", "助手", "APP", "App", "app"}

func namesAnApp(s string) bool {
	for _, w := range identityWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// agentBy reports whether s has 由 meaning "by" (由腾讯提供): not in 由于
// (because), 理由, 自由, 缘由, 事由, 来由, 由此, 由衷 or 经由 (via).
func agentBy(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "由")
		if j < 0 {
			return false
		}
		j += i
		before, after := s[:j], s[j+len("由"):]
		i = j + len("由")
		if strings.HasPrefix(after, "于") || strings.HasPrefix(after, "此") || strings.HasPrefix(after, "衷") {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(before)
		if strings.ContainsRune("理自缘事来经", r) {
			continue
		}
		return true
	}
}

// eventNouns close the name of an event or award: 大赛, 挑战赛, 创新奖.
var eventNouns = []string{"赛", "奖", "杯", "大会", "峰会", "论坛", "训练营", "黑客松", "评选"}

// inEventName reports whether the brand word h sits inside a quoted name
// (“…”, 「…」, 《…》, "…") that ends with an event or award noun: the
// name of a contest (“高校微信小程序应用开发赛”), not the app's maker.
func inEventName(h LexHit) bool {
	txt := h.Piece.Text
	for _, q := range [][2]string{{"“", "”"}, {"「", "」"}, {"《", "》"}, {"\"", "\""}} {
		before, after := txt[:h.Start], txt[h.End:]
		open := strings.LastIndex(before, q[0])
		if open < 0 || q[0] != q[1] && strings.Contains(before[open:], q[1]) {
			continue
		}
		if q[0] == q[1] && strings.Count(before, q[0])%2 == 0 {
			continue // the last " closed a quote
		}
		end := strings.Index(after, q[1])
		if end < 0 {
			continue
		}
		name := strings.TrimSpace(after[:end])
		for _, n := range eventNouns {
			if strings.HasSuffix(name, n) {
				return true
			}
		}
	}
	return false
}
