package behavior

import (
	"bytes"
	"path"
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
	"mpls/analysis/rules/content"
	"mpls/analysis/rules/payment"
	"mpls/analysis/text"
)

// MultiLevelDistribution: a distribution programme with tiers below the
// user (三级分销, 间推, a 一级/二级/三级 team with commission), team-based pay,
// or a fee to become a distributor or team leader (WX §5.9; on Douyin a paid
// downline is 传销, illegal under DY §3.4.4.5).
//
// Judgment: one level is ordinary affiliate selling (分享商品，好友购买后得佣金)
// and is not reported; nor is becoming a distributor by applying or by
// ordinary shopping. Reported are the words of the lexicon category
// "multi-level", a page that lists a team in three tiers (一级, 二级, 三级 —
// also as a template default like {{ name || "三级" }}) where the page speaks
// of a team, commission or promotion, and becoming a distributor, team
// leader, partner or agent for a payment written beside it (支付 99 元成为团长)
// or made when its button is tapped (through a pay() helper in another
// file: the project call graph). An amount the status brings (成为店主即送
// 100 元购物券, 每单赚 5 元) is a reward, not a fee: becoming it is free.
var MultiLevelDistribution = &rule.Rule{
	ID:       "behavior/multi-level-distribution",
	Severity: rule.Warning,
	Citation: "WX §5.9, DY §3.4.4.5",
	Title:    rule.Msg{Zh: "多级分销（三级分销、间推团队、付费成为分销商）", En: "Multi-level distribution (tiers of downline, paid distributor status)"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "页面展示多级分销：“三级分销”“间推”“下下级”“团队计酬”，按一级/二级/三级列出的推广团队及其佣金，或付费才能成为分销商、团长、合伙人、代理（写明价格，或点击按钮后经支付代码付款）。只推广一级（分享商品、好友下单得佣金）不报告。",
			En: "A page shows multi-level distribution: 三级分销, 间推 (indirect referrals), 下下级, 团队计酬, a promotion team listed in tiers 一级/二级/三级 with commission, or a payment to become a distributor, team leader, partner or agent (a price written beside it, or a button whose tap reaches a payment). One level (share a product, earn on that sale) is not reported."},
		Why: rule.Msg{Zh: "不得通过小程序实施多级分销欺诈行为，发布分销信息诱导用户添加、分享或直接参与（运营规范 §5.9）；按下线层级计酬、收取入门费属于《禁止传销条例》所禁止的传销，抖音按违法违规内容驳回（审核常见问题 §3.4.4.5）。",
			En: "A mini-program must not run multi-level distribution or publish distribution offers that draw users to join, add or share (WX §5.9); pay by tiers of downline and an entry fee are pyramid selling, illegal in China, which Douyin rejects as illegal content (DY §3.4.4.5)."},
		Wrong: `<view class="tabs"><view>一级成员</view><view>二级成员</view><view>三级成员</view></view>
<view>间推奖励：好友邀请的人下单，你也得佣金</view>
<button bindtap="payJoin">支付 199 元成为团长</button>`,
		Right: `<view>分享商品给好友，好友购买后你可获得该笔订单的推广佣金</view>
<button bindtap="apply">申请成为推广员</button>`,
		Excerpt: "5.9 不得通过微信小程序实施多级分销欺诈行为，发布分销信息诱导用户进行添加、分享或直接参与。（微信小程序平台运营规范 §5.9）",
	},
	Check:        checkMultiLevel,
	CheckProject: checkTierTeams,
}

func checkMultiLevel(c *rule.FileContext) {
	reported := map[text.Span]bool{}
	for _, h := range content.VisibleHits(c.Lexicon, "multi-level", c.Unit) {
		if reported[h.Piece.Span] {
			continue
		}
		reported[h.Piece.Span] = true
		c.Report(h.Span, rule.Msg{
			Zh: quote(h.Text) + "是多级分销：用户从并非自己直接邀请的人的消费或拉新中获利。请只保留一级推广（分享商品、好友购买得佣金）。",
			En: "\"" + h.Text + "\" is multi-level distribution: users earn from people they did not bring in themselves. Keep to one level (share a product, earn on that sale).",
		})
	}
	for _, p := range content.VisibleText(c.Unit) {
		if reported[p.Span] {
			continue
		}
		if m := paidStatus(p.Text); m != nil {
			reported[p.Span] = true
			s := text.Span{Start: p.Span.Start + m[0], End: p.Span.Start + m[1]}
			c.Report(s, rule.Msg{
				Zh: quote(p.Text[m[0]:m[1]]) + "要付费才能成为分销商、团长或代理：收取入门费发展下线属于多级分销。请取消付费门槛，或不再以身份售卖推广资格。",
				En: "\"" + p.Text[m[0]:m[1]] + "\" sells distributor, team-leader or agent status: an entry fee to build a downline is multi-level distribution. Drop the fee, or stop selling the right to promote.",
			})
		}
	}
}

