package privacy

import (
	"strings"

	"mpls/analysis/lexicon"
	"mpls/analysis/privacydecl"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/text"
)

// VaguePurpose: the purpose given to the user when asking for a permission
// says nothing: 获取良好体验, 提升体验, 为了更好地为您服务 … Douyin wants the
// concrete use ("地理位置授权——用来定位附近商家") and names 获取良好体验 as the
// wrong way (DY §1.1.2.1); WeChat asks for the data use to be disclosed
// truthfully (WX §14.1.1).
//
// Where a purpose is shown, and so what is read (never other text):
//   - the content of a showModal (Alipay: confirm) that comes before an
//     authorization: a privacy API called inside its callbacks, a
//     confirmed privacy call after it in the same function (the awaited
//     form), or a modal whose title or content speaks of authorization or
//     of what it collects (授权, 权限, 位置, 相册, 麦克风 …);
//   - app.json `permission.<scope>.desc`, which WeChat shows in the system
//     dialog (Douyin's app.json takes the same key).
//
// The phrases are the lexicon's vague-purpose category (data, extensible
// in mpls.json); phrases like 正常使用 that can sit inside a concrete
// purpose are not in it. No fix: only the developer knows the real use.
var VaguePurpose = &rule.Rule{
	ID:       "privacy/vague-purpose",
	Severity: rule.Warning,
	Citation: "DY §1.1.2.1, WX §14.1.1",
	Title:    rule.Msg{Zh: "授权用途说明过于宽泛", En: "Vague purpose for a permission"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "授权前的说明弹窗（showModal）或 app.json 的 permission.*.desc 用“获取良好体验”“提升体验”“为了更好地为您服务”等宽泛话术说明用途。",
			En: "The prompt before an authorization (showModal) or app.json permission.*.desc gives a vague purpose such as 获取良好体验, 提升体验 or 为了更好地为您服务."},
		Why: rule.Msg{Zh: "授权文案需要明确说明用途，例如“地理位置授权——用来定位附近商家”；请勿使用“获取良好体验”等宽泛话术（抖音 §1.1.2.1；微信 §14.1.1 要求如实披露数据用途）。",
			En: "The text must state the concrete use, e.g. \"location — to find shops near you\"; vague wording such as 获取良好体验 is rejected (DY §1.1.2.1; WX §14.1.1 asks for the data use to be disclosed truthfully)."},
		Wrong:   "\"permission\": {\n  \"scope.userLocation\": { \"desc\": \"为了给您提供更好的服务\" }\n}",
		Right:   "\"permission\": {\n  \"scope.userLocation\": { \"desc\": \"你的位置信息将用于展示附近的门店和距离\" }\n}",
		Excerpt: "授权页面文案需要明确说明授权用途，例如：地理位置授权——用来定位附近商家。请勿使用宽泛话术表明用途，如“获取良好体验”。（抖音 版本审核常见问题 §1.1.2.1）",
	},
	Check:        checkVague,
	CheckProject: checkVagueDescs,
}

// authWords: a modal that speaks of these is asking for a permission.
var authWords = []string{"授权", "权限", "允许", "位置", "定位", "相册", "照片", "相机", "摄像头", "麦克风", "录音", "剪贴板", "剪切板", "通讯录", "蓝牙", "手机号", "头像", "昵称", "收货地址", "个人信息", "用户信息", "隐私"}

