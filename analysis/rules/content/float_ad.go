package content

import (
	"strings"

	"mpls/analysis/rule"
)

// FloatAd: content that is mainly advertising — an empty ad slot or a slot
// recruiting advertisers (广告位招租, 招商广告, 虚位以待), WX §6.2.1.
//
// Two triggers: the float-ad lexicon in visible text, and an <ad> (or
// <ad-custom>) component with no unit-id, or an empty one: it renders an
// empty ad slot. A unit-id bound to an expression is not judged.
//
// Judgment: floating ads (an element fixed over the content) cannot be
// told from a floating "back to top" button without the styles and the
// images; they are left to the reviewer.
var FloatAd = &rule.Rule{
	ID: "content/float-ad",
	// A WeChat rule (WX § only): WeChat and QQ, which follows WeChat's rules.
	Platforms: []string{rule.WeChat, rule.QQ},
	Severity:  rule.Warning,
	Citation:  "WX §6.2.1",
	Title:     rule.Msg{Zh: "空白广告位或招商广告", En: "Empty ad slot or advertiser recruiting"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字里出现“广告位招租”“招商广告”“虚位以待”等，或 <ad> 组件没有填写 unit-id（显示为空白广告位）。",
			En: "Visible text says 广告位招租, 招商广告, 虚位以待 …, or an <ad> component has no unit-id (an empty ad slot)."},
		Why: rule.Msg{Zh: "小程序内容不得主要为营销或广告用途（如内含空白广告位、招商广告等），或直接出现漂浮广告（运营规范 §6.2.1）。",
			En: "A mini-program's content must not be mainly marketing or advertising, such as empty ad slots or advertiser recruiting, nor show floating ads (WX §6.2.1)."},
		Wrong:   `<view class="ad-box">广告位招租 联系电话 138xxxx</view>`,
		Right:   `<ad unit-id="adunit-6f3c2a1b9e8d7c65"></ad>`,
		Excerpt: "6.2.1 主要为营销或广告用途（如内含空白广告位、招商广告等），或直接出现漂浮广告。（微信小程序平台运营规范 §6.2）",
	},
	Check: checkFloatAd,
}

func checkFloatAd(c *rule.FileContext) {
	for _, h := range VisibleHits(c.Lexicon, "float-ad", c.Unit) {
		w := h.Text
		c.Report(h.Span, rule.Msg{
			Zh: quote(w) + "是空白广告位或招商广告，微信不允许：请删除，或换成已开通的流量主广告组件。",
			En: "\"" + w + "\" is an empty ad slot or advertiser recruiting, which WeChat forbids. Remove it, or use a live ad unit.",
		})
	}
	t := c.Unit.Template
	if t == nil {
		return
	}
	for i := range t.Elements {
		e := &t.Elements[i]
		if e.Tag != "ad" && e.Tag != "ad-custom" {
			continue
		}
		a := e.Attr("unit-id")
		if a == nil {
			a = e.Attr("unitId")
		}
		if a != nil && (!a.Static() || strings.TrimSpace(a.Value) != "") {
			continue
		}
		c.Report(e.TagSpan, rule.Msg{
			Zh: "<" + e.Tag + "> 没有填写 unit-id，会显示为空白广告位：填入流量主后台的广告单元 ID，或删除该组件。",
			En: "<" + e.Tag + "> has no unit-id, so it shows an empty ad slot. Fill in the ad unit id from the ads console, or remove the component.",
		})
	}
}