// checkTierTeams is the project half: a page's title (its JSON) may be what
// says the tiers are a team.
func checkTierTeams(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p, u := range c.Units {
		if u.Template != nil {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	g := callgraph.For(c.Env)
	for _, p := range paths {
		paidButtons(c, g, p)
		if s, ok := tierTeam(c.Units, c.Units[p]); ok {
			c.Report(p, s, rule.Msg{
				Zh: "页面按一级、二级、三级列出用户的推广团队：三级分销让用户从下线的下线获利。请只保留一级（用户直接邀请的人）。",
				En: "The page lists the user's promotion team in three tiers: three-level distribution pays users for their downline's downline. Keep to one level (the people the user invited).",
			})
		}
	}
}

// paidButtons reports a control labelled with a distributor's status
// (成为城市合伙人) whose tap reaches a payment, in the page or through a
// helper in another file: the label says what is bought, the helper pays.
// A label that writes its price is the file half's.
func paidButtons(c *rule.ProjectContext, g *callgraph.Graph, p string) {
	u := c.Units[p]
	t := u.Template
	base := strings.TrimSuffix(p, path.Ext(p))
	sp := ""
	for _, ext := range []string{".js", ".ts"} {
		if su := c.Units[base+ext]; su != nil && su.Script != nil {
			sp = base + ext
		}
	}
	if sp == "" || !namesStatus(u.Text) {
		return
	}
	for _, b := range t.Bindings {
		if b.Handler == "" || b.Event != "tap" || b.Elem < 0 {
			continue
		}
		var label string
		var at text.Span
		for _, r := range labelRuns(t, b.Elem) {
			if m := statusRe.FindStringIndex(r.Text); m != nil && at.End == 0 {
				at = text.Span{Start: r.Span.Start + m[0], End: r.Span.Start + m[1]}
			}
			label += r.Text
		}
		if at.End == 0 || shoppingRe.MatchString(label) || paidStatus(label) != nil {
			continue
		}
		for _, h := range g.From(sp, b.Handler) {
			if payment.IsPayCall(h.Call) {
				c.Report(p, at, rule.Msg{
					Zh: quote(string(u.Text[at.Start:at.End])) + "的按钮会发起支付（" + h.Words() + "）：付费成为分销商、团长或代理属于收取入门费发展下线的多级分销。请取消付费门槛。",
					En: "The \"" + string(u.Text[at.Start:at.End]) + "\" button starts a payment (" + h.Words() + "): paying to become a distributor, team leader or agent is an entry fee to build a downline, multi-level distribution. Drop the fee.",
				})
				break
			}
		}
	}
}

// statusNouns are the nouns statusRe ends with: a template that has none
// has no status button, and the per-button pattern is not run.
var statusNouns = [][]byte{[]byte("分销"), []byte("推广"), []byte("团长"), []byte("合伙人"), []byte("代理"), []byte("会长"), []byte("店主"), []byte("股东")}

func namesStatus(src []byte) bool {
	for _, n := range statusNouns {
		if bytes.Contains(src, n) {
			return true
		}
	}
	return false
}

// statusRe names a status that lets a user recruit or sell for commission.
var statusRe = regexp.MustCompile(`(?:成为|升级为?|开通|购买|加入)(?:[^，。！？,!?]{0,6})?(?:分销商|分销员|推广员|推广大使|团长|合伙人|代理商|代理|会长|店主|股东)`)

// feeRe is a payment for it written in the same sentence.
var feeRe = regexp.MustCompile(`支付|缴纳|交纳|付费|入门费|加盟费|入会费|礼包|[¥￥]\s*\d|\d+(?:\.\d+)?\s*元`)

// shoppingRe: the status is earned by ordinary shopping (消费满 100 元成为推广员),
// not bought; or the words are a group buy's (开团成为团长，团长免单) or an
// agent's price (代理价), not a distributor's status.
var shoppingRe = regexp.MustCompile(`消费满|购物满|累计消费|消费金额|下单满|任意商品|购买任意|拼团|开团|参团|成团|免单|代理价|代理商品|代理品牌`)

// paidStatus returns the byte range of the status when piece t sells it.
func paidStatus(t string) []int {
	for _, sent := range sentences(t) {
		st := t[sent[0]:sent[1]]
		m := statusRe.FindStringIndex(st)
		if m == nil || !hasFee(st) || shoppingRe.MatchString(st) {
			continue
		}
		return []int{sent[0] + m[0], sent[0] + m[1]}
	}
	return nil
}

// rewardBefore: the amount is what the user gets (成为店主，即送 100 元券;
// 每单赚 5 元), not what they pay: a reward word opens its clause.
var rewardBefore = regexp.MustCompile(`送|赠|获得|可得|得到|立得|即得|奖励|返|领|赚|佣金|收益|补贴|红包`)

// rewardAfter: the amount is a coupon's or a red packet's face value (100元优惠券).
var rewardAfter = regexp.MustCompile(`^\s*(?:[\p{Han}]{0,4}券|红包|现金奖励)`)

// hasFee reports whether sentence s asks a payment: a fee word that is no
// reward the status brings (申请成为店主，即送 100 元购物券 is free).
func hasFee(s string) bool {
	for _, m := range feeRe.FindAllStringIndex(s, -1) {
		clause := s[:m[0]]
		if i := strings.LastIndexAny(clause, "，,、："); i >= 0 {
			clause = clause[i:]
		}
		if rewardBefore.MatchString(clause) || rewardAfter.MatchString(s[m[1]:]) {
			continue
		}
		return true
	}
	return false
}

// sentences splits t at sentence ends, as byte ranges.
func sentences(t string) [][2]int {
	var out [][2]int
	start := 0
	for i, r := range t {
		if strings.ContainsRune("。！？；!?;\n", r) {
			out = append(out, [2]int{start, i})
			start = i + len(string(r))
		}
	}
	return append(out, [2]int{start, len(t)})
}

// tierRe is a tier label of a team: 三级, 三级成员, 三级团队 (a count may follow).
var tierRe = regexp.MustCompile(`^\s*([一二三])级(?:团队|成员|下级|好友|会员|分销商|推广员|粉丝)?\s*(?:[(（]?\s*\d*\s*[)）]?)\s*$`)

// teamWords say the tiers are people the user brought in and earns from.
var teamWords = []string{"团队", "分销", "佣金", "推广", "下级", "下线", "邀请"}

// stringLit finds string literals in a {{ }} expression.
var stringLit = regexp.MustCompile(`"([^"\\]*)"|'([^'\\]*)'`)

// tierTeam finds a template listing 一级, 二级 and 三级 on a page about a
// team, commission or promotion; it returns where 三级 is.
func tierTeam(units map[string]*rule.Unit, u *rule.Unit) (text.Span, bool) {
	t := u.Template
	if t == nil || !bytes.Contains(u.Text, []byte("三级")) {
		return text.Span{}, false // no third tier written: nothing to find
	}
	var tiers [3]bool
	var third text.Span
	context := false
	note := func(s string, sp text.Span) {
		if m := tierRe.FindStringSubmatch(s); m != nil {
			i := strings.Index("一二三", m[1]) / len("一")
			tiers[i] = true
			if i == 2 && third.End == 0 {
				third = sp
			}
		}
		for _, w := range teamWords {
			if strings.Contains(s, w) {
				context = true
			}
		}
	}
	for _, p := range u.Visible() {
		note(p.Text, p.Span)
	}
	for _, in := range t.Interps {
		for _, m := range stringLit.FindAllStringSubmatchIndex(in.Expr, -1) {
			a, b := m[2], m[3]
			if a < 0 {
				a, b = m[4], m[5]
			}
			note(in.Expr[a:b], text.Span{Start: in.ExprSpan.Start + a, End: in.ExprSpan.Start + b})
		}
	}
	if !tiers[0] || !tiers[1] || !tiers[2] {
		return text.Span{}, false
	}
	if !context {
		// the page's title: 我的团队
		base := strings.TrimSuffix(u.Path, path.Ext(u.Path))
		if j := units[base+".json"]; j != nil {
			for _, p := range j.Visible() {
				note(p.Text, p.Span)
			}
		}
	}
	return third, context
}
