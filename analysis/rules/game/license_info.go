package game

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
)

// LicenseInfo: a mini-game's start screen must show its 批准文号, 网络游戏
// 出版号 and 著作权登记号 (WX 小游戏 §2.6.1).
//
// The project passes an item when a string in its sources carries it: the
// marker words of the license-markers lexicon (批准文号, 国新出审, 出版号,
// ISBN, 著作权登记号, 软著登记号 …) or the number's own shape
// (2023SR0123456 for a software copyright registration, ISBN 978-7-…).
// One finding lists every missing item. Judgment: the start-screen block
// games actually ship (the 版号 block of the publication approval) names
// the 著作权人 next to 批准文号 and 出版物号; it is accepted for the
// copyright item, as reviewers do. Also: many games show these on
// an image of the start screen; an image named after them (license*,
// copyright*, banhao*, isbn*, 版号*) counts as all three, and otherwise the
// finding can be suppressed with a comment above game.js's first line.
// Only string literals and JSON strings are read: a comment is not shown.
var LicenseInfo = &rule.Rule{
	ID:       "game/license-info",
	Severity: rule.Warning,
	Citation: "WX 小游戏 §2.6.1",
	Title:    rule.Msg{Zh: "小游戏开始画面缺少批准文号、出版号或著作权登记号", En: "Mini-game start screen lacks its approval, publication or copyright numbers"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "小游戏的源码里找不到批准文号、网络游戏出版号或著作权登记号中的一项或几项，开始画面无法展示它们。",
			En: "A mini-game's sources never carry one or more of its approval number (批准文号), game publication number (出版号) and copyright registration number (著作权登记号), so the start screen cannot show them."},
		Why: rule.Msg{Zh: "在游戏开始画面的显著位置标明游戏的批准文号、网络游戏出版号以及著作权登记号（微信小游戏运营规范 §2.6.1）。",
			En: "The start screen must show the game's approval number, online game publication number and copyright registration number prominently (WX 小游戏 §2.6.1)."},
		Wrong:   "ctx.fillText('开始游戏', 160, 420)",
		Right:   "ctx.fillText('开始游戏', 160, 420)\nctx.fillText('批准文号：国新出审[2023]1234号  出版号：ISBN 978-7-498-12345-6  著作权登记号：2023SR0123456', 20, 620)",
		Excerpt: "2.6.1 在游戏开始画面的显著位置标明游戏的批准文号、网络游戏出版号以及著作权登记号。（微信小程序平台运营规范 三、小游戏特别规范 §2.6.1）",
	},
	CheckProject: checkLicense,
}

var (
	copyrightNumber   = regexp.MustCompile(`\b(19|20)\d{2}SR\d{5,}\b`)
	copyrightHolder   = regexp.MustCompile(`著作权人|著作权登记`)
	isbnNumber        = regexp.MustCompile(`978-7-\d`)
	licenseImageWords = []string{"license", "licence", "copyright", "banhao", "isbn", "版号", "shenpi", "pizhun"}
)

// licenseItems in the order the rulebook names them.
var licenseItems = []struct{ sub, zh, en string }{
	{"approval", "批准文号", "approval number (批准文号)"},
	{"publication", "网络游戏出版号", "publication number (出版号)"},
	{"copyright", "著作权登记号", "copyright registration number (著作权登记号)"},
}

func checkLicense(c *rule.ProjectContext) {
	if c.Project == nil || !c.Project.IsGame {
		return
	}
	found := map[string]bool{}
	image := false
	sourceStrings(c.Units, func(_ string, s string) {
		if imageNamed(s, licenseImageWords) {
			image = true
		}
		for _, h := range c.Lexicon.Find("license-markers", s) {
			found[h.Sub] = true
		}
		if copyrightNumber.MatchString(s) || copyrightHolder.MatchString(s) {
			found["copyright"] = true
		}
		if isbnNumber.MatchString(s) {
			found["publication"] = true
		}
	})
	if image {
		return
	}
	var zh, en []string
	for _, it := range licenseItems {
		if !found[it.sub] {
			zh = append(zh, it.zh)
			en = append(en, it.en)
		}
	}
	if len(zh) == 0 {
		return
	}
	path, at, ok := anchor(c)
	if !ok {
		return
	}
	c.Report(path, at, rule.Msg{
		Zh: "小游戏源码中找不到" + strings.Join(zh, "、") + "：开始画面须在显著位置标明批准文号、网络游戏出版号和著作权登记号。若已做成开始画面的图片，可在此行上方加注释忽略。",
		En: "The mini-game's sources never carry its " + strings.Join(en, ", ") + "; the start screen must show the approval, publication and copyright registration numbers. If your start-screen image shows them, suppress this finding with a comment above this line.",
	})
}
