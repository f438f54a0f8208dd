package behavior

import (
	"bytes"
	"path"
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// UGCUnchecked: users can publish text or upload media, and the project
// never calls a content-security check (LESSONS #02: reviewers upload
// prohibited images to test; WX §11.2: a mechanism must filter what users
// produce).
//
// Publishing is seen in two ways:
//   - an uploadFile (wx.uploadFile, wx.cloud.uploadFile …) in a project
//     that lets users choose media (chooseImage, chooseMedia, chooseVideo,
//     chooseMessageFile, or an open-type="chooseAvatar" button);
//   - a <textarea>, or an <input> whose placeholder invites a comment
//     (说点什么, 写评论, 留言 …), in a template that also has a publish
//     action: a handler named publish/post/comment/reply/send … or a
//     tappable element labelled 发布, 发表, 评论, 留言, 回复, 发送.
//
// A check is any name or string in the project's scripts that names one
// (the content-check lexicon: msgSecCheck, mediaCheckAsync, msg_sec_check,
// Douyin's antidirt, and common own names such as checkText, contentCheck,
// secCheck). Judgment: a feedback form (提交反馈) or an order note is read
// by the operator, not published to other users, and does not fire; a
// search box does not either. When the check runs only on your server,
// name it in the client call (e.g. the API path /content/textCheck) or
// suppress the finding.
//
// Also left out, because no reviewer rejects them:
//   - avatars from an open-type="chooseAvatar" button: WeChat screens the
//     image before handing it over (base library 2.24.4+), so that button
//     alone makes no upload a media upload of the user's choosing;
//   - a page whose own script shows the server moderates what it sends:
//     it handles errcode 87014 (msgSecCheck's "risky content") or tells
//     the user a post awaits review (审核中, 审核通过后发布 …);
//   - uploads that go privately to the operator (recommended profile
//     only): refund and after-sale evidence, complaints, feedback
//     screenshots, ID cards and certificates, told by the words of the
//     file's path and of the function that uploads (see privateUpload).
//     Strict reports them too: LESSONS #02 says reviewers may test any
//     upload.
var UGCUnchecked = &rule.Rule{
	ID:       "behavior/ugc-unchecked",
	Severity: rule.Warning,
	Citation: "LESSONS #02, WX §11.2",
	Title:    rule.Msg{Zh: "用户发布的内容没有做内容安全检测", En: "User-generated content is never checked"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可以发布文字（评论、留言、帖子）或上传图片视频，但整个项目没有调用内容安全检测（msgSecCheck、mediaCheckAsync，或自己命名的检测接口）。",
			En: "Users can publish text (comments, posts) or upload images and videos, but nothing in the project calls a content-security check (msgSecCheck, mediaCheckAsync, or a check of your own)."},
		Why: rule.Msg{Zh: "审核会上传违规图片、发布违规文字来测试，服务端拦不住就驳回（LESSONS #02）；小程序应设置过滤违法违规信息的机制（运营规范 §11.2）。",
			En: "Reviewers upload prohibited images and post prohibited text to test; if nothing blocks them the build is rejected (LESSONS #02). A mini-program must filter what its users produce (WX §11.2)."},
		Wrong: "wx.chooseMedia({ success: (res) => {\n  wx.uploadFile({ url: API + '/post/image', filePath: res.tempFiles[0].tempFilePath, name: 'file' })\n} })",
		Right: "wx.chooseMedia({ success: (res) => {\n  wx.uploadFile({ url: API + '/post/image', filePath: res.tempFiles[0].tempFilePath, name: 'file',\n    success: () => wx.cloud.callFunction({ name: 'mediaCheckAsync', data: { fileID } }) })\n} })",
		Profiles: rule.Msg{
			Zh: "推荐（默认）：只报告会发布给其他用户看的内容（评论、帖子、公开图片等）；退款/售后凭证、投诉材料、反馈截图、身份证件等只交给运营方的私密上传不报告。严格：私密上传也报告（LESSONS #02：审核可能测试任何上传接口）。两种模式都不报告 chooseAvatar 头像（微信已自行检测）和页面脚本表明服务端会审核的内容（处理 87014、提示“审核通过后发布”）。",
			En: "recommended (default): only content published to other users (comments, posts, public images); private uploads to the operator — refund or after-sale evidence, complaints, feedback screenshots, ID documents — are not reported. strict: private uploads too (LESSONS #02: reviewers may test any upload). Neither reports chooseAvatar avatars (WeChat screens them) nor content whose page shows the server moderates it (handles errcode 87014, tells the user it awaits review).",
		},
		Excerpt: "When the app allows users to upload media, reviewers may test the upload endpoint with prohibited images. If the server cannot block these images, the review is rejected.（LESSONS #02）；11.2 微信小程序的服务提供者，应设置过滤违法、违规等不当信息内容的机制……（微信小程序平台运营规范 §11.2）",
	},
	CheckProject: checkUGC,
}

