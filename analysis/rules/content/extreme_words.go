// Package content holds the rules about the words users see.
package content

import (
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
// sentence around it may need rewording.
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
		Wrong:   `<text class="slogan">全网最低价，品质第一</text>`,
		Right:   `<text class="slogan">限时优惠，品质可靠</text>`,
		Excerpt: "不得使用“国家级”、“最高级”、“最佳”等用语。（《广告法》第九条；微信小程序平台运营规范 §2.5）",
	},
	Check:        checkExtreme,
	CheckProject: checkExtremeBound,
}

func checkExtreme(c *rule.FileContext) {
	for _, h := range VisibleHits(c.Lexicon, "extreme", c.Unit) {
		s, word := h.Span, h.Text
		c.Report(s, extremeMsg(word, "", "", c.Env.Platform), extremeFix(s, word, h.Replacement))
	}
}

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
