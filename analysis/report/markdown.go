package report

import (
	"fmt"
	"strings"
)

// Markdown writes the submission notes. The headings and questions
// are the platforms' template (in Chinese, as reviewers read it); blanks
// to fill in are ____.
func Markdown(doc Doc) string {
	var b strings.Builder
	for i, p := range doc.Projects {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		renderProject(&b, p, doc.Since)
	}
	if len(doc.Projects) == 0 {
		b.WriteString("# 提审说明\n\n没有找到小程序项目。\n")
	}
	return b.String()
}

const blank = "____"

func renderProject(b *strings.Builder, p Project, since string) {
	fmt.Fprintf(b, "# 提审说明：%s\n\n", p.Name)
	kind := p.PlatformName
	if p.Game {
		kind = strings.Replace(kind, "小程序", "小游戏", 1)
	}
	where := ""
	if p.Root != "." {
		where = "`" + p.Root + "` · "
	}
	fmt.Fprintf(b, "> %s%s · %d 个页面 · %d 个自定义组件。由 `mpls report` 根据代码分析生成，请核对，并填写 %s 处。\n\n", where, kind, p.Pages, p.Components, blank)

	b.WriteString("## 本次版本变更\n\n")
	renderChanges(b, p.Changes, since)

	b.WriteString("## 测试账号\n\n")
	renderAccount(b, p.TestAccount)

	b.WriteString("## 补充说明\n\n")
	sinceSet := since != ""
	b.WriteString("1. 本次是否涉及新增用户隐私信息收集？\n")
	var privacyPlaces []Place
	for _, u := range p.Privacy {
		privacyPlaces = append(privacyPlaces, u.Uses...)
	}
	answer(b, privacyPlaces, sinceSet, "是", "代码使用了以下隐私信息，请确认《用户隐私保护指引》中已如实声明：",
		"否。代码没有调用隐私接口或使用隐私组件。")
	for _, u := range p.Privacy {
		label := u.Label
		if len(u.Scopes) > 0 {
			label += "（" + strings.Join(u.Scopes, "、") + "）"
		}
		fmt.Fprintf(b, "   - %s：%s\n", label, places(u.Uses))
	}

	b.WriteString("2. 本次是否涉及支付、内容发布或外链？\n")
	all := append(append(append([]Place(nil), p.Payment...), p.UGC...), p.External...)
	answer(b, all, sinceSet, "是", "涉及：", "否。没有发现支付接口、用户发布内容（提交文字、上传所选图片视频）、web-view 或跳转其他小程序。")
	for _, s := range []struct {
		label string
		ps    []Place
	}{{"支付", p.Payment}, {"内容发布", p.UGC}, {"外链/跳转", p.External}} {
		if len(s.ps) > 0 {
			fmt.Fprintf(b, "   - %s：%s\n", s.label, places(s.ps))
		}
	}

	b.WriteString("3. 本次是否涉及服务类目或资质变化？\n")
	var catPlaces []Place
	for _, s := range p.Category {
		catPlaces = append(catPlaces, s.Places...)
	}
	answer(b, catPlaces, sinceSet, "", "请确认服务类目与资质覆盖以下功能：",
		"否。没有发现需要特殊类目或资质的功能（医疗、金融、支付、用户发布内容、直播）；如本次新增功能超出已选类目，请先在后台补充类目。")
	for _, s := range p.Category {
		fmt.Fprintf(b, "   - %s：%s\n", s.Text, places(s.Places))
	}
	b.WriteString("\n")

	b.WriteString("## 可能导致驳回的问题\n\n")
	if len(p.Findings) == 0 {
		b.WriteString("mpls 没有发现警告及以上的问题。\n")
		return
	}
	n := 0
	for _, g := range p.Findings {
		n += len(g.Items)
	}
	fmt.Fprintf(b, "mpls 发现 %d 处警告及以上的问题（%d 条规则），提审前请修复，或在补充说明中解释：\n", n, len(p.Findings))
	for _, g := range p.Findings {
		fmt.Fprintf(b, "\n### %s：%s\n", g.Rule, g.Title)
		meta := severityZh(g.Severity)
		if g.Citation != "" {
			meta += " · " + g.Citation
		}
		fmt.Fprintf(b, "%s\n\n", meta)
		for _, it := range g.Items {
			fmt.Fprintf(b, "- `%s:%d:%d` %s\n", it.File, it.Line, it.Column, it.Message)
		}
	}
}

