package payment

import (
	"path"
	"regexp"
	"strings"
	"unicode/utf8"

	"mpls/analysis/callgraph"
	"mpls/analysis/component"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// IOSPriceShelf: the template shows a virtual-goods purchase (开通VIP,
// 订阅课程, a price for coins or chapters) with no iOS condition. Douyin
// rejects builds that closed the iOS payment only on the server but still
// show 订阅课程 / 开通VIP and prices on iOS (DY §1.2.2.2); WeChat: "不应展示
// 支付功能" on iOS (WX §15.6).
//
// What fires, per run of visible text (words from the lexicon category
// virtual-goods):
//   - a purchase phrase on its own: 开通会员 (升级会员, 续费会员 …), 开通VIP, 订阅课程, 付费课程,
//     付费解锁, 付费章节, 付费阅读, 付费发帖, 付费置顶;
//   - an unambiguous virtual item (VIP, SVIP, 章节, 电子书, 金币, 钻石, 点券,
//     虚拟币, 游戏币, 打赏, 超级会员, 年费会员) with a buying verb (开通,
//     购买, 续费, 订阅, 解锁, 升级, 充值, 付费, 支付, 抢购) in the same element's
//     text, or a price (¥18, 18元, /月) there or in an inline sibling
//     (<text>100金币</text><text class="price">¥6</text>).
//
// Judgment: 开通会员 (and the other 会员 phrases) on a page whose text offers coupons, free shipping or
// member prices on goods and names no digital content is a shop's
// membership, a discount on physical goods: not reported.
// 会员, 课程, 充值, 年卡 and the like alone are not reported (会员价
// and 余额充值 belong to shops, a 课程 may be a gym class); "VIP专享价 ¥99" is
// a shop's price for its VIP customers, not a sale of VIP, so an item
// followed by 价/专享/折 with only a price is not reported either. An item
// word that is part of the app's own name (an app called 书虫VIP: its
// window title or projectname, see inAppName) is no virtual good.
//
// Not reported when the element, or an ancestor, shows under a condition
// naming the platform (wx:if="{{!isIOS}}", tt:if="{{platform !==
// 'ios'}}", hidden="{{isIos}}", the wx:else of such a wx:if), or under any
// condition when the page's script reads the platform (getSystemInfoSync
// and a platform/isIOS name): mpls cannot follow the data further. A
// condition on a data flag the script derives from a platform test names
// the platform, whatever the flag is called (ios_flags.go). A
// component's template is not reported when a page (or component) that
// uses it shows it only under such a condition.
//
// A notice about the goods (金币和会员属于虚拟商品，一经购买不得退换；充值后金币
// 可能有延迟…: prose of two clauses or more, see notice) is no purchase
// entry and no price: it is reported only on a page that shows no entry of
// its own (the prices come from data), and then once, as the page's shelf;
// a second notice, or one beside an entry, repeats the same finding.
//
// A button whose words name nothing (立即升级, 确认支付 ¥{{price}}) is a
// shelf too when its tap pays for virtual goods through shared code with no
// iOS check on the way (the ways ios-virtual finds with the call graph):
// its label is reported. So is the pay button of a component that pays
// that way and that a page shows for virtual goods (ios-virtual's
// evidence at the use: current-balance="{{coins}}"): the component's
// template draws the shelf, so it is reported there (shelfInComponents).
var IOSPriceShelf = &rule.Rule{
	ID:       "payment/ios-price-shelf",
	Severity: rule.Warning,
	Citation: "DY §1.2.2.2, WX §15.6",
	Scope:    rule.ProjectScope,
	Title:    rule.Msg{Zh: "iOS 上仍展示虚拟商品购买入口或价格", En: "Virtual-goods purchase shown on iOS"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "页面展示“开通VIP”“订阅课程”、金币/章节价格等虚拟商品购买入口，没有按 iOS 隐藏。",
			En: "The page shows a virtual-goods purchase (开通VIP, 订阅课程, prices of coins or chapters) with no iOS condition."},
		Why: rule.Msg{Zh: "仅在后台关闭 iOS 支付、前端仍保留购买/订阅按钮和价格，审核会驳回（抖音 §1.2.2.2）；微信要求 iOS 下不展示虚拟物品支付功能（§15.6）。请在 iOS 上隐藏价格，或改为“由于相关规范，iOS 功能暂不可用”。",
			En: "Closing the iOS payment on the server while the page still shows buy/subscribe buttons and prices is rejected (DY §1.2.2.2); WeChat: no virtual-goods payment shown on iOS (WX §15.6). Hide it on iOS or show 由于相关规范，iOS 功能暂不可用."},
		Wrong:   "<button class=\"buy\" bindtap=\"buyVip\">开通VIP ¥18/月</button>",
		Right:   "<button wx:if=\"{{!isIOS}}\" class=\"buy\" bindtap=\"buyVip\">开通VIP ¥18/月</button>\n<view wx:else class=\"tip\">由于相关规范，iOS 功能暂不可用</view>",
		Excerpt: "部分开发者在提审时，仅在后台关闭了iOS支付接口，但在前端仍保留购买/支付/订阅等功能或按钮，在iOS端的界面也都会有类似“订阅课程、开通VIP”等标识……将【价格板块】更改为【由于相关规范，iOS功能暂不可用】（抖音 版本审核常见问题 §1.2.2.2）",
	},
	CheckProject: checkPriceShelf,
}