var mediaChoosers = map[string]bool{"chooseImage": true, "chooseMedia": true, "chooseVideo": true, "chooseMessageFile": true}

// publishWords are handler-name words that publish to other users.
var publishWords = map[string]bool{
	"publish": true, "post": true, "posts": true, "comment": true, "comments": true, "reply": true,
	"send": true, "fabu": true, "pinglun": true, "release": true, "tweet": true, "liuyan": true,
	"huifu": true, "fatie": true, "moment": true, "danmu": true, "barrage": true,
}

var (
	publishLabel  = regexp.MustCompile(`发布|发表|评论|留言|回复|发送|发帖|发动态|发弹幕`)
	commentPrompt = regexp.MustCompile(`说点什么|说说|写评论|写留言|评论|留言|回复|发表|分享你的|写下|想法|动态|弹幕`)
	wordSplit     = regexp.MustCompile(`[A-Z]?[a-z0-9]+|[A-Z]+`)
)

func checkUGC(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p := range c.Units {
		paths = append(paths, p)
	}
	sort.Strings(paths)

	checkWords := checkNames(c)
	chooses := false
	for _, p := range paths {
		u := c.Units[p]
		if s := u.Script; s != nil {
			for name := range s.Names {
				if hasCheckWord(name, checkWords) {
					return
				}
			}
			for _, str := range s.Strings {
				if len(c.Lexicon.Find("content-check", str.Value)) > 0 || hasCheckWord(str.Value, checkWords) {
					return
				}
			}
			for i := range s.Calls {
				if mediaChoosers[s.Calls[i].API] && s.Calls[i].Namespace != "" && s.Calls[i].Factory == "" {
					chooses = true
				}
			}
		}
	}
	for _, p := range paths {
		u := c.Units[p]
		if s := u.Script; s != nil && chooses {
			for i := range s.Calls {
				call := &s.Calls[i]
				if call.API != "uploadFile" || call.Factory != "" || call.Namespace == "" {
					continue
				}
				if moderated(u) || !c.Strict && privateUpload(p, call.Func) {
					continue
				}
				c.Report(p, call.NameSpan, rule.Msg{
					Zh: "这里上传用户选择的图片/视频，但项目中没有任何内容安全检测（msgSecCheck、mediaCheckAsync 或自己命名的检测）：审核会上传违规图片测试，拦不住就驳回。请接入内容安全接口；若在服务端检测，请让客户端调用的接口名体现出来，或忽略此提示。",
					En: "This uploads media the user chose, but nothing in the project runs a content-security check (msgSecCheck, mediaCheckAsync or one of your own); reviewers upload prohibited images and reject the build if nothing blocks them. Add a content check; if your server does it, name it in the client call, or suppress this finding.",
				})
			}
		}
		if t := u.Template; t != nil && !moderated(companionScript(c, p)) {
			ugcTextInputs(c, p, t)
		}
	}
}

