package syntax

import "mpls/analysis/rule"

// UnknownSuppression reports a suppression comment naming no known rule: a
// typo there silently suppresses nothing. The engine raises it, since only
// the engine knows every rule id.
var UnknownSuppression = &rule.Rule{
	ID:       "suppression/unknown-rule",
	Severity: rule.Warning,
	Title:    rule.Msg{Zh: "禁用注释中的规则不存在", En: "Suppression names an unknown rule"},
	Doc: rule.Doc{
		What:  rule.Msg{Zh: "mpls-disable 注释里写的规则 id 不存在。", En: "An mpls-disable comment names a rule id mpls does not have."},
		Why:   rule.Msg{Zh: "拼错的 id 不会禁用任何规则，问题依旧会被报告。", En: "A misspelt id suppresses nothing; the finding stays."},
		Wrong: "<!-- mpls-disable-next-line login/phone-label -->",
		Right: "<!-- mpls-disable-next-line login/phone-button-label -->",
	},
}