var purchasePhrases = map[string]bool{
	"开通会员": true, "开通VIP": true, "订阅课程": true, "付费课程": true, "付费解锁": true,
	"付费章节": true, "付费阅读": true, "付费发帖": true, "付费置顶": true,
	"升级会员": true, "会员升级": true, "购买会员": true, "续费会员": true, "会员续费": true,
}

var shelfItems = map[string]bool{
	"VIP": true, "SVIP": true, "VVIP": true, "章节": true, "电子书": true, "金币": true, "钻石": true,
	"点券": true, "虚拟币": true, "游戏币": true, "打赏": true, "超级会员": true, "年费会员": true,
}

var (
	buyVerb = regexp.MustCompile(`开通|购买|续费|订阅|解锁|升级|充值|付费|支付|抢购`)
	price   = regexp.MustCompile(`[¥￥]\s*\d|\d\s*元|/\s*[月年季]`)
)

func checkPriceShelf(c *rule.ProjectContext) {
	groups := byBase(c.Units)
	reported := map[string][]text.Span{}
	gd := newGuards(c.Units, groups)
	defer func() { shelfThroughShared(c, gd, reported) }()
	for _, p := range sortedPaths(c.Units) {
		u := c.Units[p]
		t := u.Template
		if t == nil {
			continue
		}
		anyCond := false
		for _, o := range companions(groups, p) {
			if readsPlatform(o.Script) {
				anyCond = true
			}
		}
		if usedUnderIOSCondition(c.Env, gd, p) {
			continue
		}
		// the page's purchase entries, and its notices (sentences about
		// the goods, see notice): a notice stands for the page only when
		// the page shows no entry, and once
		type hit struct {
			s    text.Span
			word string
		}
		var entries, notices []hit
		for _, r := range t.Texts {
			s, word, ok := shelfHit(c, t, r)
			if !ok || (r.Elem >= 0 && iosConditioned(t, r.Elem, anyCond, gd.flags(p))) {
				continue
			}
			if notice(r.Text) {
				notices = append(notices, hit{s, word})
			} else {
				entries = append(entries, hit{s, word})
			}
		}
		if len(entries) == 0 && len(notices) > 0 {
			entries = notices[:1]
		}
		for _, h := range entries {
			reported[p] = append(reported[p], h.s)
			c.Report(p, h.s, rule.Msg{
				Zh: "“" + h.word + "”在 iOS 上也会显示：虚拟商品的购买入口和价格在 iOS 端须隐藏，或改为“" + iosFallbackText + "”。",
				En: "\"" + h.word + "\" shows on iOS too: hide virtual-goods purchases and prices on iOS, or show \"" + iosFallbackText + "\".",
			})
		}
	}
}

// shelfHit judges one run of visible text (see IOSPriceShelf).
func shelfHit(c *rule.ProjectContext, t *template.Facts, r template.TextRun) (text.Span, string, bool) {
	hits := c.Lexicon.Find("virtual-goods", r.Text)
	if len(hits) == 0 {
		return text.Span{}, "", false
	}
	// the verb must be in the element's own text; a price may also sit in
	// an inline sibling (<text>100金币</text><text class="price">¥6</text>)
	own := r.Text
	near := r.Text
	parent := -1
	if r.Elem >= 0 && inline(t.Elements[r.Elem].Tag) {
		parent = t.Elements[r.Elem].Parent
	}
	for _, o := range t.Texts {
		if o.Span == r.Span || o.Attr != "" && o.Attr != r.Attr {
			continue
		}
		switch {
		case o.Elem == r.Elem:
			own += " " + o.Text
			near += " " + o.Text
		case parent >= 0 && o.Elem >= 0 && t.Elements[o.Elem].Parent == parent && inline(t.Elements[o.Elem].Tag):
			near += " " + o.Text
		}
	}
	for _, h := range hits {
		word := r.Text[h.Start:h.End]
		s := text.Span{Start: r.Span.Start + h.Start, End: r.Span.Start + h.End}
		if purchasePhrases[h.Word] {
			if strings.Contains(h.Word, "会员") && shopMembership(t) {
				continue // a shop's membership buys discounts on goods
			}
			return s, word, true
		}
		if !shelfItems[h.Word] || inAppName(c.Env, r.Text, h.Start, h.End) {
			continue // the app's own name (书虫VIP) sells nothing
		}
		if buyVerb.MatchString(own) {
			return s, word, true
		}
		after := r.Text[h.End:]
		if price.MatchString(near) && !strings.HasPrefix(after, "价") && !strings.HasPrefix(after, "专享") && !strings.HasPrefix(after, "折") {
			return s, word, true
		}
	}
	return text.Span{}, "", false
}