func renderChanges(b *strings.Builder, c *ChangeList, since string) {
	if c == nil {
		fmt.Fprintf(b, "1. 新增：%s\n2. 优化：%s\n3. 修复：%s\n\n", blank, blank, blank)
		fmt.Fprintf(b, "（用 `mpls report --since <上次提审的 git 版本>` 可列出新增和改动的页面、组件。）\n\n")
		return
	}
	item := func(it ChangeItem) string {
		kind := "页面"
		if it.Kind == "component" {
			kind = "组件"
		}
		s := kind + " `" + it.Path + "`"
		if it.Title != "" {
			s += "（" + it.Title + "）"
		}
		return s
	}
	b.WriteString("1. 新增：")
	if len(c.Added) == 0 {
		b.WriteString("无新增页面或组件\n")
	} else {
		b.WriteString(blank + "\n")
		for _, it := range c.Added {
			fmt.Fprintf(b, "   - %s\n", item(it))
		}
	}
	b.WriteString("2. 优化：")
	if len(c.Modified) == 0 && len(c.Removed) == 0 && len(c.Other) == 0 {
		b.WriteString("无改动的页面或组件\n")
	} else {
		b.WriteString(blank + "\n")
		for _, it := range c.Modified {
			fmt.Fprintf(b, "   - %s\n", item(it))
		}
		for _, it := range c.Removed {
			fmt.Fprintf(b, "   - 移除%s\n", item(it))
		}
		if len(c.Other) > 0 {
			fmt.Fprintf(b, "   - 公共文件：%s\n", code(c.Other))
		}
	}
	fmt.Fprintf(b, "3. 修复：%s\n\n", blank)
	fmt.Fprintf(b, "（根据 `git diff %s` 列出；请在 %s 处用一句话写明用户能看到的变化。）\n\n", since, blank)
}

func renderAccount(b *strings.Builder, t TestAccount) {
	if !t.Required && t.Source == "platform-login" && t.Evidence != nil {
		fmt.Fprintf(b, "无需测试账号：只能用平台账号登录（%s，%s），审核员用自己的账号登录即可体验全部功能。\n\n", t.Evidence.What, loc(*t.Evidence))
		return
	}
	if !t.Required {
		b.WriteString("无需登录。\n\n")
		return
	}
	fmt.Fprintf(b, "账号：%s 密码：%s\n\n", blank, blank)
	ev := ""
	if t.Evidence != nil {
		ev = "（" + t.Evidence.What + "，" + loc(*t.Evidence) + "）"
	}
	if t.Certain {
		fmt.Fprintf(b, "项目有账号体系%s：请提供审核员可以直接登录的测试账号；用短信验证码登录时，请写明固定验证码或获取方式（抖音 §1.1.1.3，微信 §13.5）。\n\n", ev)
		return
	}
	fmt.Fprintf(b, "代码中有登录相关调用%s：如审核需要登录才能体验，请提供测试账号；否则改为“无需登录”。\n\n", ev)
}

// answer writes the first line of an answer: yes (when yes is not "")
// and the detail's lead-in, or no when nothing was found. With --since it
// says whether the changed files are involved.
func answer(b *strings.Builder, ps []Place, since bool, yes, detail, no string) {
	if len(ps) == 0 {
		fmt.Fprintf(b, "   %s\n", no)
		return
	}
	if !since {
		if yes != "" {
			yes += "。"
		}
		fmt.Fprintf(b, "   %s%s\n", yes, detail)
		return
	}
	for _, p := range ps {
		if p.Changed {
			lead := ""
			if yes != "" {
				lead = yes + "，"
			}
			fmt.Fprintf(b, "   %s本次改动涉及（见标“本次变更”的条目）。%s\n", lead, detail)
			return
		}
	}
	fmt.Fprintf(b, "   本次改动不涉及。已有功能：\n")
}

func loc(p Place) string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// places lists places as "what（file:line）；…", at most six.
func places(ps []Place) string {
	const max = 6
	var parts []string
	for i, p := range ps {
		if i == max {
			parts = append(parts, fmt.Sprintf("等 %d 处", len(ps)))
			break
		}
		s := p.What
		if looksLikeCode(s) {
			s = "`" + s + "`"
		}
		if p.Note != "" {
			s += " " + p.Note
		}
		s += "（`" + loc(p) + "`"
		if p.Changed {
			s += "，本次变更"
		}
		parts = append(parts, s+"）")
	}
	return strings.Join(parts, "；")
}

// looksLikeCode: an API call or a tag (wx.getLocation, <web-view …>), not
// a description or a quoted word.
func looksLikeCode(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '<' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func code(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "`" + x + "`"
	}
	return strings.Join(out, "、")
}

func severityZh(s string) string {
	switch s {
	case "error":
		return "错误"
	case "warning":
		return "警告"
	case "information":
		return "提示"
	}
	return s
}
