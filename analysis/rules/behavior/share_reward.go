package behavior

import (
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// checkShareReward is InducedShare's sentence half: a sentence users see
// that names sharing or inviting and a reward for it (lexicon
// share-reward: 邀请好友共享优惠, 好友领取后你将获得一张券, 分享商品即可获取
// 收益), reported at the action. Either word alone says nothing: a share
// button is fine, so is a coupon. Sentences that already hold an
// induced-share phrase are left to it (done).
func checkShareReward(c *rule.FileContext, done *[]text.Span) {
	type sentence struct {
		piece text.Span
		start int
	}
	action := map[sentence]content.LexHit{}
	reward := map[sentence]string{} // the sentence's first reward word
	var order []sentence
	for _, h := range content.VisibleHits(c.Lexicon, "share-reward", c.Unit) {
		k := sentence{h.Piece.Span, sentenceStart(h.Piece.Text, h.Start)}
		switch h.Sub {
		case "action":
			if _, ok := action[k]; !ok {
				action[k] = h
				order = append(order, k)
			}
		case "reward":
			if reward[k] == "" {
				reward[k] = h.Word
			}
		}
	}
	// A campaign's rules repeat one promise line by line (邀请好友注册可得红包;
	// 奖励红包随机，每成功邀请1人可得1次奖励): one finding per way of asking
	// (sharing, inviting) per file, at its first sentence.
	said := map[bool]bool{}
	for _, k := range order {
		h := action[k]
		sent := sentenceSpan(h)
		invite := !strings.HasPrefix(h.Word, "分享") && !strings.HasPrefix(h.Word, "转发")
		if reward[k] == "" || overlaps(sent, *done) || said[invite] {
			continue
		}
		*done = append(*done, sent)
		said[invite] = true
		c.Report(h.Span, rule.Msg{
			Zh: "这句话把" + quote(h.Text) + "和奖励（红包、券、现金、收益等）连在一起，属于利诱分享：请去掉分享/邀请所得的奖励，只保留普通的分享入口。",
			En: "This sentence ties \"" + h.Text + "\" to a reward (red packet, coupon, cash, earnings), which is induced sharing. Drop the reward for sharing or inviting; keep a plain share entry.",
		})
	}
}

// sentenceStart is the byte offset where the sentence holding s[at:]
// begins (after 。！？；!?; or a line break).
func sentenceStart(s string, at int) int {
	i := strings.LastIndexAny(s[:at], "。！？；!?;\n")
	if i < 0 {
		return 0
	}
	for j := i + 1; j <= at; j++ { // past the (multi-byte) separator
		if j == len(s) || s[j]&0xC0 != 0x80 {
			return j
		}
	}
	return at
}

// sentenceSpan is the sentence holding h, in file offsets.
func sentenceSpan(h content.LexHit) text.Span {
	start := h.Piece.Span.Start + sentenceStart(h.Piece.Text, h.Start)
	end := h.Piece.Span.End
	if i := strings.IndexAny(h.Piece.Text[h.End:], "。！？；!?;\n"); i >= 0 {
		end = h.Span.End + i
	}
	return text.Span{Start: start, End: end}
}

// checkShareTitle reads the title of the card a page shares (the object
// onShareAppMessage returns): a reward in it (最高 12 元红包，手快有) lures
// the forward and the friend's tap, WX §5.1.2–5.1.3.
func checkShareTitle(c *rule.FileContext, done []text.Span) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	region, ok := methodRegion(s.Methods, s.ConfigSpan, "onShareAppMessage")
	if !ok {
		return
	}
	for _, str := range s.Strings {
		if str.IsKey || str.Key != "title" || str.Span.Start < region.Start || str.Span.End > region.End || str.Span.End > len(c.Unit.Text) {
			continue
		}
		raw := string(c.Unit.Text[str.Span.Start:str.Span.End])
		for _, h := range c.Lexicon.Find("share-reward", raw) {
			sp := text.Span{Start: str.Span.Start + h.Start, End: str.Span.Start + h.End}
			if h.Sub != "reward" || overlaps(sp, done) {
				continue
			}
			c.Report(sp, shareTitleMsg(raw[h.Start:h.End]))
			return // one finding per page: the runs of one title, or its variants, are one card
		}
		if m := amountReward.FindStringIndex(raw); m != nil {
			sp := text.Span{Start: str.Span.Start + m[0], End: str.Span.Start + m[1]}
			if !overlaps(sp, done) {
				c.Report(sp, shareTitleMsg(raw[m[0]:m[1]]))
				return
			}
		}
	}
}

