package content

import (
	"mpls/analysis/rule"
)

// Quiz: test-type content. WX §6.2.3 forbids 测试类内容 (personality and
// "what kind of person are you" quizzes); DY §3.6.2 names the vulgar ones
// (好色测试, 渣男测试, 出轨测试, 三角恋测试, 舔狗日记).
//
// Judgment: the lexicon has two sub-categories. "vice" (DY §3.6.2) is
// reported on every platform. "test" (心理测试, 性格测试, 测测你 …) is
// reported on WeChat and the other platforms, where §6.2.3 bans test
// content as such, but not on Douyin, whose rulebook bans only the vulgar
// ones. 测试 alone is never a hit (a 测试账号 is not a quiz).
var Quiz = &rule.Rule{
	ID:       "content/quiz",
	Severity: rule.Warning,
	Citation: "WX §6.2.3, DY §3.6.2",
	Title:    rule.Msg{Zh: "测试类内容", En: "Test-type quiz content"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "用户可见的文字里出现“渣男测试”“出轨测试”“好色测试”“心理测试”“测测你是不是…”等测试类内容。",
			En: "Visible text offers test-type quizzes: 渣男测试, 出轨测试, 好色测试, 心理测试, 测测你是不是… ."},
		Why: rule.Msg{Zh: "微信禁止测试类内容（运营规范 §6.2.3）；抖音把“好色”“渣男渣女”“海王”“小三”“出轨”等测试列为不良风气（审核常见问题 §3.6.2）。",
			En: "WeChat forbids test-type content (WX §6.2.3); Douyin lists 好色, 渣男/渣女, 海王, 小三 and 出轨 tests as bad influence (DY §3.6.2)."},
		Wrong:   `<view class="card-title">渣男测试：测测你的另一半</view>`,
		Right:   `<view class="card-title">情侣相处小贴士</view>`,
		Excerpt: "6.2.3 测试类内容。（微信小程序平台运营规范 §6.2）；小程序中禁止出现有悖于社会伦理道德……常见表现形式有：测试类中的“好色”，“渣男，渣女”，“海王”，“三角恋，小三”以及“出轨”等内容。（抖音 版本审核常见问题 §3.6.2）",
	},
	Check: checkQuiz,
}

func checkQuiz(c *rule.FileContext) {
	douyin := c.Platform == rule.Douyin
	for _, h := range VisibleHits(c.Lexicon, "quiz", c.Unit) {
		w := h.Text
		if h.Sub == "vice" {
			c.Report(h.Span, rule.Msg{
				Zh: quote(w) + "属于低俗测试类内容，审核会驳回：请删除。",
				En: "\"" + w + "\" is a vulgar test-type quiz; reviewers reject it. Remove it.",
			})
			continue
		}
		if douyin {
			continue // DY §3.6.2 bans the vulgar tests only
		}
		c.Report(h.Span, rule.Msg{
			Zh: quote(w) + "属于测试类内容，微信禁止：请删除或改为非测试形式。",
			En: "\"" + w + "\" is test-type content, which WeChat forbids. Remove it or present it differently.",
		})
	}
}
