package content

import (
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/rules/pagedata"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// FakeSocialProof: a "recent buyers / recent winners" ticker whose entries
// are written in the code — 张**刚刚购买了年卡, 138****1234 抽中 iPhone —
// shows users activity that never happened (WX §6.1.7 虚假宣传、虚假活动;
// DY §2.2.2.1 夸大营销).
//
// What fires: in a script, an entry made up in a function that draws
// random numbers (a random masked phone + '刚刚抢到了'); an array literal with three or more entries
// that each say someone did something (bought, won, claimed, withdrew …)
// and name that someone masked (张**, 138****1234) or say when (刚刚, 3
// 分钟前), unless the same name is also given a value from elsewhere (a
// request's result: the literal is then a placeholder); in a template, such
// an entry written as text.
//
// Judgment: a template that fills {{item.name}} 刚刚购买了 {{item.goods}} from
// data is real activity, and so is a list a request fills; a single sample
// line in a script is not a ticker.
var FakeSocialProof = &rule.Rule{
	ID:       "content/fake-social-proof",
	Severity: rule.Warning,
	Citation: "WX §6.1.7, DY §2.2.2.1",
	Title:    rule.Msg{Zh: "写死在代码里的“最近购买/中奖”滚动名单（虚假宣传）", En: "Hard-coded \"recent buyers / winners\" ticker (fabricated social proof)"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "“某某刚刚购买了”“恭喜 138****1234 抽中”这类滚动名单的数据直接写在代码里（脚本里的数组或模板里的文字），而不是从服务器取得的真实记录。",
			En: "A ticker of 某某刚刚购买了 / 恭喜 138****1234 抽中 entries is written in the code (an array in the script, or text in the template) rather than loaded from real records."},
		Why: rule.Msg{Zh: "写死的购买、中奖记录是虚假宣传、虚假活动（运营规范 §6.1.7），抖音按夸大营销驳回（审核常见问题 §2.2.2.1）。",
			En: "Hard-coded purchases and wins are false advertising and fake activity (WX §6.1.7); Douyin rejects them as exaggerated marketing (DY §2.2.2.1)."},
		Wrong: `data: {
  buyers: ['张**刚刚购买了年卡', '李**3分钟前购买了月卡', '王**刚刚购买了季卡']
}`,
		Right: `onLoad() {
  wx.request({ url: API + '/orders/recent', success: (res) => this.setData({ buyers: res.data }) })
}`,
		Excerpt: "6.1.7 含有虚假、欺诈或冒充类内容，包括但不限于虚假红包、虚假活动、虚假宣传，仿冒腾讯官方或他人业务，可能造成微信用户混淆。（微信小程序平台运营规范 §6.1.7）",
	},
	Check: checkFakeSocialProof,
}

var (
	// someone did something users would want too
	activityRe = regexp.MustCompile(`购买|下单|抢到|抢购|拼团成功|中奖|抽中|获得|领取|领到|赢得|兑换|提现|开通|砍价成功|助力成功`)
	// when: a ticker says how recent
	recentRe = regexp.MustCompile(`刚刚|刚才|\d+\s*(?:秒|分钟|小时)前|[一二三四五六七八九十几]+(?:秒|分钟|小时)前`)
	// who, masked: 张**, 李*明, 138****1234, u***
	maskedRe = regexp.MustCompile(`\p{Han}\*{1,3}|[A-Za-z0-9]\*{2,}|\d{3}\*{4}\d{4}`)
)

type proofEntry struct{ rec, lit text.Span }

