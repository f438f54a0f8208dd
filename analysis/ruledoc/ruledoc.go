// Package ruledoc renders a rule's documentation: for hover, for
// `mpls rules --explain`, and for SARIF help text. One source, the rule.
package ruledoc

import (
	"fmt"
	"strings"

	"mpls/analysis/rule"
)

// Markdown renders r's documentation in the locale.
func Markdown(r *rule.Rule, locale string) string {
	if r == nil {
		return ""
	}
	en := strings.HasPrefix(locale, "en")
	h := func(zh, e string) string {
		if en {
			return e
		}
		return zh
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** `%s`", r.Title.In(locale), r.ID)
	if r.Citation != "" {
		fmt.Fprintf(&b, " · %s", r.Citation)
	}
	b.WriteString("\n\n")
	if t := r.Doc.What.In(locale); t != "" {
		fmt.Fprintf(&b, "### %s\n%s\n\n", h("规则内容", "What it does"), t)
	}
	if t := r.Doc.Why.In(locale); t != "" {
		fmt.Fprintf(&b, "### %s\n%s\n\n", h("为什么会被驳回", "Why reviewers reject it"), t)
	}
	if t := r.Doc.Profiles.In(locale); t != "" {
		fmt.Fprintf(&b, "### %s\n%s\n\n", h("检查范围（recommended / strict）", "Profiles (recommended / strict)"), t)
	}
	if r.Doc.Wrong != "" {
		fmt.Fprintf(&b, "### %s\n```\n%s\n```\n\n", h("错误示例", "Wrong"), r.Doc.Wrong)
	}
	if r.Doc.Right != "" {
		fmt.Fprintf(&b, "### %s\n```\n%s\n```\n\n", h("正确示例", "Right"), r.Doc.Right)
	}
	if r.Doc.Excerpt != "" {
		fmt.Fprintf(&b, "### %s\n> %s\n", h("规则原文", "Rulebook"), strings.ReplaceAll(r.Doc.Excerpt, "\n", "\n> "))
	}
	return strings.TrimRight(b.String(), "\n")
}

// HoverAt returns extra hover text for the token at off (for example a
// privacy API's category), or "". Filled in by the privacy table.
var HoverAt = func(u *rule.Unit, off int, env *rule.Env, locale string) string { return "" }
