package behavior

import (
	"bytes"
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/callgraph"
	"mpls/analysis/rule"
)

// UGCUnchecked: users can publish text or upload media, and the project
// never calls a content-security check (LESSONS #02: reviewers upload
// prohibited images to test; WX §11.2: a mechanism must filter what users
// produce).
//
// One finding per publishing flow, at the call that sends what users made
// (ugc_flows.go); a request whose API path only fetches or deletes
// (GetList, /item/delete) and whose arguments carry nothing users entered
// is not it (ugc_load.go). A flow starts at a handler nothing else in its page or
// component calls (a tap or submit handler, not an entry lifecycle) and
// takes in the functions of the file it calls. A helper module (a
// pick-and-upload utility) is no flow of its own: it counts through the
// page that calls it, at that call (ugc_own.go). A module whose methods
// pages copy into their config (Object.assign(page, feed.methods)) is:
// its handlers are bound in the templates those pages use, imported ones
// included (a feed's comment box), and it is reported at its own send
// (ugc_mixin.go). It publishes when it holds
// what users made — it reads the text of a content field of the template
// (a <textarea>, or an <input> for a comment, title, nickname or bio;
// bound by value="{{k}}", by what its input handler stores, one item of
// a list included (reviews[i].text), or by its form's submit; a dialog's
// title around it names it like a label: <modal title="填写备注">; a bare
// <input> is named by the key the script sends it as too: {
// introduction: this.data.draft }), passes the whole page data on, or chooses media
// (chooseImage, chooseMedia, chooseVideo, chooseMessageFile) — and
// reaches a call that sends: wx.request, uploadFile, a cloud function or
// database write, or a helper of the project that makes one (a function
// of a module or of the App that sends, or calls such a helper, matched by
// name across files: utils/request.js, api/post.js). The message names
// what is published (the fields, images, video). Past the function that
// chooses media, only an upload counts as sending it: media read back
// from page data is a temp file path, and a flow that uploads nothing
// does not publish it.
//
// Not content published to others, and never reported: searches, logins,
// contact details and order data (notContent); a flow that sends the
// user's phone, name or address with it and no public profile field or
// media (an inquiry, a booking); a page that takes payment (an order's
// note to the shop); profile fields (nickname, bio) alone when no list
// of the project shows people's names or bios to others (a post's
// author, a team's members): then the profile is the user's own.
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
//     the user a post awaits review (审核中, 审核通过后发布 …) — unless it
//     also tells them it is live (发布成功): then review is a switch;
//   - uploads that go privately to the operator (recommended profile
//     only): refund and after-sale evidence, complaints, feedback
//     screenshots, ID cards and certificates, a withdrawal's payout QR
//     code; and applications, approvals and recognitions: a card or
//     document photo read by OCR (the user's own bank card for their
//     wages), a leave or resignation request to the employer, an expense
//     claim or an invoice. Told by the words of the file's path and of
//     the function that uploads or sends (see privateUpload; ocrBank,
//     submitApprove, pages/resignApply as whole words: privateTerms), or
//     by the page's title, its labels or the API paths it sends to, when
//     nothing on it speaks of publishing (a review with photos does: see
//     privatePage). Their text is silent in both profiles; strict
//     reports their media.
//     Strict reports them too: LESSONS #02 says reviewers may test any
//     upload;
//   - media alone kept in the user's own space (recommended profile
//     only): a page that never shares itself and whose path, words or
//     section title say so (我的相册, 私密, only me). Strict reports the
//     upload, saying it is the user's own.
var UGCUnchecked = &rule.Rule{
	ID:       "behavior/ugc-unchecked",
	Severity: rule.Warning,
	Citation: "LESSONS #02, WX §11.2",
	Title:    rule.Msg{Zh: "用户发布的内容没有做内容安全检测", En: "User-generated content is never checked"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可以发布文字（评论、帖子、昵称简介）或上传图片视频，但整个项目没有调用内容安全检测（msgSecCheck、mediaCheckAsync，或自己命名的检测接口）。每个发布流程报告一次，位置是把内容发出去的那个请求、上传或云函数调用（包括项目自己的请求封装），并写明发布的是哪些输入框、图片或视频。搜索框、登录表单、联系方式、订单备注不算发布。",
			En: "Users can publish text (comments, posts, nickname and bio) or upload images and videos, but nothing in the project calls a content-security check (msgSecCheck, mediaCheckAsync, or a check of your own). Reported once per publishing flow, at the request, upload or cloud call that sends the content (your own request helper included), naming the fields, images or video it publishes. Search boxes, login forms, contact details and order notes are not publishing."},
		Why: rule.Msg{Zh: "审核会上传违规图片、发布违规文字来测试，服务端拦不住就驳回（LESSONS #02）；小程序应设置过滤违法违规信息的机制（运营规范 §11.2）。",
			En: "Reviewers upload prohibited images and post prohibited text to test; if nothing blocks them the build is rejected (LESSONS #02). A mini-program must filter what its users produce (WX §11.2)."},
		Wrong: "wx.chooseMedia({ success: (res) => {\n  wx.uploadFile({ url: API + '/post/image', filePath: res.tempFiles[0].tempFilePath, name: 'file' })\n} })",
		Right: "wx.chooseMedia({ success: (res) => {\n  wx.uploadFile({ url: API + '/post/image', filePath: res.tempFiles[0].tempFilePath, name: 'file',\n    success: () => wx.cloud.callFunction({ name: 'mediaCheckAsync', data: { fileID } }) })\n} })",
		Profiles: rule.Msg{
			Zh: "推荐（默认）：只报告会发布给其他用户看的内容（评论、帖子、公开图片等）；退款/换货/售后凭证、提现收款码、投诉材料、反馈截图、身份证件，以及申请、审批和识别（OCR 识别银行卡或证件、向雇主提交的请假或离职申请、报销、发票）等只交给运营方的私密提交不报告（页面标题、说明文字、调用的函数名（如 ocrBank、submitApprove）或请求的接口路径表明用途，且页面上没有评价、发布等公开字样）（反馈截图：§11.2 管的是发布给他人的内容，只有运营方看到的截图不算发布），只存进用户自己私密空间（我的相册等）的照片视频也不报告。严格：这些上传也报告（LESSONS #02：审核可能测试任何上传接口）。两种模式都不报告 chooseAvatar 头像（微信已自行检测）和页面脚本表明服务端会审核的内容（处理 87014、提示“审核通过后发布”且没有“发布成功”）。",
			En: "recommended (default): only content published to other users (comments, posts, public images); private uploads to the operator — refund, exchange or after-sale evidence, a withdrawal's payout QR code, complaints, feedback screenshots, ID documents, and applications, approvals and recognitions (a bank card or ID read by OCR, a leave or resignation request to the employer, an expense claim, an invoice), told by the function or API names (ocrBank, submitApprove) or by the page's title, labels or API paths when nothing on it speaks of publishing (a review) — are not reported (feedback screenshots: WX §11.2 governs what is published to others, and only the operator sees them), nor photos and videos kept in the user's own private space (their own album). strict: these uploads too (LESSONS #02: reviewers may test any upload). Neither reports chooseAvatar avatars (WeChat screens them) nor content whose page shows the server moderates it (handles errcode 87014, tells the user it awaits review and never that it is live).",
		},
		Excerpt: "When the app allows users to upload media, reviewers may test the upload endpoint with prohibited images. If the server cannot block these images, the review is rejected.（LESSONS #02）；11.2 微信小程序的服务提供者，应设置过滤违法、违规等不当信息内容的机制……（微信小程序平台运营规范 §11.2）",
	},
	CheckProject: checkUGC,
}

