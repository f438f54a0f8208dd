// Package content holds the rules about the words users see.
package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// ExtremeWords: 广告法 extreme words (最佳, 第一, 国家级, 顶级 …) in visible
// text. WeChat's machine pre-screen flags them and reviewers reject the
// build (WX §2.5, PROC). Innocent words that contain a hit (最近, 最新,
// 第一步) are exceptions in the lexicon, never reported. Only visible text
// is read (VisibleText: template text and visible attributes, titles,
// toast/modal texts, canvas fillText in mini-games): class names, wx:if
// expressions, URLs and comments never fire. The fix removes the word (or
// writes the lexicon's replacement); it is not marked safe because the
// sentence around it may need rewording. Where the text stands decides in
// the recommended profile (see advertises, paragraph, askedOfUser); strict
// reports every place.
var ExtremeWords = &rule.Rule{
	ID:       "content/extreme-words",
	Severity: rule.Warning,
	Citation: "WX §2.5, PROC, DY §2.2.2.1",
	Title:    rule.Msg{Zh: "使用了广告法禁用的极限词", En: "Advertising-law extreme word"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字（模板文本、placeholder/title 等属性、页面标题、toast/弹窗文字，以及模板用 {{slogan}}、{{item.title}} 显示的 data/setData 字符串）里出现“最佳”“第一”“国家级”“顶级”“100%”等极限词。“最近”“最新”“第一步”等不是广告用语，不报告。",
			En: "Visible text (template text, placeholder/title attributes, page titles, toast/modal text, and data/setData strings the template shows as {{slogan}} or {{item.title}}) uses extreme words such as 最佳, 第一, 国家级, 顶级, 100%. Innocent words like 最近, 最新, 第一步 are not reported."},
		Why: rule.Msg{Zh: "《广告法》禁止使用极限用语；微信代码审核的机审会检测极限词并驳回（运营规范 §2.5）。",
			En: "China's Advertising Law forbids superlative claims; WeChat's pre-screen detects them and the build is rejected (WX §2.5)."},
		Profiles: rule.Msg{
			Zh: "推荐（默认）：在标题、按钮、价格与促销区、商品名和短文案等宣传位置报告；toast/弹窗、协议与政策等长文页面、长段说明文字（FAQ 回答、文章）里只报告“全网最低”“销量第一”“第一品牌”这类在市场上排名的说法；“最大长度”“最长储存期限”等限额说法不报告；测验或问卷里问用户自己的题目（“你最可能会：”）及其选项里的“最”不报告；“独一无二”只在严格模式报告。列表序号（第一、第二）在两种模式下都不报告。严格：报告所有位置的所有极限词。",
			En: "recommended (default): where text advertises — titles, buttons, price and promotion blocks, product names and short copy; in toasts and modals, agreement or policy pages and long explanatory paragraphs (FAQ answers, articles) only claims that rank the product in its market (全网最低, 销量第一, 第一品牌); limits (最大长度, 最长储存期限) are never claims; nor is 最 in a quiz or survey question put to the user about themself (你最可能会：) or in its answer options; 独一无二 only under strict. List numbering (第一、第二) is never reported. strict: every extreme word in every place.",
		},
		Wrong:   `<text class="slogan">全网最低价，品质第一</text>`,
		Right:   `<text class="slogan">限时优惠，品质可靠</text>`,
		Excerpt: "不得使用“国家级”、“最高级”、“最佳”等用语。（《广告法》第九条；微信小程序平台运营规范 §2.5）",
	},
	Check:        checkExtreme,
	CheckProject: checkExtremeBound,
}

func checkExtreme(c *rule.FileContext) {
	for _, h := range VisibleHits(c.Lexicon, "extreme", c.Unit) {
		if numbering(h) {
			continue // 第一、… 第二、…: a list, in every profile
		}
		more, interp := inlineAfter(c.Unit.Text, h.Piece)
		if statedLimit(h.Piece.Text+more, h.Start, h.End, interp) {
			continue // 单笔最大提现额度为500元: a rule's bound, in every profile
		}
		if !c.Env.Strict && (h.Sub == "letter" || (!advertises(h.Place) || paragraph(h)) && !marketClaim(h.Word)) {
			continue
		}
		if !c.Env.Strict && askedOfUser(c.Unit, h) {
			continue // 你最可能会：, and its options: the user's choice, not a claim (extreme_quiz.go)
		}
		s, word := h.Span, h.Text
		c.Report(s, extremeMsg(word, "", "", c.Env.Platform), extremeFix(s, word, h.Replacement))
	}
}

