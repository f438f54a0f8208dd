package privacy

import (
	"strings"

	"mpls/analysis/jsonv"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// PermissionDescMissing (WeChat): the code asks for the user's location
// but app.json gives no purpose for it in
// `permission["scope.userLocation"].desc`. WeChat shows that text in the
// location dialog, and without it the call fails ("getLocation:fail
// require permission desc", WeChat docs); reviewers reject location use
// without a stated purpose (WX §14.4.1).
//
// Location APIs: those the privacy table marks NeedsDesc (getLocation,
// getFuzzyLocation, startLocationUpdate, startLocationUpdateBackground,
// MapContext.moveToLocation) and authorize({ scope }) with a location
// scope. A project that only uses getFuzzyLocation may give the desc under
// scope.userFuzzyLocation instead; either counts. A desc that is blank
// counts as missing; a vague one is privacy/vague-purpose's.
//
// The finding sits in app.json, where the fix goes: at the desc, the
// scope, or the permission key when they exist, else at the top-level
// "{". The fix adds what is missing (permission, the scope, its desc) with
// a concrete purpose — to be edited to the real one, so it is not marked
// safe — keeping the file's indentation, line endings and key order.
var PermissionDescMissing = &rule.Rule{
	ID:           "privacy/permission-desc-missing",
	Severity:     rule.Error,
	Platforms:    []string{rule.WeChat},
	Citation:     "WX §14.4.1",
	Scope:        rule.ProjectScope,
	CheckProject: checkPermissionDesc,
	Title:        rule.Msg{Zh: "app.json 缺少位置权限的用途说明", En: "app.json lacks the purpose of the location permission"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "代码调用了 wx.getLocation 等定位接口，但 app.json 没有 permission[\"scope.userLocation\"].desc。",
			En: "The code calls a location API such as wx.getLocation, but app.json has no permission[\"scope.userLocation\"].desc."},
		Why: rule.Msg{Zh: "微信在位置授权弹窗中展示这段用途说明，缺少时接口调用失败；采集位置前未告知用途的小程序会被拒绝（微信 §14.4.1）。",
			En: "WeChat shows this purpose in the location dialog and the call fails without it; apps that collect location without stating why are rejected (WX §14.4.1)."},
		Wrong:   "{\n  \"pages\": [\"pages/index/index\"]\n}",
		Right:   "{\n  \"pages\": [\"pages/index/index\"],\n  \"permission\": {\n    \"scope.userLocation\": {\n      \"desc\": \"你的位置信息将用于展示附近的门店和距离\"\n    }\n  }\n}",
		Excerpt: "14.4.1 在采集、传送或使用地理位置数据之前未通知并获得用户同意的小程序，将会被拒绝。（微信小程序平台运营规范）",
	},
}

// locationDesc is the purpose the fix writes (WeChat shows it as is; at
// most 30 characters).
const locationDesc = "你的位置信息将用于展示附近的门店和距离"

func nonBlank(v *jsonv.Value) bool {
	s, ok := v.AsString()
	return ok && strings.TrimSpace(s) != ""
}

func isLocationScope(scope string) bool {
	switch scope {
	case "scope.userLocation", "scope.userFuzzyLocation", "scope.userLocationBackground":
		return true
	}
	return false
}

func checkPermissionDesc(c *rule.ProjectContext) {
	u := appJSON(c)
	if u == nil {
		return
	}
	us := projectUsage(c)
	var first *site
	fuzzyOnly := true
	for i := range us.sites {
		s := &us.sites[i]
		scope := authorizeScope(s.call)
		if !s.api.NeedsDesc && !isLocationScope(scope) {
			continue
		}
		if first == nil {
			first = s
		}
		if !s.api.Fuzzy && scope != "scope.userFuzzyLocation" {
			fuzzyOnly = false
		}
	}
	if first == nil {
		return
	}
	root := u.JSON
	perm := root.Get("permission")
	if nonBlank(perm.Path("scope.userLocation", "desc")) {
		return
	}
	if fuzzyOnly && nonBlank(perm.Path("scope.userFuzzyLocation", "desc")) {
		return
	}

	descJSON := jsonv.Quote(locationDesc)
	scopeJSON := "{\n  \"desc\": " + descJSON + "\n}"
	permJSON := "{\n  \"scope.userLocation\": {\n    \"desc\": " + descJSON + "\n  }\n}"
	var at text.Span
	var step jsonStep
	switch scope := perm.Get("scope.userLocation"); {
	case perm == nil:
		at, step = openBrace(root), insertMember(nil, "permission", permJSON)
	case !perm.IsObject():
		at, step = root.Member("permission").KeySpan, replaceValue([]string{"permission"}, permJSON)
	case scope == nil:
		at, step = root.Member("permission").KeySpan, insertMember([]string{"permission"}, "scope.userLocation", scopeJSON)
	case !scope.IsObject():
		at, step = perm.Member("scope.userLocation").KeySpan, replaceValue([]string{"permission", "scope.userLocation"}, scopeJSON)
	case scope.Get("desc") == nil:
		at, step = perm.Member("scope.userLocation").KeySpan, insertMember([]string{"permission", "scope.userLocation"}, "desc", descJSON)
	default:
		at, step = scope.Get("desc").Span, replaceValue([]string{"permission", "scope.userLocation", "desc"}, descJSON)
	}

	name := callName(first.call)
	if scope := authorizeScope(first.call); scope != "" {
		name += "({ scope: '" + scope + "' })"
	}
	msg := rule.Msg{
		Zh: "代码调用了 " + name + "（" + first.where() + "），但 app.json 没有 permission[\"scope.userLocation\"].desc：微信在位置授权弹窗中展示这段用途，缺少时调用失败，未说明用途采集位置会被驳回。",
		En: "The code calls " + name + " (" + first.where() + ") but app.json has no permission[\"scope.userLocation\"].desc: WeChat shows it in the location dialog, the call fails without it, and collecting location without a stated purpose is rejected.",
	}
	var fixes []rule.Fix
	if len(u.JSONError) == 0 {
		if e, ok := jsonEdit(u.Text, step); ok {
			fixes = append(fixes, rule.Fix{
				Title:     rule.Msg{Zh: "在 app.json 添加 permission[\"scope.userLocation\"].desc（请改为实际用途）", En: "Add permission[\"scope.userLocation\"].desc to app.json (edit it to the real purpose)"},
				Edits:     []rule.Edit{e},
				Preferred: true,
			})
		}
	}
	c.Report(u.Path, at, msg, fixes...)
}
