package content

import (
	"mpls/analysis/rule"
)

// UserCreatedPolls: on Douyin, users may not create polls, questionnaires,
// surveys or 接龙 that other users then join (DY §2.1.2.3: ❌ 创建调查问卷
// ❌ 创建投票 ❌ 创建接龙).
//
// Judgment: what is banned is creation by users, so the lexicon lists the
// verbs of creation (发起投票, 创建问卷, 新建接龙 …) and 接龙 itself (a
// group sign-up feature), not 投票 or 问卷 alone — a questionnaire the
// operator publishes is fine. Word games (成语接龙) are exceptions. Douyin
// only: WeChat has no such ban.
var UserCreatedPolls = &rule.Rule{
	ID:        "content/user-created-polls",
	Severity:  rule.Warning,
	Platforms: []string{rule.Douyin},
	Citation:  "DY §2.1.2.3",
	Title:     rule.Msg{Zh: "抖音不接入用户自主创建投票、问卷、接龙", En: "Douyin does not admit user-created polls, surveys or 接龙"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字提供“发起投票”“创建问卷”“新建接龙”等让用户自主创建、再由其他用户参与的功能。运营方自己发布的问卷、成语接龙等不报告。",
			En: "Visible text offers users to create polls, questionnaires, surveys or 接龙 that other users join (发起投票, 创建问卷, 新建接龙). Questionnaires the operator publishes and word games (成语接龙) are not reported."},
		Why: rule.Msg{Zh: "抖音暂不接入用户可自主创建、创建后的内容会涉及其他用户参与的小程序（审核常见问题 §2.1.2.3）。",
			En: "Douyin does not admit mini-programs where users create content that other users then take part in (DY §2.1.2.3)."},
		Wrong:   `<button class="primary" bindtap="onCreate">发起投票</button>`,
		Right:   `<button class="primary" bindtap="onJoin">参与活动</button>`,
		Excerpt: "平台暂不接入小程序内用户可自主创建，创建后的内容会涉及到其他用户参与类型的。如：小程序内容可用户自主创建投票，问卷，调查，创建接龙等内容。（抖音 版本审核常见问题 §2.1.2.3）",
	},
	Check: checkPolls,
}

func checkPolls(c *rule.FileContext) {
	for _, h := range VisibleHits(c.Lexicon, "polls", c.Unit) {
		w := h.Text
		c.Report(h.Span, rule.Msg{
			Zh: quote(w) + "让用户自主创建投票/问卷/接龙供他人参与，抖音暂不接入此类小程序：请去掉用户创建入口。",
			En: "\"" + w + "\" lets users create polls, surveys or 接龙 for others to join; Douyin does not admit such mini-programs. Remove the create entry.",
		})
	}
}
