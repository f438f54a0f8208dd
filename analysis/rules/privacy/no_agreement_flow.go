package privacy

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// NoAgreementFlow (WeChat): the project collects personal information
// (an API or component of the privacy table: location, album, camera,
// microphone, clipboard, profile, phone number …) but nothing in it deals
// with the privacy agreement (用户隐私保护指引). Reviewers reject builds
// that have not integrated the official agreement (LESSONS #01); data may
// only be collected after the user agreed to a truthful disclosure (WX
// §14.1.1).
//
// "Deals with the agreement", any of (the WeChat docs' flow):
// wx.onNeedPrivacyAuthorization, wx.requirePrivacyAuthorize,
// wx.getPrivacySetting, wx.openPrivacyContract named in a script; a
// template element whose open-type lists agreePrivacyAuthorization (any
// element: component libraries forward open-type); app.json
// "__usePrivacyCheck__": true (what switched the flow on before
// 2023-09-15); or a component registered under a name or path containing
// "privacy" (the usual privacy-popup component, often from npm, whose
// insides mpls does not read).
//
// One finding per project, at the first use of a privacy API in path
// order, naming what the project collects. No fix: the popup is UI the
// developer designs. Warning rather than error: WeChat now shows its own
// popup when nothing handles the event, but reviewers still ask for the
// agreement to be filled in and shown.
var NoAgreementFlow = &rule.Rule{
	ID:           "privacy/no-agreement-flow",
	Severity:     rule.Warning,
	Platforms:    []string{rule.WeChat},
	Citation:     "LESSONS #01, WX §14.1.1",
	Scope:        rule.ProjectScope,
	Whole:        true,
	CheckProject: checkAgreementFlow,
	Title:        rule.Msg{Zh: "使用隐私接口但没有处理隐私协议", En: "Privacy APIs used without a privacy-agreement flow"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目调用了定位、相册、相机、麦克风、剪贴板、手机号等隐私接口，但没有任何地方处理《用户隐私保护指引》：没有 wx.onNeedPrivacyAuthorization、wx.requirePrivacyAuthorize、wx.getPrivacySetting，也没有 open-type=\"agreePrivacyAuthorization\" 的按钮。",
			En: "The project calls privacy APIs (location, album, camera, microphone, clipboard, phone number …) but nothing handles the privacy agreement: no wx.onNeedPrivacyAuthorization, wx.requirePrivacyAuthorize or wx.getPrivacySetting, and no button with open-type=\"agreePrivacyAuthorization\"."},
		Why: rule.Msg{Zh: "未接入官方隐私协议的版本会被驳回（LESSONS #01）；采集用户数据前必须经用户同意并如实披露用途（微信 §14.1.1）。",
			En: "Builds that have not integrated the official privacy agreement are rejected (LESSONS #01); data may only be collected after the user agreed to a truthful disclosure (WX §14.1.1)."},
		Wrong:   "App({\n  onLaunch() {}\n})\n// pages/index: wx.chooseImage(...)",
		Right:   "App({\n  onLaunch() {\n    wx.onNeedPrivacyAuthorization((resolve) => {\n      this.globalData.privacyResolve = resolve // 显示隐私弹窗，用户点击同意按钮后 resolve({ event: 'agree', buttonId })\n    })\n  }\n})",
		Excerpt: "If the Mini Program has not integrated the official privacy agreement after the first successful launch, the reviewer will reject the submission.（review-lessons #01）",
	},
}

var agreementNames = []string{"onNeedPrivacyAuthorization", "requirePrivacyAuthorize", "getPrivacySetting", "openPrivacyContract"}

// evidence is one place the project collects personal information.
type evidence struct {
	unit *rule.Unit
	span text.Span
	name string
}

func checkAgreementFlow(c *rule.ProjectContext) {
	if c.Project != nil && c.Project.IsGame {
		return
	}
	app := c.Units["app.json"]
	if app == nil {
		return // not the whole project (a lone file): nothing to conclude
	}
	if b, _ := app.JSON.Get("__usePrivacyCheck__").AsBool(); b {
		return
	}
	var first *evidence
	names := map[string]bool{}
	var order []string
	note := func(u *rule.Unit, s text.Span, name string) {
		if first == nil {
			first = &evidence{unit: u, span: s, name: name}
		}
		if !names[name] {
			names[name] = true
			order = append(order, name)
		}
	}
	for _, u := range sortedUnits(c.Units) {
		if s := u.Script; s != nil {
			for _, n := range agreementNames {
				if s.HasName(n) {
					return
				}
			}
			for i := range s.Calls {
				call := &s.Calls[i]
				if a := apiOf(call); a != nil && a.Category != "" {
					note(u, call.NameSpan, callName(call))
				}
			}
		}
		if t := u.Template; t != nil {
			for i := range t.Elements {
				e := &t.Elements[i]
				if ot := e.Attr("open-type"); ot != nil {
					for _, part := range strings.Split(ot.Literal(), "|") {
						switch p := strings.TrimSpace(part); p {
						case "agreePrivacyAuthorization":
							return
						case "getPhoneNumber", "getRealtimePhoneNumber", "chooseAvatar", "getUserInfo":
							note(u, ot.NameSpan, "open-type=\""+p+"\"")
						}
					}
				}
				switch e.Tag {
				case "camera", "live-pusher", "voip-room":
					note(u, e.TagSpan, "<"+e.Tag+">")
				case "input":
					if ty := e.Attr("type"); ty != nil && ty.Literal() == "nickname" {
						note(u, ty.NameSpan, "<input type=\"nickname\">")
					}
				}
			}
		}
		if u.JSON != nil && privacyComponent(u) {
			return
		}
	}
	if first == nil {
		return
	}
	if len(order) > 3 {
		order = append(order[:3], "…")
	}
	c.Report(first.unit.Path, first.span, rule.Msg{
		Zh: "项目使用了隐私接口（" + strings.Join(order, "、") + "），但没有处理隐私协议：没有 wx.onNeedPrivacyAuthorization / wx.requirePrivacyAuthorize / wx.getPrivacySetting，也没有 open-type=\"agreePrivacyAuthorization\" 的同意按钮。未接入官方隐私协议会被驳回：请在后台填写《用户隐私保护指引》，并在调用前让用户查看并同意。",
		En: "The project uses privacy APIs (" + strings.Join(order, ", ") + ") but nothing handles the privacy agreement: no wx.onNeedPrivacyAuthorization / wx.requirePrivacyAuthorize / wx.getPrivacySetting and no button with open-type=\"agreePrivacyAuthorization\". Builds without the official privacy agreement are rejected: fill in the privacy guidelines on the console and let users read and accept them before these calls.",
	})
}

// privacyComponent reports whether a JSON file registers a component whose
// name or path says privacy.
func privacyComponent(u *rule.Unit) bool {
	uc := u.JSON.Get("usingComponents")
	if !uc.IsObject() {
		return false
	}
	for _, m := range uc.Members {
		p, _ := m.Value.AsString()
		if strings.Contains(strings.ToLower(m.Key), "privacy") || strings.Contains(strings.ToLower(p), "privacy") {
			return true
		}
	}
	return false
}