// clause splits a run of text into clauses.
var clause = regexp.MustCompile(`[，,；;。！!]`)

// notice reports whether a run of text is a notice about the goods rather
// than a purchase entry or a price: prose of two clauses or more, at least
// 16 characters long (金币和会员属于虚拟商品，一经购买不得退换；充值后金币
// 可能有延迟，正常 2 分钟内到账). A page's rules about its coins say the page
// sells them, so the first notice stands for a page that shows no entry
// of its own (its prices come from data); beside an entry, or a second
// time, it repeats the finding of the same shelf.
func notice(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) < 16 {
		return false
	}
	n := 0
	for _, part := range clause.Split(s, -1) {
		if strings.TrimSpace(part) != "" {
			n++
		}
	}
	return n >= 2
}

// inline reports the tags that lay text out in a line.
func inline(tag string) bool {
	switch tag {
	case "text", "span", "label", "b", "i", "em", "strong":
		return true
	}
	return false
}

// usedUnderIOSCondition reports whether p is a component's template and
// some template that uses the component shows it only under a platform
// condition (<vip-card wx:if="{{!isIOS}}" />): the whole component is then
// hidden on iOS.
func usedUnderIOSCondition(env *rule.Env, gd *guards, p string) bool {
	groups := gd.groups
	pr := env.Project
	if pr == nil || !pr.IsComponentFile(p) {
		return false
	}
	base := strings.TrimSuffix(p, path.Ext(p))
	type user struct {
		tmpl string
		refs []project.ComponentRef
	}
	var users []user
	for _, pg := range pr.Pages {
		users = append(users, user{pg.Files.Template, pg.UsingComponents})
	}
	for _, cp := range pr.Components {
		users = append(users, user{cp.Files.Template, cp.UsingComponents})
	}
	var global []project.ComponentRef
	if pr.App != nil {
		global = pr.App.UsingComponents
	}
	for _, us := range users {
		u := env.Units[us.tmpl]
		if us.tmpl == "" || u == nil || u.Template == nil {
			continue
		}
		tags := map[string]bool{}
		for _, r := range append(append([]project.ComponentRef(nil), global...), us.refs...) {
			if r.Resolved == base {
				tags[strings.ToLower(r.Name)] = true
			}
		}
		if len(tags) == 0 {
			continue
		}
		anyCond := false
		for _, o := range companions(groups, us.tmpl) {
			if readsPlatform(o.Script) {
				anyCond = true
			}
		}
		t := u.Template
		for i := range t.Elements {
			if tags[t.Elements[i].Tag] && iosConditioned(t, i, anyCond, gd.flags(us.tmpl)) {
				return true
			}
		}
	}
	return false
}

var (
	shopBenefit = regexp.MustCompile(`券|包邮|免运费|运费|购物|商品|折扣|会员价|爆品|外卖|到店|门店|配送`)
	digitalGood = regexp.MustCompile(`(?i)课程|章节|阅读|听书|视频|音乐|电子书|去广告|免广告|题库|下载|金币|钻石|直播|影视|小说|漫画|资料|VIP`)
)

// shopMembership reports whether the page's membership is a shop's: its
// text offers coupons, free shipping or member prices on goods and names
// no digital content. Such a 会员 buys discounts on physical goods, which
// the iOS rules (virtual goods) do not cover.
func shopMembership(t *template.Facts) bool {
	shop := false
	for _, r := range t.Texts {
		if digitalGood.MatchString(r.Text) {
			return false
		}
		if shopBenefit.MatchString(r.Text) {
			shop = true
		}
	}
	return shop
}