// advertises reports whether text at pl is there to advertise: a toast or
// modal (为确保向您提供最准确的服务) or a paragraph of an agreement or policy
// (最长储存期限) is read, not sold; there only claims that rank the product
// in its market are reported (销量第一). Strict reports every place: the
// advertising law does not name places.
func advertises(pl Place) bool {
	switch pl {
	case PlaceNotice, PlaceDocument:
		return false
	}
	return true
}

// paragraph reports whether the hit sits in a long run of explanatory
// text (an FAQ answer, an article): there a superlative explains (商标异议是
// 阻止注册的最佳途径) and reviewers pass it, unless it ranks the product in
// its market (see marketClaim).
func paragraph(h LexHit) bool {
	return h.Place == PlaceBody && utf8.RuneCountInString(strings.Join(strings.Fields(h.Piece.Text), "")) >= 60
}

// marketPrefixes open a claim that ranks the product in its market.
var marketPrefixes = []string{"全网", "全国", "全球", "中国", "世界", "行业", "销量", "排名"}

// marketClaim reports whether the lexicon word ranks the product against
// the market: 全网最低, 销量第一, 第一品牌, 最低价, NO.1, 国家级.
func marketClaim(word string) bool {
	for _, p := range marketPrefixes {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	switch strings.ToUpper(word) {
	case "第一品牌", "最低价", "最便宜", "NO.1", "NO1", "TOP1", "TOP 1", "国家级", "世界级", "领导品牌", "销冠", "销量冠军":
		return true
	}
	return false
}

// numbering: 第一 that opens a clause and is followed by a list
// separator (第一、… / 第一，… / 第一：…) counts items, it ranks nothing.
// "品质第一，服务至上" has text before it in the clause, so it still ranks.
func numbering(h LexHit) bool {
	if h.Word != "第一" {
		return false
	}
	after := h.Piece.Text[h.End:]
	r, _ := utf8.DecodeRuneInString(after)
	if !strings.ContainsRune("、，,：:.．）)", r) {
		return false
	}
	before := strings.TrimSpace(h.Before())
	if i := strings.LastIndexAny(before, "，,：:（(“\""); i >= 0 {
		_, w := utf8.DecodeRuneInString(before[i:])
		before = strings.TrimSpace(before[i+w:])
	}
	return before == "" || strings.Trim(before, "0123456789.、（()）") == ""
}

// statedLimit reports whether the 最 at s[start:end] opens a stated bound
// of a quantity rather than a claim: 最 with a measure (最高, 最低, 最大,
// 最小, 最长, 最短) followed, in its clause, by what is bounded — a limit
// noun (单笔最大提现额度为500元, 平台最小提现金额为1元), or a number or a
// price, possibly after the verb the bound applies to (最高免¥8999押金,
// 最高可减 20 元) or in the interpolation the text runs into (最高免
// {{deposit}}, interpAfter). A rule or a ceiling states a fact; the
// advertising law bans 最 as a claim that the product is the best.
// Claims stay: a quality between the measure and the number (最高品质
// 9.9元), 的 (最大的优惠), or a subject ranked against the market before
// it (价格最低只需9元, 同类最低); 最低价 and 全网最低 are lexicon entries of
// their own and never reach here.
func statedLimit(s string, start, end int, interpAfter bool) bool {
	if s[start:end] != "最" {
		return false
	}
	rest := s[end:]
	m, w := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune("高低大小长短", m) {
		return false
	}
	before := s[:start]
	for _, p := range rankedSubjects {
		if strings.HasSuffix(before, p) {
			return false
		}
	}
	rest = rest[w:]
	for steps := 0; steps < 4; steps++ {
		if strings.TrimLeft(rest, " \u3000") == "" {
			return interpAfter
		}
		rest = strings.TrimLeft(rest, " \u3000")
		for _, n := range limitNouns {
			if strings.HasPrefix(rest, n) {
				return true
			}
		}
		r, w := utf8.DecodeRuneInString(rest)
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９', strings.ContainsRune("¥￥$", r):
			return true
		case strings.ContainsRune(cnNumerals, r):
			more := strings.TrimLeft(rest[w:], cnNumerals)
			for _, u := range cnMeasures {
				if strings.HasPrefix(more, u) {
					return true
				}
			}
			return false
		}
		if measuredAfterAction(rest, interpAfter) {
			return true
		}
		verb := ""
		for _, v := range boundVerbs {
			if strings.HasPrefix(rest, v) && len(v) > len(verb) {
				verb = v
			}
		}
		if verb == "" || !unicode.Is(unicode.Han, r) {
			return false
		}
		rest = rest[len(verb):]
	}
	return false
}