// ugcTextInputs reports the free-text inputs of a template that publishes.
func ugcTextInputs(c *rule.ProjectContext, p string, t *template.Facts) {
	if !publishes(t) {
		return
	}
	for i := range t.Elements {
		e := &t.Elements[i]
		switch e.Tag {
		case "textarea":
		case "input":
			ph := e.Attr("placeholder")
			if ph == nil || !commentPrompt.MatchString(ph.Literal()) {
				continue
			}
		default:
			continue
		}
		c.Report(p, e.TagSpan, rule.Msg{
			Zh: "用户在这里输入并发布文字，但项目中没有任何内容安全检测（msgSecCheck 或自己命名的检测）：审核会发布违规文字测试。请在发布前检测文本；若在服务端检测，请让客户端调用的接口名体现出来，或忽略此提示。",
			En: "Users type text here and publish it, but nothing in the project runs a content-security check (msgSecCheck or one of your own); reviewers post prohibited text to test. Check the text before publishing; if your server does it, name it in the client call, or suppress this finding.",
		})
	}
}

// publishes reports whether a template has a publish action: a handler
// named publish/post/comment/reply/send …, or a tappable element (or a
// form submit button) labelled 发布/发表/评论/留言/回复/发送.
func publishes(t *template.Facts) bool {
	for _, b := range t.Bindings {
		if b.Handler != "" && publishHandler(b.Handler) {
			return true
		}
	}
	for i := range t.Elements {
		e := &t.Elements[i]
		tappable := e.Attr("form-type") != nil
		for _, b := range t.Bindings {
			if b.Elem == i && tapEvents[b.Event] {
				tappable = true
			}
		}
		if !tappable {
			continue
		}
		var label strings.Builder
		for _, r := range labelRuns(t, i) {
			label.WriteString(r.Text)
		}
		if publishLabel.MatchString(label.String()) {
			return true
		}
	}
	return false
}

func publishHandler(h string) bool {
	for _, w := range wordSplit.FindAllString(h, -1) {
		if publishWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// checkNames are the content-check words, lower-cased, that may appear
// inside a longer identifier (doMsgSecCheck) or a URL.
func checkNames(c *rule.ProjectContext) []string {
	var out []string
	for _, e := range c.Lexicon.Words("content-check") {
		w := strings.ToLower(e.Word)
		if len(w) >= 7 {
			out = append(out, w)
		}
	}
	return out
}

func hasCheckWord(s string, words []string) bool {
	l := strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// reviewState is a message telling the user that what they sent awaits
// the operator's review: the server moderates it.
var reviewState = regexp.MustCompile(`审核中|待审核|等待审核|审核通过后|审核后(?:才|将|即|方可)?(?:会)?(?:发布|显示|公开|展示)|人工审核`)

// moderated reports whether a script shows the server moderates what it
// sends: it handles errcode 87014 (msgSecCheck's risky content) or tells
// the user the content awaits review.
func moderated(u *rule.Unit) bool {
	if u == nil || u.Script == nil {
		return false
	}
	if bytes.Contains(u.Text, []byte("87014")) {
		return true
	}
	for _, s := range u.Script.Strings {
		if reviewState.MatchString(s.Value) {
			return true
		}
	}
	return false
}

// companionScript is the script of a template's page or component.
func companionScript(c *rule.ProjectContext, tpl string) *rule.Unit {
	base := strings.TrimSuffix(tpl, path.Ext(tpl))
	for _, ext := range []string{".js", ".ts"} {
		if u := c.Units[base+ext]; u != nil && u.Script != nil {
			return u
		}
	}
	return nil
}

// privateWords name uploads that go to the operator only, never to other
// users: after-sale and refund evidence, complaints, feedback, identity
// documents and certificates.
var privateWords = []string{"feedback", "aftersale", "refund", "complain", "idcard", "identity", "realname", "certificate", "license", "evidence"}

// privateUpload reports whether an upload goes privately to the operator,
// by the words of its file's path and of the function that uploads
// (pages/order-refund/…, uploadIdCardImg).
func privateUpload(file, fn string) bool {
	s := strings.ToLower(file + "/" + fn)
	s = strings.NewReplacer("-", "", "_", "").Replace(s)
	for _, w := range privateWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
