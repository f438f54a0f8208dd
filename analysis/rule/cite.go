package rule

import "strings"

// A citation is written in a rule (Rule.Citation) or a finding
// (Finding.Cite) as short references: "DY §1.1.2.1, WX §14.1.1,
// LESSONS #04". CiteFor keeps the ones that bind the project's platform and
// CiteText spells them out for the reader; the engine appends the result
// to every message, so no rule writes a citation into its text.

// books maps a reference's prefix to the rulebook it names, with the
// platforms whose reviewers apply it (none: every platform).
var books = []struct {
	prefix    string
	zh, en    string
	platforms []string
}{
	{"WX 小游戏", "微信小游戏运营规范", "WeChat Mini Game Operating Rules", []string{WeChat, QQ}},
	{"WX-early", "微信小程序运营规范（旧版）", "WeChat Mini Program Operating Rules (earlier edition)", []string{WeChat, QQ}},
	{"WX", "微信小程序平台运营规范", "WeChat Mini Program Operating Rules", []string{WeChat, QQ}},
	{"DY", "抖音小程序审核常见问题", "Douyin Mini Program review FAQ", []string{Douyin}},
	{"LESSONS", "80+ 次提审经验", "80+ review lessons", []string{WeChat, QQ}},
	{"PROC", "微信代码审核机审", "WeChat's review pre-screen", []string{WeChat, QQ}},
	{"WeChat docs", "微信开发文档", "WeChat developer docs", []string{WeChat, QQ}},
}

func bookOf(ref string) (int, string) {
	for i, b := range books {
		if strings.HasPrefix(ref, b.prefix) {
			return i, strings.TrimSpace(strings.TrimPrefix(ref, b.prefix))
		}
	}
	return -1, ref
}

// CiteFor keeps the references that bind platform: a Douyin project never
// reads WeChat's rulebook cited, nor a WeChat or QQ project Douyin's (issue
// #18: a reviewer cites their own platform's rules, and so must we). When
// none binds the platform, the finding carries no citation: the rule's
// message speaks for itself. Alipay and Baidu have no rulebook here, so they
// keep every reference: the book's name says whose rule it is.
func CiteFor(citation, platform string) string {
	var keep []string
	for _, r := range strings.Split(citation, ",") {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		i, _ := bookOf(r)
		if i < 0 || platform == Alipay || platform == Baidu || contains(books[i].platforms, platform) {
			keep = append(keep, r)
		}
	}
	return strings.Join(keep, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// CiteText spells references out: "微信小程序平台运营规范 §14.1.1、§14.4.1；
// 80+ 次提审经验 #04" — one book named once.
func CiteText(refs, locale string) string {
	en := strings.HasPrefix(locale, "en")
	var parts []string
	last := -2
	for _, r := range strings.Split(refs, ",") {
		if r = strings.TrimSpace(r); r == "" {
			continue
		}
		i, sec := bookOf(r)
		if i >= 0 && i == last {
			sep := "、"
			if en {
				sep = ", "
			}
			parts[len(parts)-1] += sep + sec
			continue
		}
		name := r
		if i >= 0 {
			name = books[i].zh
			if en {
				name = books[i].en
			}
			switch {
			case strings.HasPrefix(sec, "(") && strings.HasSuffix(sec, ")"):
				name += "：" + strings.Trim(sec, "()") // PROC (隐私数据未加密传输)
				if en {
					name = books[i].en + ": " + strings.Trim(sec, "()")
				}
			case sec != "":
				name += " " + sec
			}
		}
		parts = append(parts, name)
		last = i
	}
	if en {
		return strings.Join(parts, "; ")
	}
	return strings.Join(parts, "；")
}

// WithCitation appends the citation of f (its own, else its rule's) for
// platform to its message.
func WithCitation(m Msg, citation, platform string) Msg {
	refs := CiteFor(citation, platform)
	if refs == "" {
		return m
	}
	m.Zh = strings.TrimRight(m.Zh, " ") + "（依据：" + CiteText(refs, "zh") + "）"
	m.En = strings.TrimRight(m.En, " ") + " (" + CiteText(refs, "en") + ")"
	return m
}
