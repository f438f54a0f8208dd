package privacy

import (
	"fmt"
	"strings"

	ptable "mpls/analysis/privacy"
	"mpls/analysis/privacydecl"
	"mpls/analysis/rule"
)

// UndeclaredCategory: the project keeps its privacy declaration in the
// repository (privacy.json at the mini-program root, or mpls.json's
// "privacy" key — see `mpls privacy`), and the code uses a category it
// does not declare. WeChat blocks the call ("<api>:fail api scope is not
// declared in the privacy agreement", errno 112) and reviewers reject a
// build whose guidelines do not match its code (LESSONS #01, WX §14.1.1).
//
// Reported on each use in the project's own files and once on the
// declaration (at setting_list), which also carries the uses inside
// miniprogram_npm/ and node_modules/ (WeChat's scan reads those too).
// Nothing is reported when there is no kept declaration, or while it does
// not parse. The fix appends the entry with the purpose drafted from the
// code (the showModal before the call, the permission desc, the button
// that starts it; the table's default otherwise). It is not "safe": the
// team should read the purpose before it goes to the console.
//
// Douyin: the categories come from Douyin's console form, mapped to APIs
// by inference from its scopes; messages say so.
var UndeclaredCategory = &rule.Rule{
	ID:           "privacy/undeclared-category",
	Severity:     rule.Error,
	Citation:     "LESSONS #01, WX §14.1.1",
	Scope:        rule.ProjectScope,
	CheckProject: checkUndeclaredCategory,
	Title:        rule.Msg{Zh: "隐私保护指引（privacy.json）未声明代码使用的类别", En: "Privacy category used by the code but not declared in privacy.json"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目在 privacy.json（或 mpls.json 的 privacy）中保存了用户隐私保护指引，但代码调用的隐私接口或组件（如 chooseImage → 选中的照片或视频信息）所属的类别没有声明。",
			En: "The project keeps its privacy declaration in privacy.json (or mpls.json's privacy key), but the code uses an API or component whose category (e.g. chooseImage → Album) is not declared."},
		Why: rule.Msg{Zh: "未在用户隐私保护指引中声明的接口会调用失败（errno 112：api scope is not declared in the privacy agreement）；指引与代码不符，审核会驳回（审核经验 #01；微信 §14.1.1 要求如实披露数据用途）。",
			En: "An API whose category the privacy guidelines do not declare fails (errno 112: api scope is not declared in the privacy agreement); guidelines that do not match the code get the build rejected (LESSONS #01; WX §14.1.1 requires disclosing data use truthfully)."},
		Wrong:   "// privacy.json\n{\n  \"setting_list\": [\n    { \"privacy_key\": \"Location\", \"privacy_text\": \"显示你附近的门店\" }\n  ]\n}\n// pages/upload/upload.js\nwx.chooseImage({ count: 1 })",
		Right:   "// privacy.json\n{\n  \"setting_list\": [\n    { \"privacy_key\": \"Location\", \"privacy_text\": \"显示你附近的门店\" },\n    { \"privacy_key\": \"Album\", \"privacy_text\": \"上传你选择的商品图片\" }\n  ]\n}",
		Excerpt: "If the Mini Program has not integrated the official privacy agreement after the first successful launch, the reviewer will reject the submission. The fix is to update the privacy agreement in the backend under Account Settings → Service Content Declaration → User Privacy Protection Guidelines → Complete.（审核经验 #01）\n14.1.1 在采集用户数据之前，必须确保经过用户同意，并向用户如实披露数据用途、使用范围等相关信息。（微信小程序平台运营规范）",
	},
}

func checkUndeclaredCategory(c *rule.ProjectContext) {
	d := privacydecl.ReadDeclared(c.Env)
	if !d.OK() {
		return
	}
	decl := privacydecl.Derive(c.Env)
	douyin := ptable.Douyin(c.Platform)
	for _, s := range decl.Settings {
		if d.Has(s.PrivacyKey) {
			continue
		}
		var fixes []rule.Fix
		if d.Live {
			if e, ok := d.AddEdit(s.PrivacyKey, s.PrivacyText); ok {
				fixes = append(fixes, rule.Fix{
					Title:     rule.Msg{Zh: "在 " + d.Path + " 中声明“" + s.Label + "”（" + s.PrivacyKey + "）", En: "Declare " + s.PrivacyKey + " in " + d.Path},
					Edits:     []rule.Edit{e},
					Preferred: true,
				})
			}
		}
		cat := "“" + s.Label + "”（" + s.PrivacyKey + "）"
		var inferZh, inferEn string
		if douyin {
			inferZh, inferEn = "（抖音的类别对应关系为推断）", " (Douyin's category mapping is inferred)"
		}
		var zh, en []string
		for _, u := range s.Uses {
			p := fmt.Sprintf("%s:%d %s", u.File, u.Range.Start.Line+1, u.API)
			if u.Library {
				zh, en = append(zh, p+"（第三方库）"), append(en, p+" (library)")
				continue
			}
			zh, en = append(zh, p), append(en, p)
			c.Report(u.File, u.Span, rule.Msg{
				Zh: u.API + " 属于用户隐私保护指引的" + cat + "，但 " + d.Path + " 没有声明" + inferZh + "：未声明时相关接口会调用失败（errno 112），指引与代码不符审核会驳回。",
				En: u.API + " belongs to the privacy category " + s.PrivacyKey + " (" + s.Label + "), which " + d.Path + " does not declare" + inferEn + ": the call fails (errno 112) and guidelines that do not match the code are rejected.",
			}, fixes...)
		}
		if !d.Live {
			continue // no text to point into
		}
		if len(zh) > 3 {
			zh = append(zh[:3], fmt.Sprintf("… 共 %d 处", len(s.Uses)))
			en = append(en[:3], fmt.Sprintf("… %d in all", len(s.Uses)))
		}
		c.Report(d.Path, d.Anchor(), rule.Msg{
			Zh: "代码在 " + strings.Join(zh, "，") + " 使用了" + cat + "，但用户隐私保护指引没有声明" + inferZh + "：请在 setting_list 中加入并写明用途。",
			En: "The code uses " + s.PrivacyKey + " (" + s.Label + "; " + strings.Join(en, ", ") + "), which the privacy declaration does not list" + inferEn + ": add it to setting_list with its purpose.",
		}, fixes...)
	}
}
