// Package syntax holds the rules about files that do not parse and
// comments that address mpls itself.
package syntax

import (
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// ParseError reports where a template, script or JSON file stops parsing.
// Rules keep running on the rest of the file; this says where to look.
var ParseError = &rule.Rule{
	ID:       "syntax/parse-error",
	Severity: rule.Error,
	Title:    rule.Msg{Zh: "语法错误", En: "Syntax error"},
	Doc: rule.Doc{
		What:  rule.Msg{Zh: "模板、脚本或 JSON 配置无法解析。", En: "A template, script or JSON config does not parse."},
		Why:   rule.Msg{Zh: "开发者工具编译失败的代码无法上传，也无法通过审核；其余检查在出错处附近也不可靠。", En: "Code that does not compile cannot be uploaded or reviewed, and other checks near the error are unreliable."},
		Wrong: `<view class="a"><text>你好</view`,
		Right: `<view class="a"><text>你好</text></view>`,
	},
	Check: checkParse,
}

func checkParse(c *rule.FileContext) {
	u := c.Unit
	if u.Skip != "" {
		c.Report(text.Span{}, rule.Msg{Zh: "未分析此文件：" + u.Skip, En: "file not analysed: " + u.Skip})
		return
	}
	if u.Lang == parse.JSON && len(u.JSONError) > 0 {
		for i, e := range u.JSONError {
			if i == 20 {
				break
			}
			c.Report(trim(u.Text, e.Span), rule.Msg{Zh: e.Localized("zh-CN"), En: e.Localized("en")})
		}
		return
	}
	for i, s := range u.Syntax {
		if i == 20 { // a broken file gives one wall of red, not thousands
			break
		}
		what := rule.Msg{Zh: "语法错误", En: "syntax error"}
		if s.Len() == 0 {
			what = rule.Msg{Zh: "语法错误：此处缺少内容", En: "syntax error: something is missing here"}
		}
		switch u.Lang {
		case parse.Template:
			what.Zh, what.En = "模板"+what.Zh, "template "+what.En
		case parse.JSON:
			what.Zh, what.En = "JSON "+what.Zh, "JSON "+what.En
		}
		c.Report(trim(u.Text, s), what)
	}
}

// trim keeps an error range on one line so the squiggle points at the
// problem rather than painting the rest of the file.
func trim(src []byte, s text.Span) text.Span {
	for i := s.Start; i < s.End; i++ {
		if src[i] == '\n' {
			if i == s.Start {
				return text.Span{Start: s.Start, End: s.Start}
			}
			return text.Span{Start: s.Start, End: i}
		}
	}
	return s
}
