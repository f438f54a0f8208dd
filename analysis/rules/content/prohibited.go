package content

import (
	"strings"

	"mpls/analysis/rule"
)

// Prohibited: words of trades and content the platforms do not admit
// (data/prohibited.txt, one sub-category per kind: gambling, lottery,
// finance, medical, fortune-telling, tobacco, POS机, 代练, 黄牛代排,
// 高仿, 去水印, 破解版, 刷粉, 网赚, 假证/代考, 宠物托运, 黄金回收, vulgar,
// 小产权/认筹, 盲盒交友, PUA, other illegal services). Each finding names
// one category and the section that bans it.
//
// Judgment — which categories apply where:
//   - Douyin: every category (DY §2 lists them as 禁入 types, DY §3 as
//     违规内容).
//   - WeChat and the other platforms: only what the law itself prohibits
//     (WX §6.1): gambling, lottery, fortune-telling (封建迷信, §6.1.3),
//     vulgar content (§6.1.5), fake engagement (§5.2), counterfeits and
//     cracked software (§6.1.9 intellectual property), fake documents,
//     tobacco sales, 小产权/认筹 and the other illegal services (§6.1.11).
//     Finance, medical, POS, 代练, 黄牛, 去水印, pets, luxury recycling,
//     盲盒交友, PUA and 网赚 are Douyin's platform bans: WeChat admits
//     them with the category's qualifications, so they are not reported
//     there.
//   - A word in a sentence that forbids or warns against it (严禁发布色情内容,
//     谨防网贷诈骗) is not reported in any profile; in the recommended
//     profile, neither is one on an agreement or policy page, which lists
//     what users must not post.
//   - 放款 that pays the user out — a withdrawal (提现), commission,
//     refund or earnings — is not lending: 提现成功，审核后予以放款 is
//     reported in no profile. Its message and the file's other visible
//     text decide: one of them speaks of a payout, and no loan word (借款,
//     贷款, 利息, 分期, 还款) stands in any of them.
//   - In a mini-game, gambling words are game/gambling's (WX 小游戏
//     §2.5.1); this rule leaves them out to report each word once.
var Prohibited = &rule.Rule{
	ID:       "content/prohibited",
	Severity: rule.Warning,
	Citation: "DY §2–3, WX §6.1",
	Title:    rule.Msg{Zh: "出现平台禁止的内容或禁入类目", En: "Prohibited content or trade"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字里出现平台不接入或法律禁止的内容：赌博、彩票、网贷/比特币/区块链/数字藏品、医疗、算命风水、电子烟、POS机、代练、黄牛代排、高仿、去水印、破解版、刷粉、网赚、假证代考、宠物托运、黄金回收、低俗色情、小产权/认筹、盲盒交友等。每条提示只说一个类别，并引用对应条款。微信项目只报告法律禁止的类别。",
			En: "Visible text names content the platform does not admit or the law prohibits: gambling, lottery, online lending/bitcoin/blockchain/digital collectibles, medical services, fortune-telling, e-cigarettes, POS machines, game boosting, scalping, counterfeits, watermark removal, cracked software, fake followers, online earning schemes, fake certificates, pet shipping, luxury recycling, vulgar content, unlicensed property, blind-box dating … One category per message, with its section. WeChat projects get the legally prohibited categories only."},
		Why: rule.Msg{Zh: "抖音对这些类型“暂不接入”（审核常见问题 §2、§3），微信禁止传播法律法规禁止的信息（运营规范 §6.1）；审核看到即驳回，甚至下架。",
			En: "Douyin does not admit these types at all (DY §2, §3), and WeChat forbids content the law prohibits (WX §6.1); reviewers reject on sight and may take the mini-program down."},
		Profiles: rule.Msg{
			Zh: "两种模式都不报告禁止或提醒这些内容的句子（严禁发布色情内容、谨防网贷诈骗）。推荐（默认）：也不报告用户协议、隐私政策、社区规范等长文页面里列出的禁止内容。严格：协议与政策页面里的词也报告。",
			En: "Neither profile reports a sentence that forbids or warns against the content (严禁发布色情内容, 谨防网贷诈骗). recommended (default): nor the banned content an agreement, policy or code of conduct page lists. strict: words on agreement and policy pages are reported too.",
		},
		Wrong:   `<text class="tag">正品电子烟 · 支持货到付款</text>`,
		Right:   `<text class="tag">正品茶具 · 支持货到付款</text>`,
		Excerpt: "小程序内禁止出现网上售卖烟草服务，如普通香烟，电子烟，茶烟等任何烟草类产品……（抖音 版本审核常见问题 §3.4.3.1）；微信小程序不得发布、传送、传播、储存国家法律法规禁止的以下信息内容……6.1.6 包含赌博、竞猜和抽奖信息的。（微信小程序平台运营规范 §6.1）",
	},
	Check: checkProhibited,
}