// amountReward: a verb of getting or giving, an amount and a thing of
// value (各得 10 枚星币, 送20金币, 领 5 元, 可得 100 积分). The lexicon's
// reward words name red packets and coupons; an app's own currency has a
// name of its own (寓言币, 星币, 金豆), so the amount and the 币 or the
// unit say it is something the user gets. Read only where sharing is
// already the act: a share button's label and the title of the card a
// page shares (签到可得 50 积分 on a page is no reward for sharing).
var amountReward = regexp.MustCompile(`(?:各得|可得|即得|均得|都得|获得|得到|得|赠送|赠|送|领取|领|赚|返)\s*[0-9０-９]+\s*(?:枚|个|颗|点|张|元|块)?\s*(?:\p{Han}{0,3}币|积分|金豆|钻石|现金|红包|元|块钱)`)

func shareTitleMsg(w string) rule.Msg {
	return rule.Msg{
		Zh: "分享卡片的标题用" + quote(w) + "吸引转发和点击，属于利诱分享：标题只写页面内容本身。",
		En: "The share card's title uses \"" + w + "\" to lure forwarding and taps, which is induced sharing. Title the card with what the page is.",
	}
}

// methodRegion approximates the source of a method: from its name to the
// next method or lifecycle name of the file, or the end of the config
// object.
func methodRegion(methods map[string]text.Span, config text.Span, name string) (text.Span, bool) {
	at, ok := methods[name]
	if !ok {
		return text.Span{}, false
	}
	end := config.End
	if end <= at.Start {
		end = int(^uint(0) >> 1)
	}
	starts := make([]int, 0, len(methods))
	for _, sp := range methods {
		starts = append(starts, sp.Start)
	}
	sort.Ints(starts)
	for _, st := range starts {
		if st > at.Start {
			if st < end {
				end = st
			}
			break
		}
	}
	return text.Span{Start: at.Start, End: end}, true
}

// shareTicketReward: the function that reads a share's group ticket
// (shareTicket: the user arrived from, or shared into, a group) also
// grants something (积分, 红包, points, reward …): sharing into groups is
// paid for, WX §5.1.2 and §5.1.4.
var shareTicketReward = regexp.MustCompile(`(?i)积分|红包|奖励|现金|券|\bpoints?\b|reward|coupon|bonus`)

// checkShareTicket reports a shareTicket read in a method whose body
// grants a reward.
func checkShareTicket(c *rule.FileContext) {
	s := c.Unit.Script
	if s == nil || !s.HasName("shareTicket") {
		return
	}
	src := c.Unit.Text
	names := make(map[string]text.Span, len(s.Methods)+len(s.Lifecycles))
	for k, v := range s.Methods {
		names[k] = v
	}
	for k, v := range s.Lifecycles {
		names[k] = v
	}
	done := map[string]bool{}
	for name := range names {
		r, _ := methodRegion(names, s.ConfigSpan, name)
		if r.End > len(src) || done[name] {
			continue
		}
		body := string(src[r.Start:r.End])
		at := strings.Index(body, "shareTicket")
		if at < 0 || inComment(s, r.Start+at) || !shareTicketReward.MatchString(stripComments(s, src, r)) {
			continue
		}
		done[name] = true
		sp := text.Span{Start: r.Start + at, End: r.Start + at + len("shareTicket")}
		c.Report(sp, rule.Msg{
			Zh: name + " 读取转发到群的 shareTicket，同时发放积分、红包或奖励：以奖励换取分享到群，属于利诱分享。请去掉分享所得的奖励。",
			En: name + " reads the group share's shareTicket and grants points, red packets or a reward: paying for shares into groups is induced sharing. Drop the reward for sharing.",
		})
	}
}

// stripComments is the source of r with its comments blanked.
func stripComments(s *script.Facts, src []byte, r text.Span) string {
	b := []byte(string(src[r.Start:r.End]))
	for _, cm := range s.Comments {
		for i := cm.Span.Start; i < cm.Span.End; i++ {
			if i >= r.Start && i < r.End {
				b[i-r.Start] = ' '
			}
		}
	}
	return string(b)
}