var mediaChoosers = map[string]bool{"chooseImage": true, "chooseMedia": true, "chooseVideo": true, "chooseMessageFile": true}

func checkUGC(c *rule.ProjectContext) {
	paths := make([]string, 0, len(c.Units))
	for p := range c.Units {
		paths = append(paths, p)
	}
	sort.Strings(paths)

	checkWords := checkNames(c)
	prev, memo := runMemo(c)
	checked := false
	for _, p := range paths {
		// every unit, so the next run finds them all in the memo
		checked = memo.hasCheck(prev, c, c.Units[p], checkWords) || checked
	}
	if checked {
		storeMemo(c, memo)
		return
	}
	fc := fieldCache{prev: prev, next: memo}
	defer storeMemo(c, memo)
	senders := ugcSenders(c, paths)
	g := callgraph.For(c.Env)
	back := passedBack(c, paths, fc)
	pf := newUGCProject(c, paths)
	pf.mixins = mixinTemplates(c, g, paths)
	for _, p := range paths {
		u := c.Units[p]
		if u.Script == nil || !flowScript(c, p, u.Script) && pf.mixins[p] == nil {
			continue
		}
		flows := publishingFlows(c, g, p, u, senders, back, fc, pf)
		if len(flows) > 0 && moderated(u) {
			continue
		}
		for _, fl := range flows {
			c.Report(p, fl.at, fl.message())
		}
	}
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
	review, live := false, false
	for _, s := range u.Script.Strings {
		review = review || reviewState.MatchString(s.Value)
		live = live || publishedNow.MatchString(s.Value)
	}
	// "published" beside "awaits review": the server may turn review off,
	// and then what users send goes live unchecked
	return review && !live
}

// publishedNow tells the user what they sent is live already.
var publishedNow = regexp.MustCompile(`(?:发布|发表|评论|回复|留言)成功|已发布`)

// privateWords name uploads that go to the operator only, never to other
// users: after-sale and refund evidence, complaints, feedback, identity
// documents and certificates, orders, consultations and inquiries.
var privateWords = []string{"feedback", "aftersale", "refund", "complain", "idcard", "identity", "realname", "certificate", "license", "evidence",
	"checkout", "ordersubmit", "submitorder", "orderconfirm", "confirmorder", "createorder",
	"consult", "inquiry", "enquiry"}

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
	// whole words (ocrBank, submitApprove, pages/resignApply): of the
	// file's path and the function, not of a call's arguments and callbacks
	if i := strings.IndexByte(fn, '('); i >= 0 {
		fn = fn[:i]
	}
	return privateTerms(file + "/" + fn)
}
