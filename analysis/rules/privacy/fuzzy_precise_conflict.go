package privacy

import (
	"strings"

	"mpls/analysis/rule"
)

// FuzzyPreciseConflict (WeChat): app.json `requiredPrivateInfos` declares
// getFuzzyLocation together with a precise location API (getLocation,
// onLocationChange, startLocationUpdate, startLocationUpdateBackground).
// The two kinds exclude each other: declaring both is a compile error
// (WeChat docs), so the build cannot even be uploaded.
//
// The finding sits on the getFuzzyLocation item. The fix keeps the kind
// the code calls and removes the other kind's entries — only those no
// script names at all, so nothing the code needs goes. When the code calls
// both kinds, or neither, there is no fix: the developer has to choose
// (getFuzzyLocation is the one most categories can get approved).
var FuzzyPreciseConflict = &rule.Rule{
	ID:           "privacy/fuzzy-precise-conflict",
	Severity:     rule.Error,
	Platforms:    []string{rule.WeChat},
	Citation:     "WeChat docs",
	Scope:        rule.ProjectScope,
	CheckProject: checkFuzzyPrecise,
	Title:        rule.Msg{Zh: "模糊定位与精确定位接口不能同时声明", En: "Fuzzy and precise location declared together"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "app.json 的 requiredPrivateInfos 同时声明了 getFuzzyLocation 和 getLocation（或 onLocationChange、startLocationUpdate、startLocationUpdateBackground）。",
			En: "app.json requiredPrivateInfos declares getFuzzyLocation together with getLocation (or onLocationChange, startLocationUpdate, startLocationUpdateBackground)."},
		Why: rule.Msg{Zh: "模糊位置接口与精确位置接口互斥，同时声明会在编译时报错（微信开发文档），代码无法上传提审。",
			En: "The fuzzy and the precise location APIs exclude each other; declaring both is a compile error (WeChat docs), so the code cannot be uploaded for review."},
		Wrong:   "\"requiredPrivateInfos\": [\"getFuzzyLocation\", \"getLocation\"]",
		Right:   "\"requiredPrivateInfos\": [\"getFuzzyLocation\"]",
		Excerpt: "表1中模糊位置信息（序号1）和精确位置信息（序号2-5）是互斥的，即声明了模糊位置信息就无法声明精确位置信息。若同时声明模糊位置信息和精确位置信息，则在编译代码时出现错误。（微信开放社区公告《地理位置接口新增与相关流程调整》，2022-07-14）",
	},
}

func checkFuzzyPrecise(c *rule.ProjectContext) {
	u := appJSON(c)
	if u == nil {
		return
	}
	arr := u.JSON.Get("requiredPrivateInfos")
	if !arr.IsArray() {
		return
	}
	fuzzyAt := -1
	var precise []string
	for i, it := range arr.Items {
		if !it.IsString() {
			continue
		}
		switch rpiKind(it.Str) {
		case 1:
			if fuzzyAt < 0 {
				fuzzyAt = i
			}
		case 2:
			if !contains(precise, it.Str) {
				precise = append(precise, it.Str)
			}
		}
	}
	if fuzzyAt < 0 || len(precise) == 0 {
		return
	}
	us := projectUsage(c)
	callsFuzzy := us.calls("getFuzzyLocation")
	callsPrecise := false
	for _, p := range precise {
		if us.calls(p) {
			callsPrecise = true
		}
	}
	var remove []string
	switch {
	case callsFuzzy && !callsPrecise:
		remove = precise
	case callsPrecise && !callsFuzzy:
		remove = []string{"getFuzzyLocation"}
	}
	for _, r := range remove {
		if us.mentioned(r) {
			remove = nil // the code names it: let the developer decide
			break
		}
	}
	list := strings.Join(precise, "、")
	msg := rule.Msg{
		Zh: "requiredPrivateInfos 同时声明了 getFuzzyLocation 和精确定位接口 " + list + "：两者互斥，编译时报错，无法上传。",
		En: "requiredPrivateInfos declares getFuzzyLocation together with the precise " + strings.Join(precise, ", ") + ": they exclude each other, which is a compile error, so the build cannot be uploaded.",
	}
	switch {
	case len(us.units) == 0:
		// no script seen (a lone app.json): say nothing about the code
	case callsFuzzy && callsPrecise:
		msg.Zh += "代码两种都在调用：请改为只用其中一种。"
		msg.En += " The code calls both kinds: use only one."
	case !callsFuzzy && !callsPrecise:
		msg.Zh += "代码两种都没有调用：请删除不需要的声明。"
		msg.En += " The code calls neither: remove the ones you do not need."
	}
	var fixes []rule.Fix
	if len(remove) > 0 && len(u.JSONError) == 0 {
		var steps []jsonStep
		for _, it := range arr.Items {
			if it.IsString() && contains(remove, it.Str) {
				steps = append(steps, removeString([]string{"requiredPrivateInfos"}, it.Str))
			}
		}
		if e, ok := jsonEdit(u.Text, steps...); ok {
			fixes = append(fixes, rule.Fix{
				Title:     rule.Msg{Zh: "只保留代码使用的位置接口（删除 " + strings.Join(remove, "、") + "）", En: "Keep the location APIs the code uses (remove " + strings.Join(remove, ", ") + ")"},
				Edits:     []rule.Edit{e},
				Preferred: true,
				Safe:      true,
			})
		}
	}
	c.Report(u.Path, arr.Items[fuzzyAt].Span, msg, fixes...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
