package behavior

import (
	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/text"
)

// InducedShare: text that makes sharing or following a condition or a
// reward — 分享后解锁, 转发到群, 分享给好友即可, 邀请好友助力, 关注公众号后
// (WX §5.1.1–5.1.4) — and a share button (open-type="share") whose label
// promises a reward (红包, 现金, 领取, 奖品 …, or an amount of the app's
// own currency: 双方各得 10 枚星币, see amountReward), as does the title
// of the card a page shares (新朋友登录就送20枚星币).
//
// Judgment: bare 分享/转发/关注 never fire: a share button is fine, the
// condition or the reward attached to it is what WX §5.1 bans. Only text
// users see is read, so a handler named onShareUnlock or a class
// share-reward does not fire. A text that is nothing but the phrase
// (分享抽奖 as a badge on an order of that kind) asks the user for nothing:
// it is reported only as a control's label, or on a page that can be shared
// (open-type="share", onShareAppMessage, showShareMenu), where the phrase
// sits beside the way to do it; more words (分享抽奖赢手机) are an offer.
//
// Douyin too: its open platform's share norms name 诱导分享 — a page or
// pop-up that has users share the mini-program to earn commission or to
// get a service — and take the mini-program offline for it (抖音开放平台
// 分享能力使用规范). Its review FAQ, the only Douyin rulebook here, has no
// section on it, so a Douyin finding carries no citation (rule.CiteFor).
var InducedShare = &rule.Rule{
	ID: "behavior/induced-share",
	// WeChat's rule (WX §5.1), which QQ follows; Douyin's share norms ban
	// the same lure (see above).
	Platforms: []string{rule.WeChat, rule.QQ, rule.Douyin},
	Severity:  rule.Warning,
	Citation:  "WX §5.1.1–5.1.4",
	Title:     rule.Msg{Zh: "诱导分享或关注", En: "Induced sharing or following"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字把分享、转发、关注作为继续使用的条件或获得奖励的方式（“分享后解锁”“转发到群”“邀请好友助力”“关注公众号后领取”），或分享按钮的文案带有奖励（“分享领红包”）。",
			En: "Visible text makes sharing, forwarding or following a condition to continue or a way to earn a reward (分享后解锁, 转发到群, 邀请好友助力, 关注公众号后领取), or a share button's label promises a reward (分享领红包)."},
		Why: rule.Msg{Zh: "微信禁止诱导分享、诱导关注：不得要求分享或关注后才可操作，不得以奖励利诱分享，不得用夸张言语胁迫分享（运营规范 §5.1.1–§5.1.4）。抖音开放平台的分享能力使用规范同样把“引导用户分享小程序赚佣金或获取某种服务的页面或弹窗”列为诱导分享，一经发现强制小程序下线。",
			En: "WeChat forbids induced sharing and following: no share-to-continue, no reward for sharing, no pressure to share (WX §5.1.1–§5.1.4). Douyin's open-platform share norms likewise name a page or pop-up that has users share the mini-program to earn commission or get a service as induced sharing, and take the mini-program offline for it."},
		Wrong:   `<button open-type="share" class="share-btn">分享给好友即可解锁全文</button>`,
		Right:   `<button open-type="share" class="share-btn">分享给好友</button>`,
		Excerpt: "5.1.1 强制用户分享或关注：分享或关注后才能继续下一步操作……5.1.2 利诱用户分享或关注：分享或关注后对用户有奖励……（微信小程序平台运营规范 §5.1）",
	},
	Check:        checkInducedShare,
	CheckProject: checkBareShareLabels,
}

func checkInducedShare(c *rule.FileContext) {
	var done, bare []text.Span
	for _, h := range content.VisibleHits(c.Lexicon, "induced-share", c.Unit) {
		if bareLabel(c.Unit, h) {
			bare = append(bare, h.Span)
			continue // the project half asks whether the page can be shared
		}
		done = append(done, h.Span)
		c.Report(h.Span, inducedMsg(h.Text))
	}
	checkShareTitle(c, done)
	checkShareTicket(c)
	checkShareButtons(c, &done)
	// A bare phrase (分享有礼 as a tappable label) is the project half's to
	// judge: its sentence is not reported a second time as a reward
	// sentence, nor on a page that offers no way to share.
	done = append(done, bare...)
	checkShareReward(c, &done)
}

// checkShareButtons reports a share button whose label offers a reward.
func checkShareButtons(c *rule.FileContext, done *[]text.Span) {
	t := c.Unit.Template
	if t == nil {
		return
	}
	for i := range t.Elements {
		if !hasOpenType(&t.Elements[i], "share") {
			continue
		}
		for _, r := range labelRuns(t, i) {
			for _, h := range c.Lexicon.Find("contact-bait", r.Text) {
				s := text.Span{Start: r.Span.Start + h.Start, End: r.Span.Start + h.End}
				if overlaps(s, *done) {
					continue
				}
				*done = append(*done, s)
				w := r.Text[h.Start:h.End]
				reportShareButton(c, s, w)
			}
			// an amount of something of value the tap earns (双方各得 10 枚
			// 星币, 送 5 元): the button is the share, so the amount is its reward
			for _, m := range amountReward.FindAllStringIndex(r.Text, -1) {
				s := text.Span{Start: r.Span.Start + m[0], End: r.Span.Start + m[1]}
				if overlaps(s, *done) {
					continue
				}
				*done = append(*done, s)
				reportShareButton(c, s, r.Text[m[0]:m[1]])
			}
		}
	}
}

func reportShareButton(c *rule.FileContext, s text.Span, w string) {
	c.Report(s, rule.Msg{
		Zh: "分享按钮的文案用" + quote(w) + "作为奖励，属于利诱分享：分享按钮只写“分享”“转发给好友”。",
		En: "The share button's label offers \"" + w + "\" as a reward, which is induced sharing. Label it plainly, e.g. 分享 or 转发给好友.",
	})
}