func checkFakeSocialProof(c *rule.FileContext) {
	u := c.Unit
	if s := u.Script; s != nil {
		src := string(u.Text)
		groups := map[int][]proofEntry{}
		randomReported := map[text.Span]bool{}
		var order []int
		for _, lit := range s.Strings {
			if lit.IsKey || lit.Span.Start < 0 || lit.Span.End > len(src) {
				continue
			}
			// each string of an entry says one of the three on its own
			// ('张**', '刚刚购买了'): the rest cannot be part of one
			if !maybeEntry(lit.Value) || !activityRe.MatchString(lit.Value) && !maskedRe.MatchString(lit.Value) && !recentRe.MatchString(lit.Value) {
				continue
			}
			rec, recSpan := record(src, s, lit)
			if !activityRe.MatchString(rec) || !(maskedRe.MatchString(rec) || recentRe.MatchString(rec)) {
				continue
			}
			if b, ok := randomBody(src, s, lit.Span); ok {
				if !randomReported[b] {
					randomReported[b] = true
					c.Report(lit.Span, rule.Msg{
						Zh: "“最近购买/中奖”记录由随机数拼出来：这是虚假宣传。请改为展示服务器返回的真实记录，或去掉。",
						En: "The \"recent buyers / winners\" entries are made up from random numbers: fabricated social proof. Show real records from your server, or drop them.",
					})
				}
				continue
			}
			open := enclosingBracket(src, recSpan.Start)
			if open < 0 {
				continue
			}
			g := groups[open]
			if len(g) > 0 && g[len(g)-1].rec == recSpan {
				continue // another string of the same record
			}
			if len(g) == 0 {
				order = append(order, open)
			}
			groups[open] = append(g, proofEntry{recSpan, lit.Span})
		}
		for _, open := range order {
			g := groups[open]
			if len(g) < 3 || loadedElsewhere(src, open) {
				continue
			}
			c.Report(g[0].lit, rule.Msg{
				Zh: "“最近购买/中奖”名单写死在代码里：这是虚假宣传。请改为展示服务器返回的真实记录，或去掉名单。",
				En: "The \"recent buyers / winners\" list is written in the code: fabricated social proof. Show real records from your server, or drop the list.",
			})
		}
	}
	if u.Template != nil {
		for _, p := range u.Visible() {
			if maskedRe.MatchString(p.Text) && activityRe.MatchString(p.Text) {
				c.Report(p.Span, rule.Msg{
					Zh: "“" + strings.TrimSpace(p.Text) + "”是写死在页面里的购买/中奖记录：这是虚假宣传。请展示真实记录，或删除。",
					En: "\"" + strings.TrimSpace(p.Text) + "\" is a purchase or win written into the page: fabricated social proof. Show real records, or remove it.",
				})
			}
		}
	}
}

// maybeEntry is the cheap test before the three patterns: each needs a
// Chinese character or a '*', and most strings of a script are ASCII
// (keys, paths, URLs).
func maybeEntry(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 || v[i] == '*' {
			return true
		}
	}
	return false
}

// randomBody returns the innermost function holding sp when it draws
// random numbers (Math.random): the entry is made up on the spot.
func randomBody(src string, s *script.Facts, sp text.Span) (text.Span, bool) {
	var best text.Span
	for _, b := range s.Bodies {
		if b.Start <= sp.Start && sp.End <= b.End && (best.End == 0 || b.Len() < best.Len()) {
			best = b
		}
	}
	if best.End == 0 || best.End > len(src) {
		return best, false
	}
	return best, strings.Contains(src[best.Start:best.End], "Math.random")
}

// record is the text of lit's entry and where it is: the string values of
// the small object literal around it ({name: '张**', action: '刚刚购买了'}),
// or lit alone.
func record(src string, s *script.Facts, lit script.StringLit) (string, text.Span) {
	open := enclosing(src, lit.Span.Start-1, '{')
	if open < 0 {
		return lit.Value, lit.Span
	}
	end := pagedata.MatchBrace(src, open)
	if end < 0 || end-open > 400 {
		return lit.Value, lit.Span
	}
	var b strings.Builder
	// s.Strings are in source order: start at the first one after open
	i := sort.Search(len(s.Strings), func(i int) bool { return s.Strings[i].Span.Start > open })
	for _, l := range s.Strings[i:] {
		if l.Span.Start >= end {
			break
		}
		if !l.IsKey && l.Span.End < end {
			b.WriteString(l.Value)
			b.WriteByte(' ')
		}
	}
	return b.String(), text.Span{Start: open, End: end}
}

// enclosingBracket is where the array literal directly holding pos opens,
// or -1.
func enclosingBracket(src string, pos int) int { return enclosing(src, pos-1, '[') }

// enclosing scans back from i for the bracket that opens the construct
// holding i; it returns its offset when it is want, else -1. Brackets in
// strings are not told apart: a mismatch only leaves the entry out.
func enclosing(src string, i int, want byte) int {
	depth := 0
	for lim := 0; i >= 0 && lim < 4000; i, lim = i-1, lim+1 {
		switch src[i] {
		case '}', ']', ')':
			depth++
		case '{', '[', '(':
			if depth == 0 {
				if src[i] == want {
					return i
				}
				return -1
			}
			depth--
		}
	}
	return -1
}

// nameBefore is the name an array literal is given: list: [ or list = [.
var nameBefore = regexp.MustCompile(`([A-Za-z_$][\w$]*)['"]?\s*[:=]\s*$`)

// loadedElsewhere reports whether the name the array at open is given also
// gets a value that is not a literal (res.data.list): the literal is a
// placeholder for loaded records.
func loadedElsewhere(src string, open int) bool {
	m := nameBefore.FindStringSubmatch(src[:open])
	if m == nil {
		return false
	}
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(m[1]) + `['"]?\s*(?::|=[^=>])\s*([^\s])`)
	for _, v := range re.FindAllStringSubmatchIndex(src, -1) {
		c := src[v[2]]
		if c != '[' && c != '\'' && c != '"' && c != '`' {
			return true
		}
	}
	return false
}
