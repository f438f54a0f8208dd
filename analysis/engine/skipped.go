package engine

import (
	"fmt"
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/rules"
	"mpls/analysis/text"
)

// SkippedFiles tells the user, once per project, which files mpls did not
// analyse although they may be the app's own code: too large, binary,
// unreadable (or a link it does not follow). Vendored libraries, type
// declarations and build output are left out on purpose and only counted.
// The project check raises it from what the file listing left out
// (project.Files keeps it on the model), so the editor and `mpls check`
// report the very same diagnostic.
var SkippedFiles = &rule.Rule{
	ID:           "project/skipped-files",
	Severity:     rule.Information,
	Scope:        rule.ProjectScope,
	CheckProject: checkSkipped,
	Title:        rule.Msg{Zh: "有文件未分析", En: "Files not analysed"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "项目里有文件没有被 mpls 分析：超过大小上限（2 MiB）、二进制文件或无法读取。诊断列在 app.json 上，每个项目一条。第三方库、TypeScript 声明文件和构建产物不是应用自己的代码，按预期不分析，只计数。",
			En: "Some files of the project were not analysed: over the size limit (2 MiB), binary, or unreadable. One diagnostic per project, on app.json. Vendored libraries, TypeScript declarations and build output are not the app's own code: left out on purpose, and only counted."},
		Why: rule.Msg{Zh: "未分析的文件里的问题不会被报告，而审核员会看到它们：你应当知道哪些代码没有被检查。",
			En: "Problems in a file that is not analysed are not reported, yet a reviewer sees them: you should know which code went unchecked."},
		Wrong: "pages/big/big.wxml (8.8 MiB)",
		Right: "pages/big/big.wxml split into smaller templates, or listed under \"ignore\" in mpls.json",
	},
}

// registered is every rule the engine runs: the catalogue and its own.
var registered = append(append([]*rule.Rule(nil), rules.All()...), SkippedFiles, InternalError)

// maxListed bounds the files the message names.
const maxListed = 5

func checkSkipped(c *rule.ProjectContext) {
	p := c.Project
	if p == nil || p.App == nil || p.App.File == nil {
		return // no app.json to hang it on
	}
	var loud []project.Skip
	quiet := 0
	for _, s := range p.Skipped() {
		if s.Kind.Expected() {
			quiet++
		} else {
			loud = append(loud, s)
		}
	}
	if len(loud) == 0 {
		return
	}
	rel := p.App.File.Path
	c.Report(rel, anchor(p.App.File.Src), skippedMsg(loud, quiet))
}

// anchor is the top-level "{" of a JSON file (its first byte if none).
func anchor(src []byte) text.Span {
	for i, b := range src {
		if b == '{' {
			return text.Span{Start: i, End: i + 1}
		}
		if b != ' ' && b != '\t' && b != '\r' && b != '\n' && !(i < 3 && b >= 0x80) {
			break // not an object: its first byte
		}
	}
	return text.Span{}
}

func skippedMsg(loud []project.Skip, quiet int) rule.Msg {
	var zh, en []string
	for i, s := range loud {
		if i == maxListed {
			break
		}
		name := s.Path
		if s.Dir {
			name += "/"
		}
		zh = append(zh, name+"（"+strings.TrimSuffix(s.Zh, "，未分析")+"）")
		en = append(en, name+" ("+strings.TrimSuffix(s.En, ": not analysed")+")")
	}
	more := len(loud) - len(zh)
	m := rule.Msg{
		Zh: fmt.Sprintf("%d 个文件未分析，其中的问题不会被报告：%s", len(loud), strings.Join(zh, "；")),
		En: fmt.Sprintf("%d %s not analysed, so problems in them are not reported: %s", len(loud), plural(len(loud), "file was", "files were"), strings.Join(en, "; ")),
	}
	if more > 0 {
		m.Zh += fmt.Sprintf("；另有 %d 个", more)
		m.En += fmt.Sprintf("; and %d more", more)
	}
	m.Zh += "。"
	m.En += "."
	if quiet > 0 {
		m.Zh += fmt.Sprintf("另有 %d 处第三方库、类型声明或构建产物不是应用自己的代码，按预期未分析。", quiet)
		m.En += fmt.Sprintf(" Also left out as not the app's own code: %d vendored, declaration or build output %s.", quiet, plural(quiet, "path", "paths"))
	}
	m.Zh += "若有意不分析，请在 mpls.json 的 ignore 中列出。"
	m.En += " List a file under \"ignore\" in mpls.json if leaving it out is intended."
	return m
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