// prohibitedKind names each sub-category of data/prohibited.txt and, for
// the ones the law prohibits everywhere, the WeChat section (wx != "").
var prohibitedKind = map[string]struct {
	zh, en string
	wx     string // WeChat citation; "" = a Douyin platform ban only
}{
	"gambling":         {"赌博", "gambling", "WX §6.1.6"},
	"lottery":          {"彩票", "lottery", "WX §6.1.6"},
	"finance":          {"金融（网贷、比特币、区块链、数字藏品、股票基金）", "finance (online lending, crypto, blockchain, digital collectibles, stocks)", ""},
	"medical":          {"医疗、药品与“丰减增壮性”", "medical services and \"miracle\" health products", ""},
	"fortune":          {"封建迷信（算命、风水、解梦、冥婚）", "fortune-telling and superstition", "WX §6.1.3"},
	"tobacco":          {"烟草（含电子烟）", "tobacco (e-cigarettes included)", "WX §6.1.11"},
	"pos":              {"POS 机", "POS machines", ""},
	"boosting":         {"游戏代练", "game boosting", ""},
	"scalping":         {"黄牛代排", "scalping and queueing for pay", ""},
	"counterfeit":      {"高仿精仿", "counterfeits", "WX §6.1.9"},
	"watermark":        {"去水印工具", "watermark removal", ""},
	"cracked":          {"破解版与盗版资源", "cracked and pirated software", "WX §6.1.9"},
	"fake-engagement":  {"刷粉买赞刷单", "fake followers, likes and orders", "WX §5.2"},
	"online-earning":   {"网赚", "online earning schemes", ""},
	"fake-docs":        {"假证代考与伪造文书", "fake certificates, proxy exams and forged documents", "WX §6.1.11"},
	"pets":             {"宠物托运与有偿领养", "pet shipping and paid adoption", ""},
	"luxury-recycling": {"高价值奢侈品回收售卖", "luxury goods recycling and trade", ""},
	"vulgar":           {"色情低俗", "sexual and vulgar content", "WX §6.1.5"},
	"property":         {"小产权房与认筹", "unlicensed property and pre-sale deposits", "WX §6.1.11"},
	"blind-box-dating": {"盲盒交友", "blind-box dating", ""},
	"pua":              {"PUA 与情感挽回", "PUA and relationship-recovery services", ""},
	"illegal":          {"违法服务", "illegal services", "WX §6.1.11"},
	"":                 {"禁止内容", "prohibited content", "WX §6.1"},
}

// whitelisted categories are admitted once whitelisted (DY §2.1.1: 非白名单
// 医疗类、金融类); the others are banned outright.
var whitelisted = map[string]bool{"finance": true, "medical": true, "lottery": true}