// interpAfter reports whether the piece p of text runs straight into an
// interpolation ({{…}}): a template splits 最高免{{price}}元 into pieces
// around it.
func interpAfter(text []byte, p rule.Piece) bool {
	if !(p.Where == "text" || strings.HasPrefix(p.Where, "attr:")) || p.Span.End < 0 || p.Span.End > len(text) {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(string(text[p.Span.End:min(len(text), p.Span.End+64)]), " \t\r\n"), "{{")
}

// inlineAfter returns the text the clause of a template text piece goes
// on with past its end, through the inline elements it runs into
// (最大录制时长为<text class="num">10</text>分钟: the number is a child's
// text), and whether it then runs into an interpolation ({{…}}, as
// interpAfter). It stops at any other element, at a closing tag of one,
// and after a short clause. Other pieces have nothing after them.
func inlineAfter(src []byte, p rule.Piece) (string, bool) {
	if p.Where != "text" || p.Span.End < 0 || p.Span.End > len(src) {
		return "", interpAfter(src, p)
	}
	s := string(src[p.Span.End:min(len(src), p.Span.End+400)])
	var b strings.Builder
	for b.Len() < 90 {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case s == "":
			return b.String(), false
		case strings.HasPrefix(s, "{{"):
			return b.String(), true
		case strings.HasPrefix(s, "<"):
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return b.String(), false
			}
			name := strings.TrimPrefix(s[1:end], "/")
			if i := strings.IndexAny(name, " \t\r\n/"); i >= 0 {
				name = name[:i]
			}
			if !inlineTags[strings.ToLower(name)] {
				return b.String(), false
			}
			s = s[end+1:]
		default:
			end := strings.IndexAny(s, "<{")
			if end < 0 {
				end = len(s)
			} else if s[end] == '{' && !strings.HasPrefix(s[end:], "{{") {
				end++
			}
			b.WriteString(strings.TrimRight(s[:end], " \t\r\n"))
			s = s[end:]
		}
	}
	return b.String(), false
}

// inlineTags run within a line of text: their text continues the clause.
var inlineTags = map[string]bool{
	"text": true, "span": true, "b": true, "i": true, "em": true, "strong": true,
	"small": true, "font": true, "label": true, "sup": true, "sub": true,
}

// measuredAfterAction reports whether rest, right after 最 and its measure,
// names an action and then what of it is measured, with the number in the
// same clause: 最大录制时长为10分钟, 最长上传时长 {{max}} 秒. One or two characters of
// the action, then a measured noun, then a number (or a price, or a
// number in characters with its measure) before the clause ends.
func measuredAfterAction(rest string, interp bool) bool {
	for n, i := 0, 0; n < 2 && i < len(rest); n++ {
		r, w := utf8.DecodeRuneInString(rest[i:])
		if !unicode.Is(unicode.Han, r) || r == '的' {
			return false
		}
		i += w
		for _, m := range measuredNouns {
			if strings.HasPrefix(rest[i:], m) {
				return numberInClause(rest[i+len(m):], interp)
			}
		}
	}
	return false
}

// measuredNouns are what an action's bound measures: 录制时长, 上传数量.
var measuredNouns = []string{
	"时长", "时间", "长度", "数量", "次数", "人数", "字数", "条数", "张数", "件数", "份数", "天数",
	"金额", "额度", "容量", "大小", "尺寸", "重量", "时限",
}