// shelfThroughShared reports the label of an element whose tap pays for
// virtual goods through shared code (virtualWays), unless its text was
// reported already or it shows only under a platform condition.
func shelfThroughShared(c *rule.ProjectContext, gd *guards, reported map[string][]text.Span) {
	g := callgraph.For(c.Env)
	for _, w := range virtualWays(c, g, gd.groups, nil) {
		for _, o := range companions(gd.groups, w.path) {
			t := o.Template
			if t == nil {
				continue
			}
			anyCond := readsPlatform(c.Units[w.path].Script)
			for _, b := range t.Bindings {
				if b.Handler != w.start || !tapEvents[b.Event] || b.Elem < 0 || iosConditioned(t, b.Elem, anyCond, gd.flags(o.Path)) {
					continue
				}
				runs := t.ElementText(b.Elem)
				if len(runs) == 0 {
					continue
				}
				s := text.Span{Start: runs[0].Span.Start, End: runs[len(runs)-1].Span.End}
				if overlaps(reported[o.Path], s) {
					continue
				}
				reported[o.Path] = append(reported[o.Path], s)
				label := strings.TrimSpace(string(o.Text[s.Start:s.End]))
				c.Report(o.Path, s, rule.Msg{
					Zh: "“" + label + "”点击后经 " + w.hit.Words() + " 购买虚拟商品（线索：" + w.what + "），这个入口在 iOS 上也会显示：虚拟商品的购买入口和价格在 iOS 端须隐藏，或改为“" + iosFallbackText + "”。",
					En: "\"" + label + "\" buys virtual goods when tapped (" + w.hit.Words() + ", evidence: " + w.what + ") and shows on iOS too: hide virtual-goods purchases and prices on iOS, or show \"" + iosFallbackText + "\".",
				})
			}
		}
	}
	shelfInComponents(c, g, gd, reported)
}

// shelfInComponents: a component whose tap pays (through shared code,
// with no iOS check on the way) and that a page shows, with no iOS
// condition, for virtual goods (the evidence componentPays reads at the
// use: current-balance="{{coins}}", a coin page) draws its own shelf: its
// pay button is reported in the component's template, where the shelf is
// decided, beside ios-virtual's finding at the page's element. A
// component the page shows only under a platform condition, or whose pay
// button its own template hides on iOS, is not reported.
func shelfInComponents(c *rule.ProjectContext, g *callgraph.Graph, gd *guards, reported map[string][]text.Span) {
	m := component.Build(c.Env)
	for _, comp := range m.Sorted() {
		su, tu := comp.Script, comp.Template
		if su == nil || tu == nil || tu.Template == nil || su.Script == nil {
			continue
		}
		starts := map[string]string{} // tap handler -> the way it pays
		f := su.Script
		for i := range f.Calls {
			if call := &f.Calls[i]; IsPayCall(call) && !call.IOSGuarded && call.Func != "" {
				starts[call.Func] = call.Func + " → " + call.Namespace + "." + call.API
			}
		}
		for i := 1; i < len(f.Funcs); i++ {
			n := f.Funcs[i].Name
			if n == "" || starts[n] != "" {
				continue
			}
			for _, h := range g.From(su.Path, n) {
				if IsPayCall(h.Call) && h.Cross() && !h.Call.IOSGuarded && !guardedOnWay(c.Units, h) {
					starts[n] = h.Words() + " → " + h.Call.Namespace + "." + h.Call.API
					break
				}
			}
		}
		if len(starts) == 0 {
			continue
		}
		what := ""
		for _, us := range m.Uses(comp.Base) {
			if useHiddenOnIOS(c, gd, us) {
				continue
			}
			if w, ok := useEvidence(c.Env, us); ok {
				what = w
				break
			}
		}
		if what == "" {
			continue
		}
		t := tu.Template
		anyCond := readsPlatform(f)
		for _, b := range t.Bindings {
			way := starts[b.Handler]
			if way == "" || !tapEvents[b.Event] || b.Elem < 0 || iosConditioned(t, b.Elem, anyCond, gd.flags(tu.Path)) {
				continue
			}
			runs := t.ElementText(b.Elem)
			if len(runs) == 0 {
				continue
			}
			// the first run: a button's other runs are often its busy
			// state (<text wx:else>支付中…</text>); up to the next tag, so
			// that the price it shows ({{plan.price}}) is part of it
			s := runs[0].Span
			if s.End <= len(tu.Text) {
				if i := strings.IndexAny(string(tu.Text[s.End:]), "<\n"); i >= 0 {
					s.End += i
				}
			}
			if overlaps(reported[tu.Path], s) {
				continue
			}
			reported[tu.Path] = append(reported[tu.Path], s)
			label := strings.TrimSpace(string(tu.Text[s.Start:s.End]))
			c.Report(tu.Path, s, rule.Msg{
				Zh: "“" + label + "”点击后经 " + way + " 购买虚拟商品（线索：使用这个组件的页面上的 " + what + "），这个入口在 iOS 上也会显示：虚拟商品的购买入口和价格在 iOS 端须隐藏，或改为“" + iosFallbackText + "”。",
				En: "\"" + label + "\" buys virtual goods when tapped (" + way + ", evidence where a page uses this component: " + what + ") and shows on iOS too: hide virtual-goods purchases and prices on iOS, or show \"" + iosFallbackText + "\".",
			})
		}
	}
}

func overlaps(list []text.Span, s text.Span) bool {
	for _, x := range list {
		if x.Start < s.End && s.Start < x.End {
			return true
		}
	}
	return false
}
