package game

import (
	"strings"

	"mpls/analysis/fix"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// HealthNotice: a mini-game must show the full 健康游戏忠告 on screen before
// the game starts (WX 小游戏 §2.6.2): 抵制不良游戏，拒绝盗版游戏。注意自我
// 保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。
//
// The project (game.json) passes when its sources carry the notice: all
// eight phrases appear in its string literals or JSON strings (games lay it
// out in one string, four lines or a list, with any punctuation). Comments
// do not count: nobody sees them. An image named after it (health*.png,
// jiankang*.png, zhonggao*.png, 忠告*.png) counts too: many games draw the
// notice as a picture on the loading screen.
//
// The fix inserts the text into game.js, after its imports, as a constant
// shown in a modal when the game starts: the full text, on screen, before
// play — what §2.6.2 asks, and what a reviewer sees on launch. Projects
// with a start screen may move it there (fillText); the rule accepts the
// text anywhere in the sources. The fix is not marked safe: it adds a
// dialog to the launch.
var HealthNotice = &rule.Rule{
	ID:       "game/health-notice",
	Severity: rule.Error,
	Citation: "WX 小游戏 §2.6.2",
	Title:    rule.Msg{Zh: "小游戏缺少《健康游戏忠告》", En: "Mini-game lacks the health gaming notice"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "小游戏（有 game.json）的源码中找不到《健康游戏忠告》全文：抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。",
			En: "A mini-game (game.json) whose sources never contain the full 健康游戏忠告 (health gaming notice): 抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。"},
		Why: rule.Msg{Zh: "在游戏开始前，必须在画面的显著位置全文登载《健康游戏忠告》（微信小游戏运营规范 §2.6.2）。",
			En: "Before the game starts, the full health gaming notice must be shown prominently on screen (WX 小游戏 §2.6.2)."},
		Wrong:   "import Main from './js/main'\n\nnew Main()",
		Right:   "import Main from './js/main'\n\nconst HEALTH_NOTICE = '抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。'\nwx.showModal({ title: '健康游戏忠告', content: HEALTH_NOTICE, showCancel: false })\n\nnew Main()",
		Excerpt: "2.6.2 在游戏开始前，必须在画面的显著位置全文登载《健康游戏忠告》。即“抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。”（微信小程序平台运营规范 三、小游戏特别规范 §2.6.2）",
	},
	CheckProject: checkHealthNotice,
}

// healthNoticeText is the notice as the rulebook gives it.
const healthNoticeText = "抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。"

var healthImageWords = []string{"health", "jiankang", "zhonggao", "忠告", "healthy"}

func checkHealthNotice(c *rule.ProjectContext) {
	if c.Project == nil || !c.Project.IsGame {
		return
	}
	phrases := map[string]bool{}
	var want []string
	full := healthNoticeText
	for _, e := range c.Lexicon.Words("health-notice") {
		switch e.Sub {
		case "phrase":
			want = append(want, e.Word)
		case "full":
			full = e.Word
		}
	}
	if len(want) == 0 { // the lexicon category is missing: use the rulebook's
		for _, s := range strings.FieldsFunc(healthNoticeText, func(r rune) bool { return r == '，' || r == '。' }) {
			want = append(want, s)
		}
	}
	image := false
	sourceStrings(c.Units, func(_ string, s string) {
		if imageNamed(s, healthImageWords) {
			image = true
		}
		for _, w := range want {
			if strings.Contains(s, w) {
				phrases[w] = true
			}
		}
	})
	if image || len(phrases) == len(want) {
		return
	}
	var missing []string
	for _, w := range want {
		if !phrases[w] {
			missing = append(missing, w)
		}
	}
	path, at, ok := anchor(c)
	if !ok {
		return
	}
	detail := rule.Msg{Zh: "源码中找不到《健康游戏忠告》", En: "the sources never contain the health gaming notice"}
	if len(missing) < len(want) {
		detail = rule.Msg{Zh: "《健康游戏忠告》不全，缺少“" + strings.Join(missing, "”“") + "”", En: "the health gaming notice is incomplete; missing: " + strings.Join(missing, ", ")}
	}
	m := rule.Msg{
		Zh: "小游戏" + detail.Zh + "：游戏开始前必须在画面显著位置全文登载。全文：" + full,
		En: "This mini-game: " + detail.En + ". The full notice must be shown prominently before the game starts: " + full,
	}
	var fixes []rule.Fix
	if path == "game.js" || path == "game.ts" {
		if fx, ok := noticeFix(c, c.Units[path], full); ok {
			fixes = append(fixes, fx)
		}
	}
	c.Report(path, at, m, fixes...)
}

