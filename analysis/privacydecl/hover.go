package privacydecl

import (
	"strings"

	"mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/ruledoc"
)

func init() {
	prev := ruledoc.HoverAt
	ruledoc.HoverAt = func(u *rule.Unit, off int, env *rule.Env, locale string) string {
		if s := Hover(u, off, env, locale); s != "" {
			return s
		}
		if prev != nil {
			return prev(u, off, env, locale)
		}
		return ""
	}
}

// Hover describes the privacy API or component at off in u: its
// categories, scope, whether app.json must list it in
// requiredPrivateInfos and give a permission desc (and whether it does),
// and whether the project's kept declaration declares it. "" when there
// is none at off.
func Hover(u *rule.Unit, off int, env *rule.Env, locale string) string {
	if u == nil || env == nil {
		return ""
	}
	var h *hit
	hs := unitHits(u, InLibrary(u.Path))
	for i := range hs {
		x := &hs[i]
		if x.span.Contains(off) || (x.elem >= 0 && u.Template != nil && u.Template.Elements[x.elem].TagSpan.Contains(off)) {
			h = x
			break
		}
	}
	if h == nil {
		return ""
	}
	en := strings.HasPrefix(locale, "en")
	tr := func(zh, e string) string {
		if en {
			return e
		}
		return zh
	}
	platform := env.Platform
	if platform == "" {
		platform = rule.WeChat
	}
	douyin := privacy.Douyin(platform)
	a := h.api
	var b strings.Builder
	name := apiText(a.Name)
	if h.call != nil {
		name = "`" + callName(h.call) + "`"
	}
	keys := privacy.KeysOf(a, platform, h.scope)
	b.WriteString("**" + tr("隐私接口 ", "Privacy API ") + name + "**")
	if douyin {
		b.WriteString(tr("（抖音，类别为推断）", " (Douyin; categories inferred)"))
	}
	b.WriteString("\n\n")
	if len(keys) == 0 {
		b.WriteString("- " + tr("用户隐私保护指引：没有对应的类别", "Privacy declaration: no category of its own") + "\n")
	}
	for _, k := range keys {
		c, _ := privacy.CategoryOf(platform, k)
		b.WriteString("- " + tr("用户隐私保护指引类别：", "Privacy declaration category: ") + c.Label + "（`" + k + "`）\n")
	}
	scope := h.scope
	if scope == "" {
		scope = privacy.ScopeOn(a, platform)
	}
	if scope != "" {
		b.WriteString("- " + tr("授权 scope：", "Scope: ") + "`" + scope + "`\n")
	}
	app := env.Units["app.json"]
	if !douyin {
		if a.RequiredPrivateInfos {
			listed := false
			if app != nil && app.JSON.IsObject() {
				for _, s := range app.JSON.Get("requiredPrivateInfos").Strings() {
					listed = listed || s == a.Name
				}
			} else if env.Project != nil && env.Project.App != nil {
				for _, r := range env.Project.App.RequiredPrivateInfos {
					listed = listed || r.Value == a.Name
				}
			}
			b.WriteString("- " + tr("app.json requiredPrivateInfos：需要列出 · ", "app.json requiredPrivateInfos: required · ") + yesNo(listed, tr("已列出", "listed"), tr("未列出", "not listed")) + "\n")
		} else {
			b.WriteString("- " + tr("app.json requiredPrivateInfos：不需要", "app.json requiredPrivateInfos: not needed") + "\n")
		}
		if a.NeedsDesc {
			_, ok := permissionDesc(env, "scope.userLocation")
			b.WriteString("- " + tr("app.json permission[\"scope.userLocation\"].desc：需要 · ", "app.json permission[\"scope.userLocation\"].desc: required · ") + yesNo(ok, tr("已填写", "present"), tr("未填写", "missing")) + "\n")
		}
	}
	if len(keys) > 0 {
		d := ReadDeclared(env)
		switch {
		case d == nil:
			b.WriteString("- " + tr("本项目的声明：没有 privacy.json（运行 `mpls privacy --write` 从代码生成）", "This project's declaration: no privacy.json (run `mpls privacy --write` to draft it from the code)") + "\n")
		case !d.OK():
			b.WriteString("- " + tr("本项目的声明（"+d.Path+"）：无法解析", "This project's declaration ("+d.Path+"): does not parse") + "\n")
		default:
			for _, k := range keys {
				b.WriteString("- " + tr("本项目的声明（"+d.Path+"）：`"+k+"` ", "This project's declaration ("+d.Path+"): `"+k+"` ") + yesNo(d.Has(k), tr("已声明", "declared"), tr("未声明", "not declared")) + "\n")
			}
		}
	}
	if h.library {
		b.WriteString("- " + tr("位于第三方库中：微信的隐私检测同样扫描 miniprogram_npm", "In a library: WeChat's privacy scan reads miniprogram_npm too") + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

func yesNo(ok bool, yes, no string) string {
	if ok {
		return yes + " ✓"
	}
	return no + " ✗"
}
