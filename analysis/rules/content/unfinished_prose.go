package content

import (
	"strings"
	"unicode/utf8"
)

// comingSoon are the phrases that promise more to come.
var comingSoon = map[string]bool{"敬请期待": true, "尽请期待": true}

// proseAnnouncement reports whether a coming-soon phrase closes a sentence
// of running prose (an article, a news item) about something other than
// a feature of the app: "截止目前已开通11个城市。其他城市仍在开通中，敬请期待。"
// announces the business's coverage; no entry of the app is unfinished.
// Prose is a long run of body text (60 characters or more) with a
// finished sentence before the phrase's own; a feature's label, a menu
// item, an empty state or a toast is short. A sentence that names a
// feature, a page, a section or a launch (积分商城功能正在加紧开发，敬请期待;
// 更多服务即将上线，敬请期待) still says the app is unfinished and is reported.
func proseAnnouncement(h LexHit) bool {
	if !comingSoon[h.Word] || h.Place != PlaceBody && h.Place != PlaceDocument {
		return false
	}
	if utf8.RuneCountInString(strings.Join(strings.Fields(h.Piece.Text), "")) < 60 {
		return false
	}
	before := h.Before()
	earlier := h.Piece.Text[:h.Start-len(before)]
	if !strings.ContainsAny(earlier, "。！？!?；;") {
		return false // one sentence, however long: a notice, not prose
	}
	return !has(before+h.After(), featureWords...)
}

// featureWords name a part of the app, or its launch.
var featureWords = []string{
	"功能", "模块", "板块", "版块", "栏目", "页面", "入口", "服务", "版本", "小程序", "应用", "APP", "App", "app",
	"上线", "开放", "更多", "内容",
}
