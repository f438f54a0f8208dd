package privacy

import (
	"strings"
	"unicode"

	ptable "mpls/analysis/privacy"
	"mpls/analysis/privacydecl"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// DeclaredPurpose: a purpose (privacy_text) in the kept privacy
// declaration that WeChat or the reviewers refuse. The client renders it
// as 「为了<purpose>，开发者将在获取你的明示同意后，收集你的<信息>」, so:
//   - blank, or missing: the console will not take it;
//   - starting with 为了 or 用于: the sentence doubles up (为了为了…);
//     the safe fix removes the prefix;
//   - a bare 使用 or 定位 (or another word that names no use), or
//     暂未使用 (not accepted: remove the entry or the code);
//   - the same text copied across categories (reported on the later
//     ones);
//   - vague wording, as privacy/vague-purpose reads it (the lexicon's
//     vague-purpose phrases: 获取良好体验, 提升体验 …), plus stock
//     phrases that name no use (WeChat's sample 位置接口的效果展示).
//
// One finding per entry and problem, on the text.
var DeclaredPurpose = &rule.Rule{
	ID:           "privacy/declared-purpose",
	Severity:     rule.Warning,
	Citation:     "DY §1.1.2.1, WX §14.1.1",
	Scope:        rule.ProjectScope,
	CheckProject: checkDeclaredPurpose,
	Title:        rule.Msg{Zh: "隐私保护指引中的用途写法会被驳回", En: "A declared privacy purpose the console or reviewers refuse"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "privacy.json（或 mpls.json 的 privacy）中某个类别的用途（privacy_text）为空、以“为了”“用于”开头、只有“使用”“定位”、写“暂未使用”、在多个类别间重复，或是“获取良好体验”之类的宽泛话术。",
			En: "A purpose (privacy_text) in privacy.json (or mpls.json's privacy key) is blank, starts with 为了 or 用于, is a bare 使用 or 定位, says 暂未使用, is copied across categories, or is vague (获取良好体验 …)."},
		Why: rule.Msg{Zh: "微信会把用途显示为「为了〈用途〉，开发者将在获取你的明示同意后，收集你的〈信息〉」；用途为空、无意义、重复或只写“使用”“定位”会被驳回，须如实说明具体用途（微信 §14.1.1；抖音 §1.1.2.1 不接受“获取良好体验”等宽泛话术）。",
			En: "WeChat shows the purpose as 「为了<purpose>，开发者将…收集你的<信息>」; blank, meaningless, copied or bare (使用, 定位) purposes are rejected, the concrete use must be stated (WX §14.1.1; DY §1.1.2.1 refuses vague wording such as 获取良好体验)."},
		Wrong:   "{ \"privacy_key\": \"Location\", \"privacy_text\": \"为了提升用户体验\" }",
		Right:   "{ \"privacy_key\": \"Location\", \"privacy_text\": \"显示你附近的门店和距离\" }",
		Excerpt: "授权页面文案需要明确说明授权用途，例如：地理位置授权——用来定位附近商家。请勿使用宽泛话术表明用途，如“获取良好体验”。（抖音 版本审核常见问题 §1.1.2.1）\n14.1.1 在采集用户数据之前，必须确保经过用户同意，并向用户如实披露数据用途、使用范围等相关信息。（微信小程序平台运营规范）",
	},
}

