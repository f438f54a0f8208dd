package privacydecl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// JSON renders the declaration as `mpls privacy --format json` prints it:
// indented, with <, > and & left as they are.
func (d *Declaration) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Blank marks what the team must fill in on the form.
const Blank = "〔待填写〕"

// Markdown renders the declaration as what a person types into the
// console form: WeChat's 设置 → 服务内容声明 → 用户隐私保护指引 (Douyin's 设置
// → 基础设置 → 类目与配置 → 用户隐私保护协议), one section per category with
// the purpose to enter and the code that calls for it, the suggestions,
// the contact, notice method and storage period left as marked blanks,
// and (WeChat) app.json's requiredPrivateInfos.
func (d *Declaration) Markdown() string {
	var b strings.Builder
	douyin := d.Inferred
	title, where := "用户隐私保护指引", "微信公众平台：设置 → 服务内容声明 → 用户隐私保护指引"
	if douyin {
		title, where = "用户隐私保护协议", "抖音开放平台：设置 → 基础设置 → 类目与配置 → 用户隐私保护协议"
	}
	name := d.Project
	if name == "" {
		name = "小程序"
	}
	fmt.Fprintf(&b, "# %s · %s\n\n", title, name)
	fmt.Fprintf(&b, "填写位置：%s。以下由 mpls 根据代码生成（平台：%s）。\n", where, d.Platform)
	if douyin {
		b.WriteString("\n> 抖音没有公开接口与类别的对照表：下列类别是 mpls 根据抖音的授权 scope 推断的（inferred），提交前请对照控制台核实。\n")
	} else {
		b.WriteString("\n用途只填「为了」之后的部分：微信会显示为「为了〈用途〉，开发者将在获取你的明示同意后，收集你的〈信息〉」，所以用途不要以“为了”或“用于”开头，也不要写“获取良好体验”这类话。\n")
	}

	b.WriteString("\n## 1. 开发者处理的信息\n\n")
	if len(d.Settings) == 0 {
		b.WriteString("代码中没有调用需要声明的隐私接口或组件。\n")
	} else {
		b.WriteString("| 信息类型 | 用途（填入表单） |\n|---|---|\n")
		drafts := false
		for _, s := range d.Settings {
			text := cell(s.PrivacyText)
			if s.Draft {
				text += " ✎"
				drafts = true
			}
			fmt.Fprintf(&b, "| %s | %s |\n", cell(s.Label), text)
		}
		if drafts {
			b.WriteString("\n✎ 草稿：代码中没有写明用途，这是默认文案，请按实际用途改写。\n")
		}
		for _, s := range d.Settings {
			fmt.Fprintf(&b, "\n### %s（`%s`）\n\n", s.Label, s.PrivacyKey)
			fmt.Fprintf(&b, "- 用途：%s\n", s.PrivacyText)
			switch {
			case s.Draft:
				b.WriteString("- 来源：默认文案（草稿，请改写）\n")
			case s.From != nil:
				fmt.Fprintf(&b, "- 来源：%s\n", sourceText(s.From))
			}
			b.WriteString("- 代码中的使用：\n")
			for _, u := range s.Uses {
				lib := ""
				if u.Library {
					lib = "（第三方库）"
				}
				fmt.Fprintf(&b, "  - `%s:%d:%d` %s%s\n", u.File, u.Range.Start.Line+1, u.Range.Start.Character+1, apiText(u.API), lib)
			}
		}
	}

	b.WriteString("\n## 2. 可能还需声明的信息（建议）\n\n")
	if len(d.Suggestions) == 0 {
		b.WriteString("没有发现。\n")
	} else {
		b.WriteString("这些信息没有接口可查，mpls 只从页面内容推断：请确认小程序确实收集后再声明，mpls 不会自动加入。\n")
		for _, s := range d.Suggestions {
			fmt.Fprintf(&b, "\n### %s（`%s`）\n\n", s.Label, s.PrivacyKey)
			fmt.Fprintf(&b, "- 建议用途：%s ✎\n- 依据：\n", s.PrivacyText)
			for _, e := range s.Evidence {
				fmt.Fprintf(&b, "  - `%s:%d:%d` “%s”\n", e.File, e.Range.Start.Line+1, e.Range.Start.Character+1, e.Text)
			}
		}
	}

	b.WriteString("\n## 3. 开发者信息\n\n")
	fmt.Fprintf(&b, "- 联系方式（电话、邮箱、QQ 或微信号，至少填一项）：%s\n", Blank)
	if !douyin {
		fmt.Fprintf(&b, "- 通知方式（隐私指引更新时如何告知用户，必填）：%s\n", Blank)
		fmt.Fprintf(&b, "- 存储期限（选填，写作“N天”）：%s\n", Blank)
	}

	if !douyin {
		r := d.RequiredPrivateInfos
		b.WriteString("\n## 4. app.json requiredPrivateInfos\n\n")
		fmt.Fprintf(&b, "- 代码需要：%s\n", list(r.Needed))
		fmt.Fprintf(&b, "- 已声明：%s\n", list(r.Declared))
		fmt.Fprintf(&b, "- 缺少：%s\n", list(r.Missing))
		fmt.Fprintf(&b, "- 未使用：%s\n", list(r.Unused))
		if r.Conflict {
			b.WriteString("- 冲突：getFuzzyLocation（模糊位置）与精确位置接口（getLocation、onLocationChange、startLocationUpdate、startLocationUpdateBackground）不能同时声明，只保留代码实际需要的一种。\n")
		} else {
			b.WriteString("- 冲突：无\n")
		}
	}
	return b.String()
}

func sourceText(s *Source) string {
	at := fmt.Sprintf("%s:%d:%d", s.File, s.Range.Start.Line+1, s.Range.Start.Character+1)
	switch s.Kind {
	case "showModal":
		return fmt.Sprintf("调用前的 showModal 文案“%s”（`%s`）", s.Text, at)
	case "permission":
		return fmt.Sprintf("app.json 的 permission desc“%s”（`%s`）", s.Text, at)
	case "button":
		return fmt.Sprintf("触发它的按钮“%s”（`%s`）", s.Text, at)
	}
	return at
}

// apiText renders a table name for Markdown.
func apiText(api string) string {
	switch {
	case strings.HasPrefix(api, "open-type="):
		return "`<button open-type=\"" + strings.TrimPrefix(api, "open-type=") + "\">`"
	case api == "<input type=nickname>":
		return "`<input type=\"nickname\">`"
	}
	return "`" + api + "`"
}

func list(xs []string) string {
	if len(xs) == 0 {
		return "无"
	}
	return strings.Join(xs, "、")
}

func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
