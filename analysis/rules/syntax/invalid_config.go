package syntax

import (
	"mpls/analysis/rule"
)

// InvalidConfig reports mistakes in mpls.json: unknown keys, wrong types,
// bad severities or platforms. The defaults are used for the bad parts, so
// a typo never silently switches every rule off.
var InvalidConfig = &rule.Rule{
	ID:       "config/invalid",
	Severity: rule.Warning,
	Title:    rule.Msg{Zh: "mpls.json 配置有误", En: "Invalid mpls.json"},
	Doc: rule.Doc{
		What:  rule.Msg{Zh: "mpls.json 中有未知的键、错误的类型、未知的严重级别或平台。", En: "mpls.json has an unknown key, a wrong type, or an unknown severity or platform."},
		Why:   rule.Msg{Zh: "出错的部分会被忽略并使用默认值；不提示的话，你以为关掉或调整的规则其实没有变化。", En: "The bad part is ignored and defaults apply; without this you would believe a rule was changed when it was not."},
		Wrong: `{"rules": {"content/extreme-words": "of"}}`,
		Right: `{"rules": {"content/extreme-words": "off"}}`,
	},
	CheckProject: checkConfig,
}

func checkConfig(c *rule.ProjectContext) {
	if c.Project == nil {
		return
	}
	for _, cf := range c.Project.ConfigFiles {
		if cf == nil || cf.File == nil {
			continue
		}
		for _, p := range cf.Problems {
			c.Report(cf.File.Path, p.Span, rule.Msg{Zh: p.Localized("zh-CN"), En: p.Localized("en")})
		}
	}
}
