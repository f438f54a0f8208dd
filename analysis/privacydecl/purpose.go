package privacydecl

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"mpls/analysis/lexicon"
)

// The purpose of a category (privacy_text) is the aim alone: the WeChat
// client renders it as 「为了<purpose>，开发者将在获取你的明示同意后，收集
// 你的<信息>」. So it must not start with 为了 or 用于, must say something
// concrete, and must differ from category to category (WeChat's docs;
// reviewers reject blank, meaningless or copied purposes, and a bare 使用
// or 定位).

// BadPrefixes are the openings a purpose must not have.
var BadPrefixes = []string{"为了", "用于"}

// BadPrefix returns the prefix of s (after leading blanks) that the client
// already supplies, or "".
func BadPrefix(s string) string {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	for _, p := range BadPrefixes {
		if strings.HasPrefix(t, p) {
			return p
		}
	}
	return ""
}

// bareWords are purposes that say nothing at all.
var bareWords = map[string]bool{
	"使用": true, "定位": true, "获取": true, "授权": true, "需要": true, "功能": true, "功能需要": true,
	"业务需要": true, "业务需求": true, "正常使用": true, "使用功能": true, "使用小程序": true, "无": true,
	"暂无": true, "测试": true, "test": true, "其他": true, "其它": true,
}

// unusedWords are purposes that admit the data is not used: WeChat does
// not accept them (remove the code instead).
var unusedWords = []string{"暂未使用", "暂不使用", "未使用", "不使用", "没有使用", "暂时不用", "暂无使用"}

// Bare reports whether a purpose is blank or says nothing (使用, 定位 …).
func Bare(s string) bool {
	t := normalize(s)
	return t == "" || bareWords[strings.ToLower(t)]
}

// Unused reports whether a purpose says the data is not used (暂未使用).
func Unused(s string) bool {
	t := normalize(s)
	for _, w := range unusedWords {
		if t == w || strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// sayNothing are stock phrases that pass the lexicon but tell the user
// nothing: WeChat's own sample permission desc (你的位置信息将用于小程序位
// 置接口的效果展示), copied into countless app.json files.
var sayNothing = []string{"接口的效果展示"}

// weakDrafts are phrases a draft must not rest on: they can sit inside a
// concrete purpose (so the rules leave them alone), but a purpose drafted
// from code that says only this much would say nothing.
var weakDrafts = []string{"效果展示", "相关功能", "小程序功能", "正常使用"}

// normalize trims blanks and the punctuation around a purpose.
func normalize(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '～' || r == '~'
	})
}

// markers introduce the aim inside a longer sentence.
var markers = []string{"用于", "用来", "以便", "为了"}

// clauseEnd cuts a clause.
const clauseEnd = "，,；;：:。！!？?\n"

// Draft turns text the code shows (a showModal content, a permission desc,
// a button label) into a purpose for the form: the aim after 用于 / 用来 /
// 为了 / 以便 when the text has one, else the first sentence without a
// leading 我们需要 / 需要; never the prefixes the client adds. ok is false
// when nothing concrete is left: blank, a bare word, a lexicon vague
// phrase (获取良好体验), or over 60 characters.
func Draft(s string, lex *lexicon.Lexicon) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	var aim string
	for _, sent := range splitSentences(s) {
		// the earliest marker with something after it
		at, ml := -1, 0
		for _, m := range markers {
			if i := strings.Index(sent, m); i >= 0 && (at < 0 || i < at) {
				at, ml = i, len(m)
			}
		}
		if at >= 0 {
			rest := sent[at+ml:]
			if j := strings.IndexAny(rest, clauseEnd); j >= 0 {
				rest = rest[:j]
			}
			aim = rest
		}
		if aim != "" {
			break
		}
	}
	if aim == "" {
		ss := splitSentences(s)
		if len(ss) == 0 {
			return "", false
		}
		aim = ss[0]
		for _, f := range []string{"本小程序", "小程序", "我们", "将会", "将", "会", "需要", "请允许", "允许"} {
			aim = strings.TrimPrefix(strings.TrimSpace(aim), f)
		}
	}
	aim = normalize(aim)
	for {
		p := BadPrefix(aim)
		if p == "" {
			break
		}
		aim = normalize(strings.TrimPrefix(strings.TrimSpace(aim), p))
	}
	if Bare(aim) || Unused(aim) || utf8.RuneCountInString(aim) < 2 || utf8.RuneCountInString(aim) > 60 {
		return "", false
	}
	if Vague(aim, lex) {
		return "", false
	}
	for _, w := range weakDrafts {
		if strings.Contains(aim, w) {
			return "", false
		}
	}
	return aim, true
}

// Vague reports whether a purpose holds a vague phrase (the lexicon's
// vague-purpose category, as privacy/vague-purpose reads it, or a stock
// phrase that names no use).
func Vague(s string, lex *lexicon.Lexicon) bool {
	if lex == nil {
		lex = lexicon.Default()
	}
	if len(lex.Find("vague-purpose", s)) > 0 {
		return true
	}
	for _, w := range sayNothing {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func splitSentences(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("。！!？?\n", r) }) {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return out
}

// genericLabels are button labels that name no purpose.
var genericLabels = map[string]bool{
	"确定": true, "确认": true, "提交": true, "好的": true, "同意": true, "允许": true, "授权": true, "去授权": true,
	"立即授权": true, "下一步": true, "继续": true, "开始": true, "点击": true, "确定授权": true, "ok": true, "OK": true,
	"登录": true, "选择": true, "上传": true, "获取": true, "保存": true, "复制": true,
}

// labelPurpose turns a button label into a purpose ("上传头像" stays);
// ok is false for a label that names no purpose (确定, 提交 …).
func labelPurpose(label string, lex *lexicon.Lexicon) (string, bool) {
	l := normalize(strings.Join(strings.Fields(label), ""))
	if genericLabels[l] || utf8.RuneCountInString(l) < 3 {
		return "", false
	}
	return Draft(l, lex)
}