// noticeFix inserts the notice after game.js's imports, as a constant shown
// in a modal at launch.
func noticeFix(c *rule.ProjectContext, u *rule.Unit, full string) (rule.Fix, bool) {
	src := u.Text
	eol := fix.LineEnding(src)
	semi := ""
	if usesSemicolons(src) {
		semi = ";"
	}
	name := "HEALTH_NOTICE"
	if u.Script.HasName(name) {
		name = "HEALTH_GAME_NOTICE"
	}
	ns := c.Namespace
	if ns == "" {
		ns = "wx"
	}
	cite := ""
	if c.Platform == rule.WeChat {
		cite = "（微信小游戏运营规范 §2.6.2）"
	}
	block := "// 健康游戏忠告：游戏开始前须在画面显著位置全文展示" + cite + eol +
		"const " + name + " = '" + full + "'" + semi + eol +
		ns + ".showModal({ title: '健康游戏忠告', content: " + name + ", showCancel: false })" + semi + eol
	at, afterImports := insertionPoint(u)
	lead, trail := "", ""
	if at >= len(src) {
		if len(src) > 0 && src[len(src)-1] != '\n' {
			lead = eol
		}
		if afterImports {
			lead += eol
		}
	} else {
		if afterImports {
			if blankLineAt(src, at) {
				at = nextLine(src, at) // keep the blank line after the imports above the notice
			} else {
				lead = eol
			}
		}
		if at < len(src) && !blankLineAt(src, at) {
			trail = eol
		}
	}
	block = lead + block + trail
	return rule.Fix{
		Title:     rule.Msg{Zh: "插入《健康游戏忠告》全文（启动时弹窗展示）", En: "Insert the health gaming notice (shown in a dialog at launch)"},
		Edits:     []rule.Edit{{Span: text.Span{Start: at, End: at}, NewText: block}},
		Preferred: true,
	}, true
}

// insertionPoint is the start of the line after game.js's leading imports
// ('use strict', import …, require(…)); with no imports, the start of the
// first line of code. afterImports says which.
func insertionPoint(u *rule.Unit) (int, bool) {
	src := u.Text
	off, last := 0, -1
	inImport := false
	for off < len(src) {
		end := off
		for end < len(src) && src[end] != '\n' {
			end++
		}
		next := end
		if next < len(src) {
			next++
		}
		line := strings.TrimSpace(string(src[off:end]))
		first := off + strings.Index(string(src[off:end]), line)
		switch {
		case inImport:
			last = next
			if strings.Contains(line, " from ") || strings.HasPrefix(line, "} from") || strings.HasPrefix(line, "}from") {
				inImport = false
			}
		case line == "" || inComment(u, first):
		case isImportLine(line):
			last = next
			if strings.HasPrefix(line, "import") && !strings.Contains(line, " from ") && !isBareImport(line) {
				inImport = true
			}
		default:
			if last >= 0 {
				return last, true
			}
			return off, false
		}
		off = next
	}
	if last >= 0 {
		return last, true
	}
	return len(src), false
}

func isImportLine(l string) bool {
	switch {
	case strings.HasPrefix(l, "import ") || strings.HasPrefix(l, "import{") || strings.HasPrefix(l, "import'") || strings.HasPrefix(l, "import\""):
		return !strings.HasPrefix(l, "import(")
	case strings.HasPrefix(l, "'use strict'") || strings.HasPrefix(l, "\"use strict\""):
		return true
	case strings.HasPrefix(l, "require("):
		return true
	case (strings.HasPrefix(l, "const ") || strings.HasPrefix(l, "let ") || strings.HasPrefix(l, "var ")) && strings.Contains(l, "require(") && strings.HasSuffix(strings.TrimSuffix(l, ";"), ")"):
		return true
	}
	return false
}

// isBareImport: import './x' (a side-effect import, complete on its line).
func isBareImport(l string) bool {
	r := strings.TrimSpace(strings.TrimPrefix(l, "import"))
	return strings.HasPrefix(r, "'") || strings.HasPrefix(r, "\"")
}

func inComment(u *rule.Unit, off int) bool {
	for _, cm := range u.Script.Comments {
		if cm.Span.Start <= off && off < cm.Span.End {
			return true
		}
	}
	return false
}

// blankLineAt reports whether the line starting at off is blank.
func blankLineAt(src []byte, off int) bool {
	for i := off; i < len(src) && src[i] != '\n'; i++ {
		if src[i] != ' ' && src[i] != '\t' && src[i] != '\r' {
			return false
		}
	}
	return true
}

// nextLine is the offset of the line after the one holding off.
func nextLine(src []byte, off int) int {
	for off < len(src) && src[off] != '\n' {
		off++
	}
	if off < len(src) {
		off++
	}
	return off
}

// usesSemicolons: most code lines end with ';'.
func usesSemicolons(src []byte) bool {
	with, without := 0, 0
	for _, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "//") || strings.HasPrefix(l, "*") || strings.HasPrefix(l, "/*") {
			continue
		}
		switch l[len(l)-1] {
		case ';':
			with++
		case '{', '(', '[', ',':
		default:
			without++
		}
	}
	return with > without
}