func checkDeclaredPurpose(c *rule.ProjectContext) {
	d := privacydecl.ReadDeclared(c.Env)
	if !d.OK() || !d.Live {
		return
	}
	cats, _ := ptable.CategoriesFor(c.Platform)
	firstWith := map[string]string{} // normalized text → key of its first entry
	for _, e := range d.Entries {
		label := e.Key
		if cat, ok := cats[e.Key]; ok {
			label = cat.Label + "（" + e.Key + "）"
		}
		if !e.HasText || strings.TrimSpace(e.Text) == "" {
			at := e.KeySpan
			if e.HasText {
				at = text.Span{Start: e.TextSpan.Start - 1, End: e.TextSpan.End + 1}
			}
			c.Report(d.Path, at, rule.Msg{
				Zh: label + "的用途（privacy_text）为空：请写明收集它做什么，例如“显示你附近的门店”。",
				En: "The purpose (privacy_text) of " + e.Key + " is blank: say what it is used for, e.g. 显示你附近的门店.",
			})
			continue
		}
		raw := e.Text
		src := d.Src
		// The text as written (escapes and all) is what the spans cover.
		if e.TextSpan.End <= len(src) {
			raw = string(src[e.TextSpan.Start:e.TextSpan.End])
		}
		if p := privacydecl.BadPrefix(raw); p != "" {
			lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
			ps := text.Span{Start: e.TextSpan.Start + lead, End: e.TextSpan.Start + lead + len(p)}
			// remove the prefix and the blanks or comma after it
			end := ps.End
			rest := raw[lead+len(p):]
			trimmed := strings.TrimLeft(rest, " ，,、：:")
			end += len(rest) - len(trimmed)
			var fixes []rule.Fix
			if strings.TrimSpace(trimmed) != "" {
				fixes = append(fixes, rule.Fix{
					Title:     rule.Msg{Zh: "删除开头的“" + p + "”", En: "Remove the leading " + p},
					Edits:     []rule.Edit{{Path: d.Path, Span: text.Span{Start: ps.Start, End: end}}},
					Preferred: true,
					Safe:      true,
				})
			}
			c.Report(d.Path, ps, rule.Msg{
				Zh: label + "的用途以“" + p + "”开头：微信会显示为「为了〈用途〉…」，用途不能以“为了”或“用于”开头。",
				En: "The purpose of " + e.Key + " starts with " + p + ": WeChat renders it as 「为了<purpose>…」, so it must not start with 为了 or 用于.",
			}, fixes...)
		}
		all := e.TextSpan
		switch {
		case privacydecl.Unused(e.Text):
			c.Report(d.Path, all, rule.Msg{
				Zh: label + "的用途写“" + strings.TrimSpace(e.Text) + "”：微信不接受，未使用的类别请删除（或删除调用它的代码）。",
				En: "The purpose of " + e.Key + " says it is not used (" + strings.TrimSpace(e.Text) + "): WeChat does not accept that; remove the entry (or the code that uses it).",
			})
			continue
		case privacydecl.Bare(strings.TrimPrefix(strings.TrimSpace(e.Text), privacydecl.BadPrefix(e.Text))):
			c.Report(d.Path, all, rule.Msg{
				Zh: label + "的用途“" + strings.TrimSpace(e.Text) + "”没有说明用途：只写“使用”“定位”之类会被驳回，请写明具体用途，例如“显示你附近的门店”。",
				En: "The purpose of " + e.Key + " (" + strings.TrimSpace(e.Text) + ") names no use: a bare 使用 or 定位 is rejected; say what the data is for, e.g. 显示你附近的门店.",
			})
			continue
		}
		for _, h := range c.Lexicon.Find("vague-purpose", raw) {
			c.Report(d.Path, text.Span{Start: e.TextSpan.Start + h.Start, End: e.TextSpan.Start + h.End}, rule.Msg{
				Zh: label + "的用途“" + raw[h.Start:h.End] + "”过于宽泛：请写明具体用途，审核不接受“获取良好体验”之类的话术。",
				En: "The purpose of " + e.Key + " is vague (" + raw[h.Start:h.End] + "): say what the data is used for; reviewers refuse wording like 获取良好体验.",
			})
		}
		if len(c.Lexicon.Find("vague-purpose", raw)) == 0 && privacydecl.Vague(raw, c.Lexicon) {
			c.Report(d.Path, all, rule.Msg{
				Zh: label + "的用途“" + strings.TrimSpace(e.Text) + "”没有说明具体用途：请写明收集它做什么。",
				En: "The purpose of " + e.Key + " (" + strings.TrimSpace(e.Text) + ") names no concrete use: say what the data is for.",
			})
		}
		norm := normPurpose(e.Text)
		if first, ok := firstWith[norm]; ok && first != e.Key {
			c.Report(d.Path, all, rule.Msg{
				Zh: label + "的用途与 " + first + " 的完全相同：每个类别要写各自的用途，复制的用途会被驳回。",
				En: "The purpose of " + e.Key + " is the same as " + first + "'s: each category needs its own purpose; copied purposes are rejected.",
			})
		} else if !ok {
			firstWith[norm] = e.Key
		}
	}
}

// normPurpose compares purposes: blanks and punctuation ignored.
func normPurpose(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s)
}
