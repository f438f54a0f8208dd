package content

import (
	"mpls/analysis/rule"
)

// Unfinished: placeholders and unfinished features in visible text —
// 敬请期待, 功能开发中, 暂未开放, 测试版, coming soon, lorem ipsum, TODO.
// WX §13.1: the submitted mini-program must be a finished product, not a
// test build. Reviewers open the page, see 敬请期待, and reject.
//
// Judgment: only visible text counts — a TODO in a code comment or a
// placeholder="…" attribute's name is not what the reviewer sees (the
// placeholder attribute's *value* is). 开发中心 is an exception. The iOS
// notice DY §1.2.2.1 recommends (由于相关规范，iOS 功能暂不可用) is not a
// placeholder. Applies to every platform: Douyin rejects features that do
// not work in the same way.
var Unfinished = &rule.Rule{
	ID:       "content/unfinished",
	Severity: rule.Warning,
	Citation: "WX §13.1",
	Title:    rule.Msg{Zh: "界面显示功能未完成（敬请期待、开发中、测试版）", En: "Unfinished feature or placeholder text"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字里出现“敬请期待”“功能开发中”“暂未开放”“测试版”“coming soon”“lorem ipsum”“TODO”等，说明提交的版本不是完成品。",
			En: "Visible text says 敬请期待, 功能开发中, 暂未开放, 测试版, coming soon, lorem ipsum or TODO: the build is not a finished product."},
		Why: rule.Msg{Zh: "提交的小程序应该是一个完成品，可以打开、可以运行，且不得为测试版（运营规范 §13.1）；审核看到未完成的入口会驳回。",
			En: "A submitted mini-program must be a finished product that opens and runs, and must not be a test build (WX §13.1); reviewers reject visible unfinished entries."},
		Wrong:   `<view class="grid-item" bindtap="onTapVip">会员中心（敬请期待）</view>`,
		Right:   `<!-- 会员中心上线后再加入口 -->`,
		Excerpt: "13.1 提交的微信小程序应该是一个完成品，要求可以打开、可以运行，且不得为测试版。（微信小程序平台运营规范 §13.1）",
	},
	Check: checkUnfinished,
}

func checkUnfinished(c *rule.FileContext) {
	for _, h := range VisibleHits(c.Lexicon, "unfinished", c.Unit) {
		w := h.Text
		c.Report(h.Span, rule.Msg{
			Zh: quote(w) + "说明功能未完成，提交的版本须是完成品、不得为测试版：请完成该功能，或在提审前去掉这个入口。",
			En: "\"" + w + "\" shows an unfinished feature; a submitted build must be finished and not a test version. Finish the feature or remove the entry before submitting.",
		})
	}
}
