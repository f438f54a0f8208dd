package privacy

import (
	"strings"

	ptable "mpls/analysis/privacy"
	"mpls/analysis/privacydecl"
	"mpls/analysis/rule"
)

// UnusedDeclaration: the kept privacy declaration (privacy.json, or
// mpls.json's "privacy") declares a category no code uses — not the
// project's own files, not the packages it ships. A declaration must match
// the code: reviewers compare them (LESSONS #01, WX §14.1.1), and WeChat
// does not accept 暂未使用 as a purpose (remove the entry, or the code).
//
// Judgment, to never ask for the removal of an entry the code may need:
//   - the categories declared from the app's own data (DeviceInfo, Email,
//     EXIDNumber, EXOrderInfo, EXUserPublishContent, EXUserFollowAcct,
//     EXUserOpLog) have no API, so they are never "unused";
//   - a category one of whose APIs a script names without mpls seeing
//     the call (passed around, a string, a wrapper), or whose component
//     attribute is bound to data (open-type="{{type}}"), counts as used.
//
// Also reported: a privacy_key the platform does not know (a typo the
// console would reject), and a category declared twice (the fix removes
// the later entry). The fix removes the entry (not "safe": the team
// decides).
var UnusedDeclaration = &rule.Rule{
	ID:           "privacy/unused-declaration",
	Severity:     rule.Warning,
	Citation:     "LESSONS #01, WX §14.1.1",
	Scope:        rule.ProjectScope,
	CheckProject: checkUnusedDeclaration,
	Title:        rule.Msg{Zh: "隐私保护指引声明了代码未使用的类别", En: "Privacy category declared but not used by the code"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "privacy.json（或 mpls.json 的 privacy）声明了某个隐私类别，但项目代码（含 miniprogram_npm 中的第三方库）没有调用它对应的接口或组件；或 privacy_key 拼写错误、重复声明。",
			En: "privacy.json (or mpls.json's privacy key) declares a category whose APIs and components the code (libraries in miniprogram_npm included) never uses; or a privacy_key is misspelt or declared twice."},
		Why: rule.Msg{Zh: "用户隐私保护指引必须与代码一致，如实披露（微信 §14.1.1；审核经验 #01）；微信不接受“暂未使用”之类的用途，未使用的类别应删除。",
			En: "The privacy guidelines must match the code and disclose truthfully (WX §14.1.1; LESSONS #01); WeChat does not accept purposes like 暂未使用: remove categories the code does not use."},
		Wrong:   "{\n  \"setting_list\": [\n    { \"privacy_key\": \"Location\", \"privacy_text\": \"显示你附近的门店\" },\n    { \"privacy_key\": \"Record\", \"privacy_text\": \"暂未使用\" }\n  ]\n}",
		Right:   "{\n  \"setting_list\": [\n    { \"privacy_key\": \"Location\", \"privacy_text\": \"显示你附近的门店\" }\n  ]\n}",
		Excerpt: "14.1.1 在采集用户数据之前，必须确保经过用户同意，并向用户如实披露数据用途、使用范围等相关信息。（微信小程序平台运营规范）",
	},
}

func checkUnusedDeclaration(c *rule.ProjectContext) {
	d := privacydecl.ReadDeclared(c.Env)
	if !d.OK() || !d.Live {
		return
	}
	decl := privacydecl.Derive(c.Env)
	cats, _ := ptable.CategoriesFor(c.Platform)
	seen := map[string]bool{}
	for _, e := range d.Entries {
		if e.Key == "" {
			continue
		}
		remove := func(title rule.Msg) []rule.Fix {
			if ed, ok := d.RemoveEdit(e.Index); ok {
				return []rule.Fix{{Title: title, Edits: []rule.Edit{ed}}}
			}
			return nil
		}
		if seen[e.Key] {
			c.Report(d.Path, e.KeySpan, rule.Msg{
				Zh: "“" + e.Key + "”重复声明：setting_list 中每个类别只能出现一次。",
				En: "\"" + e.Key + "\" is declared twice: each category may appear once in setting_list.",
			}, remove(rule.Msg{Zh: "删除重复的“" + e.Key + "”", En: "Remove the duplicate " + e.Key})...)
			continue
		}
		seen[e.Key] = true
		cat, known := cats[e.Key]
		if !known {
			c.Report(d.Path, e.KeySpan, rule.Msg{
				Zh: "未知的 privacy_key“" + e.Key + "”：" + platformName(c.Platform) + "的用户隐私保护指引没有这个类别（可用的如 " + someKeys(c.Platform) + "），控制台会拒绝。",
				En: "Unknown privacy_key \"" + e.Key + "\": " + platformName(c.Platform) + " has no such category (valid ones include " + someKeys(c.Platform) + "); the console rejects it.",
			})
			continue
		}
		if cat.Data || decl.Setting(e.Key) != nil || categoryMentioned(c, e.Key) {
			continue
		}
		c.Report(d.Path, e.KeySpan, rule.Msg{
			Zh: "声明了“" + cat.Label + "”（" + e.Key + "），但代码（含第三方库）没有使用它的接口或组件：指引须与代码一致，请删除这一项。",
			En: "Declares " + e.Key + " (" + cat.Label + "), but no code (libraries included) uses its APIs or components: the declaration must match the code, remove the entry.",
		}, remove(rule.Msg{Zh: "从 " + d.Path + " 删除“" + cat.Label + "”", En: "Remove " + e.Key + " from " + d.Path})...)
	}
}

func platformName(p string) string {
	if ptable.Douyin(p) {
		return "抖音"
	}
	return "微信"
}

func someKeys(p string) string {
	_, order := ptable.CategoriesFor(p)
	if len(order) > 4 {
		order = order[:4]
	}
	return strings.Join(order, "、")
}

// categoryMentioned reports whether the project's own code names an API
// of the category without mpls resolving a call to it, or binds a
// component attribute that may produce it.
func categoryMentioned(c *rule.ProjectContext, key string) bool {
	var names []string
	var tags []string
	openType, nickname := false, false
	for _, a := range ptable.APIsOf(c.Platform, key) {
		switch {
		case strings.HasPrefix(a.Name, "<input"):
			nickname = true
		case strings.HasPrefix(a.Name, "<"):
			tags = append(tags, strings.Trim(a.Name, "<>"))
		case strings.HasPrefix(a.Name, "open-type="):
			openType = true
			names = append(names, strings.TrimPrefix(a.Name, "open-type="))
		case strings.Contains(a.Name, "."):
			i := strings.IndexByte(a.Name, '.')
			if a.Name[:i] == "MapContext" {
				names = append(names, a.Name[i+1:])
			} else {
				names = append(names, a.Name[:i])
			}
		default:
			names = append(names, a.Name)
		}
	}
	for _, u := range sortedUnits(c.Units) {
		if privacydecl.InLibrary(u.Path) {
			continue
		}
		if s := u.Script; s != nil {
			for _, n := range names {
				if s.HasName(n) {
					return true
				}
			}
			for _, str := range s.Strings {
				for _, n := range names {
					if str.Value == n {
						return true
					}
				}
			}
		}
		if t := u.Template; t != nil {
			for i := range t.Elements {
				e := &t.Elements[i]
				for _, tg := range tags {
					if strings.EqualFold(e.Tag, tg) {
						return true
					}
				}
				if a := e.Attr("open-type"); openType && a != nil && !a.Static() {
					return true
				}
				if a := e.Attr("type"); nickname && a != nil && !a.Static() && strings.EqualFold(e.Tag, "input") {
					return true
				}
			}
		}
	}
	return false
}