// numberInClause reports whether a number comes before the clause ends
// (or the interpolation the text runs into, when it ends unbroken).
func numberInClause(s string, interp bool) bool {
	for i, r := range s {
		switch {
		case strings.ContainsRune("，。；！？,;!?\n", r):
			return false
		case r >= '0' && r <= '9', r >= '０' && r <= '９', strings.ContainsRune("¥￥$", r):
			return true
		case strings.ContainsRune(cnNumerals, r):
			more := strings.TrimLeft(s[i:], cnNumerals)
			for _, u := range cnMeasures {
				if strings.HasPrefix(more, u) {
					return true
				}
			}
		}
	}
	return interp
}

// limitNouns name what a bound bounds: an amount, a count, a size, a term.
var limitNouns = []string{
	"额度", "金额", "限额", "上限", "下限", "面额", "数额", "数量", "人数", "次数", "件数", "张数", "份数", "天数", "字数", "条数",
	"提现", "充值", "押金", "保证金", "免押", "返现", "补贴", "赔付", "期限", "时长", "长度", "尺寸", "重量", "容量",
	"单笔", "每笔", "每单", "每人", "每次", "每日", "每天", "每月",
}

// boundVerbs say what the bound applies to, between the measure and its
// number: 最高免¥3999, 最高可减 20 元, 最低只需 1 元, 最低起提 10 元.
var boundVerbs = []string{
	"可", "能", "免", "减", "立减", "返", "送", "省", "赔", "享", "享受", "领", "领取", "得", "抵", "抵扣", "提", "支付", "付",
	"为", "是", "达", "至", "到", "约", "仅", "只", "需", "要", "不超过", "不低于", "限", "起",
}

// rankedSubjects before 最 make it rank: 价格最低, 同类最高, 行业最大.
var rankedSubjects = []string{
	"全网", "全国", "全球", "同类", "同行", "同价位", "业内", "行业", "市场", "史上", "历史",
	"价格", "价位", "售价", "性价比", "品质", "质量", "人气", "销量", "口碑",
}

const cnNumerals = "一二两三四五六七八九十百千万半几"

// cnMeasures follow a number written in characters: 最多三张, 最高五折.
var cnMeasures = []string{"元", "块", "个", "次", "天", "日", "件", "张", "人", "位", "折", "倍", "年", "月", "周", "小时", "分钟", "秒", "份", "单", "笔", "公里", "米", "斤", "克"}

// extremeMsg says why the word is rejected, in the project's platform's
// terms: only WeChat has the machine pre-screen (PROC). tmplPath and key
// name the template that shows a script string, when it is one.
func extremeMsg(word, tmplPath, key, platform string) rule.Msg {
	zhWho, enWho := "审核会以夸大宣传驳回", "reviewers reject it as exaggerated advertising"
	if platform == rule.WeChat {
		zhWho, enWho = "微信机审会检测并驳回", "WeChat's pre-screen rejects it"
	}
	if tmplPath == "" {
		return rule.Msg{
			Zh: "“" + word + "”是广告法极限词，" + zhWho + "：请删除或改为可证实的描述。",
			En: "\"" + word + "\" is an extreme word under China's Advertising Law; " + enWho + ". Remove it or state a verifiable fact.",
		}
	}
	return rule.Msg{
		Zh: "“" + word + "”是广告法极限词，这段文字由 " + tmplPath + " 的 {{…" + key + "}} 显示给用户，" + zhWho + "：请删除或改为可证实的描述。",
		En: "\"" + word + "\" is an extreme word under China's Advertising Law, and " + tmplPath + " shows this text ({{…" + key + "}}); " + enWho + ". Remove it or state a verifiable fact.",
	}
}

// extremeFix removes the word, or, where the lexicon has one, writes the
// claim-free form (最好喝 → 好喝, 全网最低价 → 特惠价), so the sentence
// still reads.
func extremeFix(s text.Span, word, replacement string) rule.Fix {
	title := rule.Msg{Zh: "删除极限词“" + word + "”", En: "Remove the extreme word " + word}
	if replacement != "" {
		title = rule.Msg{Zh: "将极限词“" + word + "”改为“" + replacement + "”", En: "Replace the extreme word " + word + " with " + replacement}
	}
	return rule.Fix{Title: title, Edits: []rule.Edit{{Span: s, NewText: replacement}}}
}
