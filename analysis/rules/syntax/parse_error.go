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
// It never reports code the platform's compiler accepts: the template
// grammar reads what the compilers read (no void elements, quotes inside
// bindings), an end tag that closes nothing is reported only in WeChat
// templates (its compiler rejects them; others may not), and a JavaScript
// error only when it is certain (see certainScriptErrors).
var ParseError = &rule.Rule{
	ID:       "syntax/parse-error",
	Severity: rule.Error,
	Title:    rule.Msg{Zh: "语法错误", En: "Syntax error"},
	Doc: rule.Doc{
		What: rule.Msg{
			Zh: "模板、脚本或 JSON 配置无法解析。只报告确定的错误：模板按平台编译器的读法解析（没有空元素，{{ }} 里可以出现与属性值相同的引号）；没有对应开始标签的结束标签只在微信模板里报告（微信编译器会拒绝）；JavaScript 只在确定无法运行时报告，TypeScript 不报告（tsc 会报告），其余交给编辑器的 JavaScript 服务。",
			En: "A template, script or JSON config does not parse. Only certain errors are reported: templates are read as the platforms' compilers read them (no void elements; the attribute's own quote may appear inside {{ }}); an end tag that closes nothing is reported in WeChat templates only (WeChat's compiler rejects it); a JavaScript error only when it is certain, a TypeScript one never (tsc reports those); the rest is the editor's JavaScript service's job.",
		},
		Why:   rule.Msg{Zh: "开发者工具编译失败的代码无法上传，也无法通过审核；其余检查在出错处附近也不可靠。", En: "Code that does not compile cannot be uploaded or reviewed, and other checks near the error are unreliable."},
		Wrong: `<view class="a"><text>你好</view></text>`,
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
	errs := u.Syntax
	if u.Lang.IsScript() {
		errs = certainScriptErrors(u.Lang, u.Text, errs)
	}
	n := 0
	for _, s := range errs {
		if n == 20 { // a broken file gives one wall of red, not thousands
			break
		}
		what := rule.Msg{Zh: "语法错误", En: "syntax error"}
		if s.Len() == 0 {
			what = rule.Msg{Zh: "语法错误：此处缺少内容", En: "syntax error: something is missing here"}
		}
		switch {
		case u.Lang == parse.Template:
			if tags := strayEndTags(u.Text[s.Start:s.End]); tags != nil {
				if u.Dialect != "wxml" {
					continue // other compilers may take it (shipped Alipay pages have some)
				}
				what = strayMsg(tags)
			} else {
				what.Zh, what.En = "模板"+what.Zh, "template "+what.En
			}
		case u.Lang.IsScript():
			what.Zh, what.En = "脚本"+what.Zh, "script "+what.En
		case u.Lang == parse.JSON:
			what.Zh, what.En = "JSON "+what.Zh, "JSON "+what.En
		}
		c.Report(trim(u.Text, s), what)
		n++
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
