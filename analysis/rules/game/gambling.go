package game

import (
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// Gambling: a mini-game that shows gambling games or promotes gambling —
// 扎金花, 梭哈, 百家乐, 21点, 赌马 and their kin (WX 小游戏 §2.5.1).
//
// Visible text of a game is its toasts and modals, the strings it draws
// with fillText/strokeText, and strings assigned to label-like properties
// (label.string = '…'). Variable names, asset paths and comments do not
// count. 21点 as a clock reading (营业至21点, 每晚21点开启, 21点30) is an
// exception in the lexicon. Mini-games only; in a mini-program the same
// words are content/prohibited's.
var Gambling = &rule.Rule{
	ID:       "game/gambling",
	Severity: rule.Warning,
	Citation: "WX 小游戏 §2.5.1",
	Title:    rule.Msg{Zh: "小游戏含赌博玩法", En: "Gambling game in a mini-game"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "小游戏画面上出现“扎金花”“梭哈”“百家乐”“21点”“赌马”等赌博玩法或宣扬赌博的文字（绘制的文字、弹窗、提示）。",
			En: "A mini-game shows gambling games or gambling promotion — 扎金花, 梭哈, 百家乐, 21点, 赌马 — in drawn text, dialogs or toasts."},
		Why: rule.Msg{Zh: "小游戏不得提供赌博或者宣扬赌博的功能，不得出现扎金花、梭哈、百家乐、21点、赌马等宣扬赌博的方式（微信小游戏运营规范 §2.5.1）。",
			En: "A mini-game must not offer or promote gambling, nor show 扎金花, 梭哈, 百家乐, 21点 or 赌马 (WX 小游戏 §2.5.1)."},
		Wrong:   "ctx.fillText('经典梭哈 · 好友房', 120, 300)",
		Right:   "ctx.fillText('经典消除 · 好友房', 120, 300)",
		Excerpt: "2.5.1 不得提供赌博或者宣扬赌博的功能，不得出现扎金花、梭哈、百家乐、21点、赌马等宣扬赌博的方式。（微信小程序平台运营规范 三、小游戏特别规范 §2.5.1）",
	},
	Check: checkGambling,
}

func checkGambling(c *rule.FileContext) {
	if c.Project == nil || !c.Project.IsGame {
		return
	}
	seen := map[text.Span]bool{}
	for _, p := range gameVisible(c.Unit) {
		for _, h := range c.Lexicon.Find("game-gambling", p.Text) {
			s := text.Span{Start: p.Span.Start + h.Start, End: p.Span.Start + h.End}
			if seen[s] {
				continue
			}
			seen[s] = true
			w := p.Text[h.Start:h.End]
			c.Report(s, rule.Msg{
				Zh: "“" + w + "”是赌博玩法或宣扬赌博的说法，小游戏不得出现：请删除该玩法或改为不涉及输赢财物的玩法。",
				En: "\"" + w + "\" is a gambling game or promotes gambling, which a mini-game must not show. Remove it or change the mode so nothing of value is won or lost.",
			})
		}
	}
}