func checkProhibited(c *rule.FileContext) {
	douyin := c.Platform == rule.Douyin
	game := c.Project != nil && c.Project.IsGame
	for _, h := range VisibleHits(c.Lexicon, "prohibited", c.Unit) {
		kind, known := prohibitedKind[h.Sub]
		if !known {
			kind = prohibitedKind[""]
		}
		if game && h.Sub == "gambling" {
			continue // game/gambling reports it
		}
		if forbids(h) {
			continue // 严禁发布色情内容: the text bans it, in every profile
		}
		if h.Sub == "finance" && payout(h, c.Unit) {
			continue // 提现成功，审核后放款: paying the user out, not a loan
		}
		if !c.Env.Strict && h.Place == PlaceDocument {
			continue // an agreement or policy lists what users must not post
		}
		var cite string
		if douyin {
			cite = c.Lexicon.CitationFor("prohibited", h.Sub)
		} else {
			if known && kind.wx == "" {
				continue // a Douyin platform ban: WeChat admits it with qualifications
			}
			cite = kind.wx
		}
		w := h.Text
		todo := rule.Msg{Zh: "请删除相关内容。", En: "Remove it."}
		if whitelisted[h.Sub] {
			todo = rule.Msg{Zh: "请删除；若确需提供，须先取得该类目的资质并被平台白名单引入。", En: "Remove it; offering it needs the category's qualifications and the platform's whitelisting first."}
		}
		c.ReportCite(cite, h.Span, rule.Msg{
			Zh: quote(w) + "属于平台禁止的" + kind.zh + "内容，审核会驳回：" + todo.Zh,
			En: "\"" + w + "\" is " + kind.en + " content, which the platform prohibits; reviewers reject it. " + todo.En,
		})
	}
}

// forbidWords in a hit's sentence make it a ban, not the content itself:
// 严禁发布色情内容, 不得传播赌博信息, 散布色情或其他违反法律的信息, and
// the confirmation before posting that the post holds none of it
// (请确认投稿内容中不包含暴力、色情等信息).
var forbidWords = []string{"禁止", "严禁", "不得", "不准", "不允许", "请勿", "切勿", "杜绝", "抵制", "打击", "违反", "违法", "违规", "非法", "举报", "谨防", "警惕", "远离", "拒绝", "不包含", "不含有", "不涉及"}

// forbids reports whether the hit's sentence forbids or warns against it.
func forbids(h LexHit) bool {
	sent := h.Before() + h.After()
	for _, w := range forbidWords {
		if strings.Contains(sent, w) {
			return true
		}
	}
	return false
}

// payoutWords are the finance entries that also name paying the user:
// 放款 is a lender's word, and as much a platform's for paying out a
// withdrawal.
var payoutWords = map[string]bool{"放款": true}

// payoutContext says the money goes to the user: a withdrawal, a
// commission, a refund, earnings. Not 到账 or 打款: a lender says them
// too (极速放款，当天到账).
var payoutContext = []string{"提现", "佣金", "返佣", "分佣", "退款", "退还", "收益", "分成", "提成", "返现", "奖励金", "奖金", "赏金", "稿费", "报酬", "工资", "薪资", "结算", "零钱"}

// loanContext says the money is lent: it keeps 放款 a loan whatever else
// the text says.
var loanContext = []string{"借款", "借贷", "借钱", "贷款", "网贷", "放贷", "信贷", "利息", "计息", "利率", "年化", "日息", "分期", "还款", "授信", "征信", "额度申请", "申请额度", "下款", "周转"}

// payout reports whether a hit of a payout word pays the user out rather
// than lends: its message (提现成功！工作人员审核后予以放款) or the file's
// other visible text speaks of a payout, and neither of a loan.
func payout(h LexHit, u *rule.Unit) bool {
	if !payoutWords[h.Word] {
		return false
	}
	found := says(h.Piece.Text)
	if found == "loan" {
		return false
	}
	for _, p := range u.Visible() {
		switch says(p.Text) {
		case "loan":
			return false
		case "payout":
			found = "payout"
		}
	}
	return found == "payout"
}

// says tells a loan ("loan") from a payout ("payout") in s, or "".
func says(s string) string {
	for _, w := range loanContext {
		if strings.Contains(s, w) {
			return "loan"
		}
	}
	for _, w := range payoutContext {
		if strings.Contains(s, w) {
			return "payout"
		}
	}
	return ""
}