func mentionsAuth(s string) bool {
	for _, w := range authWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func checkVague(c *rule.FileContext) {
	u := c.Unit
	if u.Script != nil {
		checkVagueModals(c, u.Script)
	}
}

// checkVagueDescs is the project half: app.json permission descs, each
// read only when the app asks for its scope — a desc is shown in the
// scope's authorization dialog and nowhere else, so a template's desc for
// a scope no call requests (WeChat's chooseLocation has needed no
// scope.userLocation since 2022-06-13) is never seen.
func checkVagueDescs(c *rule.ProjectContext) {
	u := appJSON(c)
	if u == nil {
		return
	}
	perm := u.JSON.Get("permission")
	if !perm.IsObject() {
		return
	}
	var us *usage
	for _, m := range perm.Members {
		d := m.Value.Get("desc")
		if !d.IsString() {
			continue
		}
		if us == nil {
			us = projectUsage(c)
		}
		if !scopeRequested(us, m.Key, c.Platform) {
			continue
		}
		reportVague(c.Lexicon, u.Text, d.ContentSpan(), "app.json permission[\""+m.Key+"\"].desc", func(s text.Span, msg rule.Msg) { c.Report(u.Path, s, msg) })
	}
}

// scopeAPIs are the calls that ask for a location scope (WeChat's
// AuthSetting table; Douyin's tt.chooseLocation needs scope.userLocation
// too). Other scopes are taken as requested: their desc is read.
var scopeAPIs = map[string][]string{
	"scope.userLocation":           {"getLocation", "startLocationUpdate", "moveToLocation"},
	"scope.userFuzzyLocation":      {"getFuzzyLocation"},
	"scope.userLocationBackground": {"startLocationUpdateBackground"},
}

func scopeRequested(us *usage, scope, platform string) bool {
	apis, ok := scopeAPIs[scope]
	if !ok {
		return true
	}
	if scope == "scope.userLocation" && platform == rule.Douyin {
		apis = append(apis[:len(apis):len(apis)], "chooseLocation")
	}
	for _, st := range us.sites {
		if authorizeScope(st.call) == scope {
			return true
		}
		for _, a := range apis {
			if st.call.API == a && (st.call.Factory == "" || a == "moveToLocation") {
				return true
			}
		}
	}
	return false
}

func checkVagueModals(c *rule.FileContext, s *script.Facts) {
	for _, str := range s.Strings {
		if (str.Arg != "showModal" && str.Arg != "confirm") || str.Key != "content" || str.Call < 0 || str.Call >= len(s.Calls) {
			continue
		}
		modal := &s.Calls[str.Call]
		if !beforeAuthorization(s, modal) {
			continue
		}
		reportVague(c.Lexicon, c.Unit.Text, str.Span, "showModal content", func(s text.Span, m rule.Msg) { c.Report(s, m) })
	}
}

// beforeAuthorization reports whether a showModal asks the user about a
// permission (see VaguePurpose).
func beforeAuthorization(s *script.Facts, modal *script.Call) bool {
	if modal.Options != nil {
		for _, k := range []string{"title", "content"} {
			if p := modal.Options.Get(k); p != nil && p.IsString && mentionsAuth(p.String) {
				return true
			}
		}
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		a := apiOf(call)
		if call == modal || a == nil || (a.Category == "" && !a.Prompt) {
			continue
		}
		inside := modal.Span.Start < call.Span.Start && call.Span.End <= modal.Span.End
		after := call.Confirmed && call.Func == modal.Func && call.Span.Start >= modal.Span.End
		if inside || after {
			return true
		}
	}
	return false
}

func reportVague(lex *lexicon.Lexicon, src []byte, sp text.Span, where string, report func(text.Span, rule.Msg)) {
	if sp.Start < 0 || sp.End > len(src) || sp.Start >= sp.End {
		return
	}
	raw := string(src[sp.Start:sp.End])
	hits := lex.Find("vague-purpose", raw)
	if len(hits) == 0 && privacydecl.Vague(raw, lex) {
		// a stock sample left in place (用于小程序位置接口的效果展示): the
		// whole text says nothing
		report(sp, rule.Msg{
			Zh: "授权用途“" + strings.TrimSpace(raw) + "”是示例模板文字，没有说明具体用途（" + where + "）：请写明收集它做什么，例如“用于展示附近的门店”。",
			En: "The purpose \"" + strings.TrimSpace(raw) + "\" is sample text that names no use (" + where + "): say what the data is for, e.g. \"to show shops near you\".",
		})
		return
	}
	for _, h := range hits {
		hs := text.Span{Start: sp.Start + h.Start, End: sp.Start + h.End}
		word := raw[h.Start:h.End]
		report(hs, rule.Msg{
			Zh: "授权用途“" + word + "”过于宽泛（" + where + "）：请写明具体用途，例如“用于展示附近的门店”，审核不接受“获取良好体验”之类的话术。",
			En: "The purpose \"" + word + "\" is vague (" + where + "): say what the data is used for, e.g. \"to show shops near you\"; reviewers reject wording like 获取良好体验.",
		})
	}
}
