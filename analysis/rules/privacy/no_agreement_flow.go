package privacy

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// NoAgreementFlow (WeChat): the project collects personal information
// (an API or component of the privacy table: location, album, camera,
// microphone, clipboard, profile, phone number …) and has no privacy
// agreement flow of its own, so it relies on WeChat's official privacy
// popup. Since 2023-10-17 WeChat shows that popup by itself on the first
// privacy call: code needs no flow (the WeChat docs, "官方隐私弹窗功能说
// 明"). What it needs is the console's 用户隐私保护指引: the popup shows
// what it declares, an API it does not declare is disabled, and reviewers
// reject builds whose guidelines are not completed (LESSONS #01: "the fix
// is to update the privacy agreement in the backend"; WX §14.1.1). Code
// cannot see the console, so this is a reminder naming what the code
// collects, not a defect: information, one per project, at the first use
// of a privacy API in path order. `mpls privacy` drafts the declaration.
//
// The evidence is code users reach (recommended): a use on a page no user
// reaches (rule.ProjectContext.Unseen: an orphan page, one opened only
// from such pages or only by code that never runs — a template's demo
// page left registered) is no use a reviewer triggers, so it is not
// named, and the finding stands on the first use that is reached; when
// every use is unreached there is nothing to remind. Nor is a call in a
// function nothing runs (rule.Liveness: a page method no template binds
// and no code calls — a getUserProfile handler left from the project's
// template after its button went). Strict takes every use, as before.
//
// In any profile a file the built app never loads (project.Uses: a
// page's files left in the folder after its route left app.json) is no
// evidence: the engine drops findings there, and a notice placed on such
// a file vanished with the project's real uses.
//
// "A flow of its own", any of: wx.onNeedPrivacyAuthorization,
// wx.requirePrivacyAuthorize, wx.getPrivacySetting, wx.openPrivacyContract
// named in a script; a template element whose open-type lists
// agreePrivacyAuthorization; app.json "__usePrivacyCheck__": true; a
// component registered under a name or path containing "privacy". A
// project with such a flow has met the question already.
var NoAgreementFlow = &rule.Rule{
	ID:           "privacy/no-agreement-flow",
	Severity:     rule.Information,
	Platforms:    []string{rule.WeChat},
	Citation:     "LESSONS #01, WX §14.1.1",
	Scope:        rule.ProjectScope,
	Notice:       true,
	CheckProject: checkAgreementFlow,
	Title:        rule.Msg{Zh: "使用隐私接口，依靠官方隐私弹窗：须在后台《用户隐私保护指引》声明", En: "Privacy APIs rely on the official privacy popup: declare them in the console's privacy guidelines"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目调用了定位、相册、相机、麦克风、剪贴板、手机号等隐私接口，没有自己的隐私授权流程（wx.onNeedPrivacyAuthorization、wx.requirePrivacyAuthorize、wx.getPrivacySetting 或 open-type=\"agreePrivacyAuthorization\" 的按钮），因此依靠微信的官方隐私弹窗。这是一条提醒，不是代码缺陷。",
			En: "The project calls privacy APIs (location, album, camera, microphone, clipboard, phone number …) and has no privacy-agreement flow of its own (wx.onNeedPrivacyAuthorization, wx.requirePrivacyAuthorize, wx.getPrivacySetting or a button with open-type=\"agreePrivacyAuthorization\"), so it relies on WeChat's official privacy popup. A reminder, not a defect in the code."},
		Why: rule.Msg{Zh: "自 2023-10-17 起，微信在首次调用隐私接口时自动弹出官方隐私弹窗，代码无需自己实现；但弹窗展示的是后台《用户隐私保护指引》中声明的内容，未声明的接口会被直接禁用，指引未完善的版本会被驳回（LESSONS #01；微信 §14.1.1）。代码看不到后台，所以提交前请核对指引已声明这些用途。",
			En: "Since 2023-10-17 WeChat shows its official privacy popup by itself on the first privacy call; code need not implement one. But the popup shows what the console's privacy guidelines declare, an undeclared API is disabled, and builds whose guidelines are not completed are rejected (LESSONS #01; WX §14.1.1). Code cannot see the console: check the guidelines declare these uses before submitting."},
		Profiles: rule.Msg{Zh: "recommended：只算用户能到达的页面上的隐私接口（不算没有任何入口的孤立页面、只有不会执行的代码才打开的页面），全部在这类页面上时不提示。strict：项目中所有隐私接口都算。",
			En: "recommended: only privacy APIs on pages users reach count (not an orphan page nothing opens, nor one only code that never runs opens); when every use is on such pages there is no reminder. strict: every privacy API in the project counts."},
		Wrong:   "// 后台《用户隐私保护指引》未声明“相册”\nwx.chooseImage({ count: 1 })",
		Right:   "// 后台《用户隐私保护指引》已声明：为了上传头像，收集你选中的照片（mpls privacy 生成草稿）\nwx.chooseImage({ count: 1 })",
		Excerpt: "If the Mini Program has not integrated the official privacy agreement after the first successful launch, the reviewer will reject the submission. The fix is to update the privacy agreement in the backend.（review-lessons #01）",
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
	unseen := map[string]bool{} // by path, decided once a use is met
	note := func(u *rule.Unit, s text.Span, name string) {
		if c.Project != nil && !c.Project.Uses(u.Path) {
			return // a leftover file the app never loads
		}
		gone, ok := unseen[u.Path]
		if !ok {
			gone = c.Unseen(u.Path)
			unseen[u.Path] = gone
		}
		if gone {
			return // a page no user reaches: no use a reviewer triggers
		}
		if first == nil {
			first = &evidence{unit: u, span: s, name: name}
		}
		if !names[name] {
			names[name] = true
			order = append(order, name)
		}
	}
	var live *rule.Liveness
	if !c.Strict && c.Project != nil {
		live = rule.NewLiveness(c.Env)
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
					if live != nil && !live.Runs(u.Path, call.Func) {
						continue // a function nothing runs
					}
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
		Zh: "项目使用了隐私接口（" + strings.Join(order, "、") + "），没有自己的隐私授权流程，依靠微信的官方隐私弹窗：弹窗只展示后台《用户隐私保护指引》中声明的内容，未声明的接口会被直接禁用，指引未完善会被驳回。提审前请确认指引已声明这些用途（mpls privacy 可生成草稿）。",
		En: "The project uses privacy APIs (" + strings.Join(order, ", ") + ") with no privacy-agreement flow of its own, so it relies on WeChat's official privacy popup: the popup shows only what the console's privacy guidelines declare, undeclared APIs are disabled, and incomplete guidelines are rejected. Before submitting, make sure the guidelines declare these uses (`mpls privacy` drafts them).",
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
