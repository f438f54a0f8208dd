package payment

import (
	"strings"
	"unicode"

	"mpls/analysis/rule"
)

// inAppName reports whether s[start:end], a virtual-goods word, is part of
// the mini-program's own name where s writes that name: the app called
// 书虫VIP says 欢迎使用书虫VIP, and that VIP is a brand, not a good for sale.
// The name is app.json's window title (Alipay's defaultTitle) or
// project.config.json's projectname. Either holds the whole phrase (title
// 书虫VIP), or the title writes the rest and a second source confirms the
// word belongs to the name: the projectname ends with it (shuchongvip) or
// the text calls the phrase a mini-program (书虫VIP小程序). An app whose
// whole name is the word (title "VIP") tells nothing: it is not reported
// as a name.
func inAppName(env *rule.Env, s string, start, end int) bool {
	title, proj := appNames(env)
	low := strings.ToLower(s)
	if len(low) != len(s) {
		low = s
	}
	word := low[start:end]
	for _, n := range []string{title, proj} {
		n = strings.ToLower(n)
		if len(n) <= len(word) || !strings.Contains(n, word) {
			continue
		}
		for i := 0; ; {
			j := strings.Index(low[i:], n)
			if j < 0 {
				break
			}
			if i+j <= start && end <= i+j+len(n) {
				return true
			}
			i += j + 1
		}
	}
	t := strings.ToLower(title)
	if t == "" || t == word || !strings.HasSuffix(strings.TrimSpace(low[:start]), t) {
		return false
	}
	return strings.HasSuffix(letters(proj), letters(word)) || strings.HasPrefix(strings.TrimSpace(s[end:]), "小程序")
}

// appNames are app.json's window title and project.config.json's
// projectname, trimmed ("" when absent).
func appNames(env *rule.Env) (title, proj string) {
	pr := env.Project
	if pr == nil {
		return "", ""
	}
	if pr.App != nil && pr.App.Window.NavigationBarTitleText != nil {
		title = strings.TrimSpace(pr.App.Window.NavigationBarTitleText.Value)
	}
	if pc := pr.ProjectConfig; pc != nil && pc.Value != nil {
		if n, ok := pc.Value.Get("projectname").AsString(); ok {
			proj = strings.TrimSpace(n)
		}
	}
	return title, proj
}

// letters keeps s's letters and digits, lower-cased: "rushou-VIP" → "rushouvip".
func letters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
