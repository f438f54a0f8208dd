package privacy

import (
	"mpls/analysis/jsonv"
	ptable "mpls/analysis/privacy"
	"mpls/analysis/rule"
)

// UnusedPrivateInfos (WeChat): app.json `requiredPrivateInfos` declares a
// location API that no script of the project calls or even names. Each
// declared API needs its access approved on the admin console and is
// checked at submission (WeChat docs), and declaring what the code does
// not collect misstates what the app collects (WX §14.1.1). Information
// only: it costs nothing at run time.
//
// Judgment: a name counts as used when any script calls it or merely names
// it (wx.getLocation passed to a wrapper, 'getLocation' in a string), so
// that mpls never asks to remove a declaration the code may need.
// Component libraries (miniprogram_npm) are not read, so the fix removing
// the entry is offered but not marked safe.
//
// This is the other half of privacy/required-private-infos: a rule of its
// own because a rule has one severity.
var UnusedPrivateInfos = &rule.Rule{
	ID:           "privacy/unused-private-infos",
	Severity:     rule.Information,
	Platforms:    []string{rule.WeChat},
	Citation:     "WX §14.1.1",
	Scope:        rule.ProjectScope,
	CheckProject: checkUnusedPrivateInfos,
	Title:        rule.Msg{Zh: "requiredPrivateInfos 声明了未使用的接口", En: "requiredPrivateInfos declares an API the code does not use"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "app.json 的 requiredPrivateInfos 列出了一个位置接口，但项目代码里没有调用（也没有提到）它。",
			En: "app.json requiredPrivateInfos lists a location API that no code in the project calls or mentions."},
		Why: rule.Msg{Zh: "声明的每个位置接口都需要在后台开通并在提审时接受检测（微信开发文档）；声明未使用的接口与实际收集的信息不符（微信 §14.1.1）。",
			En: "Every declared location API needs approved access and is checked at submission (WeChat docs); declaring one the code does not use misstates what the app collects (WX §14.1.1)."},
		Wrong:   "\"requiredPrivateInfos\": [\"getLocation\", \"chooseAddress\"]  // chooseAddress is never called",
		Right:   "\"requiredPrivateInfos\": [\"getLocation\"]",
		Excerpt: "14.1.1 在采集用户数据之前，必须确保经过用户同意，并向用户如实披露数据用途、使用范围等相关信息。（微信小程序平台运营规范）",
	},
}

func checkUnusedPrivateInfos(c *rule.ProjectContext) {
	u := appJSON(c)
	if u == nil {
		return
	}
	arr := u.JSON.Get("requiredPrivateInfos")
	if !arr.IsArray() {
		return
	}
	us := projectUsage(c)
	if len(us.units) == 0 {
		return // no script seen (a lone app.json): nothing to conclude
	}
	seen := map[string]bool{}
	for i, it := range arr.Items {
		if !it.IsString() || seen[it.Str] || !rpiKnown(it.Str) {
			continue
		}
		seen[it.Str] = true
		if us.mentioned(it.Str) {
			continue
		}
		var fixes []rule.Fix
		if len(u.JSONError) == 0 {
			if s, t, ok := jsonv.RemoveItem(u.Text, arr, i); ok {
				fixes = append(fixes, rule.Fix{
					Title: rule.Msg{Zh: "从 requiredPrivateInfos 中删除 " + it.Str, En: "Remove " + it.Str + " from requiredPrivateInfos"},
					Edits: []rule.Edit{{Span: s, NewText: t}},
				})
			}
		}
		c.Report(u.Path, it.Span, rule.Msg{
			Zh: "requiredPrivateInfos 声明了 " + it.Str + "，但项目代码没有调用它：声明的位置接口需要在后台开通并在提审时接受检测，与实际收集的信息不符。若只有组件库（miniprogram_npm）调用它，请保留。",
			En: "requiredPrivateInfos declares " + it.Str + " but no code in the project calls it: declared location APIs need approved access and are checked at submission, and this misstates what the app collects. Keep it if only a component library (miniprogram_npm) calls it.",
		}, fixes...)
	}
}

// rpiKnown reports whether name is one of the eight requiredPrivateInfos
// names.
func rpiKnown(name string) bool {
	for _, n := range ptable.RequiredPrivateInfosNames {
		if n == name {
			return true
		}
	}
	return false
}
