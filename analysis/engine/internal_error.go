package engine

import (
	"fmt"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// InternalError says that a rule crashed on a file: its findings there are
// missing, and a developer (or CI) reading silence as a pass would be
// misled. The engine raises it where the rule panicked (a project rule's on
// app.json), so the editor and `mpls check` show the same.
var InternalError = &rule.Rule{
	ID:       "project/internal-error",
	Severity: rule.Warning,
	Scope:    rule.ProjectScope,
	Title:    rule.Msg{Zh: "规则内部出错", En: "A rule failed"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "mpls 的某条规则在分析这个文件时出错（内部错误），它在这里的结果没有报告。这是 mpls 的缺陷，不是你的代码的问题；请带上文件反馈。其他规则照常报告。",
			En: "One of mpls's rules failed while analysing this file (an internal error): its findings here are missing. This is a bug in mpls, not in your code; please report it with the file. The other rules report as usual."},
		Why: rule.Msg{Zh: "没有报告不等于没有问题：你应当知道哪条规则没有检查这个文件。",
			En: "No finding is not the same as no problem: you should know which rule did not check this file."},
		Wrong: "a rule panics on pages/index/index.wxml: nothing is said",
		Right: "project/internal-error on pages/index/index.wxml names the rule that failed",
	},
}

// crashed is the finding for rule r failing on path with v.
func crashed(r *rule.Rule, path string, v any) rule.Finding {
	return rule.Finding{Rule: InternalError.ID, Severity: InternalError.Severity, Path: path, Span: text.Span{},
		Message: rule.Msg{
			Zh: fmt.Sprintf("规则 %s 分析这个文件时出错（%v），它在这里的结果没有报告。这是 mpls 的缺陷，请反馈。", r.ID, v),
			En: fmt.Sprintf("Rule %s failed on this file (%v): its findings here are missing. This is a bug in mpls; please report it.", r.ID, v),
		}}
}
