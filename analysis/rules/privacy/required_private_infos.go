package privacy

import (
	"strings"

	ptable "mpls/analysis/privacy"
	"mpls/analysis/rule"
)

// RequiredPrivateInfos (WeChat): the code calls a location API that app.json
// `requiredPrivateInfos` must list, and it is not listed. Since 2022-07-14
// such a call fails at run time (WeChat docs), so the location feature is
// dead in the reviewed build; reviewers see it broken, and the API must be
// declared to be disclosed at all (WX §14.1.1).
//
// The eight names: getFuzzyLocation, getLocation, onLocationChange,
// startLocationUpdate, startLocationUpdateBackground, chooseLocation,
// choosePoi, chooseAddress (the privacy table). A call counts when mpls
// resolves it to the platform API (aliases and promisify included).
//
// One finding per project, in app.json (at the requiredPrivateInfos key,
// else at the top-level "{"), listing every missing name with its first
// call site. The fix appends them (creating the array if absent), in the
// file's style. getFuzzyLocation and the precise four exclude each other:
//   - a missing name that would clash with a declared one the code never
//     mentions replaces it (the fix also removes the stale one);
//   - when the code itself calls both kinds, those names are reported but
//     not added: the developer must pick one (privacy/fuzzy-precise-
//     conflict explains).
//
// Declared names nothing calls are privacy/unused-private-infos's
// (information): the engine gives one severity per rule, so that half of
// the check is a rule of its own.
var RequiredPrivateInfos = &rule.Rule{
	ID:           "privacy/required-private-infos",
	Severity:     rule.Error,
	Platforms:    []string{rule.WeChat},
	Citation:     "WX §14.1.1",
	Scope:        rule.ProjectScope,
	Whole:        true,
	CheckProject: checkRequiredPrivateInfos,
	Title:        rule.Msg{Zh: "app.json requiredPrivateInfos 未声明使用的位置接口", En: "Location API missing from app.json requiredPrivateInfos"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "代码调用了 getLocation、chooseLocation、chooseAddress 等位置接口，但 app.json 的 requiredPrivateInfos 没有列出它。",
			En: "The code calls a location API such as getLocation, chooseLocation or chooseAddress, but app.json requiredPrivateInfos does not list it."},
		Why: rule.Msg{Zh: "自 2022 年 7 月 14 日起，这 8 个位置接口必须在 app.json 的 requiredPrivateInfos 中声明，否则调用失败（微信开发文档）；采集用户数据必须如实披露（微信 §14.1.1）。",
			En: "Since 2022-07-14 these eight location APIs must be declared in app.json requiredPrivateInfos or the call fails (WeChat docs); collecting user data must be disclosed (WX §14.1.1)."},
		Wrong:   "{\n  \"pages\": [\"pages/index/index\"]\n}",
		Right:   "{\n  \"pages\": [\"pages/index/index\"],\n  \"requiredPrivateInfos\": [\n    \"getLocation\"\n  ]\n}",
		Excerpt: "14.1.1 在采集用户数据之前，必须确保经过用户同意，并向用户如实披露数据用途、使用范围等相关信息。（微信小程序平台运营规范）",
	},
}

// rpiKind: 1 fuzzy, 2 precise, 0 neither (the two kinds exclude each other).
func rpiKind(name string) int {
	a := ptable.Lookup(name)
	switch {
	case a == nil:
		return 0
	case a.Fuzzy:
		return 1
	case a.Precise:
		return 2
	}
	return 0
}

func checkRequiredPrivateInfos(c *rule.ProjectContext) {
	u := appJSON(c)
	if u == nil {
		return
	}
	us := projectUsage(c)
	root := u.JSON
	arr := root.Get("requiredPrivateInfos")
	declared := map[string]bool{}
	for _, s := range arr.Strings() {
		declared[s] = true
	}
	usedKind := map[int]bool{}
	var missing []string
	for _, n := range ptable.RequiredPrivateInfosNames {
		if !us.calls(n) {
			continue
		}
		usedKind[rpiKind(n)] = true
		if !declared[n] {
			missing = append(missing, n)
		}
	}
	if len(missing) == 0 {
		return
	}
	codeClash := usedKind[1] && usedKind[2]
	var add, blocked, stale []string
	for _, n := range missing {
		k := rpiKind(n)
		if k == 0 {
			add = append(add, n)
			continue
		}
		if codeClash {
			blocked = append(blocked, n)
			continue
		}
		// declared names of the other kind
		ok := true
		var clash []string
		for d := range declared {
			if dk := rpiKind(d); dk != 0 && dk != k {
				clash = append(clash, d)
				if us.mentioned(d) {
					ok = false
				}
			}
		}
		if !ok {
			blocked = append(blocked, n)
			continue
		}
		add = append(add, n)
		stale = append(stale, clash...)
	}

	var zh, en []string
	for _, n := range missing {
		w := us.first[n].where()
		zh = append(zh, n+"（"+w+"）")
		en = append(en, n+" ("+w+")")
	}
	msg := rule.Msg{
		Zh: "代码调用了位置接口，但 app.json 的 requiredPrivateInfos 没有声明：" + strings.Join(zh, "、") + "。未声明的接口调用会失败，采集位置须如实披露。",
		En: "The code calls location APIs that app.json requiredPrivateInfos does not declare: " + strings.Join(en, ", ") + ". Undeclared calls fail, and collecting location must be disclosed.",
	}
	if len(blocked) > 0 {
		msg.Zh += "其中 " + strings.Join(blocked, "、") + " 与已使用的另一类位置接口互斥（getFuzzyLocation 与 getLocation 等精确定位接口不能同时声明）：请只保留一种。"
		msg.En += " Of these, " + strings.Join(blocked, ", ") + " cannot be declared with the other kind the code uses (getFuzzyLocation excludes getLocation and the other precise APIs): keep one kind."
	}

	at := openBrace(root)
	if m := root.Member("requiredPrivateInfos"); m != nil {
		at = m.KeySpan
	}
	var fixes []rule.Fix
	if len(add) > 0 && len(u.JSONError) == 0 && (arr == nil || arr.IsArray()) {
		var steps []jsonStep
		if arr == nil {
			items := make([]string, len(add))
			for i, n := range add {
				items[i] = "  \"" + n + "\""
			}
			steps = append(steps, insertMember(nil, "requiredPrivateInfos", "[\n"+strings.Join(items, ",\n")+"\n]"))
		} else {
			for _, n := range add {
				steps = append(steps, appendItem([]string{"requiredPrivateInfos"}, "\""+n+"\""))
			}
			for _, n := range stale {
				steps = append(steps, removeString([]string{"requiredPrivateInfos"}, n))
			}
		}
		if e, ok := jsonEdit(u.Text, steps...); ok {
			fixes = append(fixes, rule.Fix{
				Title:     rule.Msg{Zh: "在 requiredPrivateInfos 中声明 " + strings.Join(add, "、"), En: "Declare " + strings.Join(add, ", ") + " in requiredPrivateInfos"},
				Edits:     []rule.Edit{e},
				Preferred: true,
				Safe:      true,
			})
		}
	}
	c.Report(u.Path, at, msg, fixes...)
}
