package report_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/engine"
	"mpls/analysis/report"
)

const (
	example = "../../testdata/example"
	clinic  = "../../testdata/cli/projects/clinic"
	multi   = "../../testdata/projects/multi"
)

func build(t *testing.T, dir string, opt report.Options) report.Project {
	t.Helper()
	eng := engine.New(engine.Settings{})
	res, err := eng.CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc := report.Build(res, eng, opt)
	if len(doc.Projects) != 1 {
		t.Fatalf("%d projects", len(doc.Projects))
	}
	return doc.Projects[0]
}

// What the example's notes must say, independent of wording changes.
func TestExampleAnswers(t *testing.T) {
	p := build(t, example, report.Options{})
	// the phone button is the rule's evidence only in strict (a reviewer signs
	// in with their own number): the notes say no test account is needed
	if ta := p.TestAccount; ta.Required || ta.Certain || ta.Source != "platform-login" || ta.Evidence.File != "pages/index/index.wxml" || ta.Evidence.Line != 4 {
		t.Errorf("test account: %+v", ta)
	}
	cats := map[string]bool{}
	for _, u := range p.Privacy {
		cats[u.Category] = true
	}
	if !cats["Location"] || !cats["PhoneNumber"] || len(cats) != 2 {
		t.Errorf("privacy: %+v", p.Privacy)
	}
	if len(p.Payment)+len(p.UGC)+len(p.External) != 0 {
		t.Errorf("payment/ugc/external in the example: %+v %+v %+v", p.Payment, p.UGC, p.External)
	}
	rules := map[string]bool{}
	for _, g := range p.Findings {
		rules[g.Rule] = true
		if g.Citation == "" {
			t.Errorf("%s without citation", g.Rule)
		}
		for _, it := range g.Items {
			if it.Severity != "error" && it.Severity != "warning" {
				t.Errorf("%s: %s finding listed", g.Rule, it.Severity)
			}
		}
	}
	if rules["login/test-account"] {
		t.Errorf("information findings are not rejection risks")
	}
	if !rules["privacy/prompt-before-authorize"] || !rules["content/extreme-words"] {
		t.Errorf("findings: %v", rules)
	}
	// Without the rule, its judgement still decides.
	dir := copyTree(t, example)
	writeFile(t, filepath.Join(dir, "mpls.json"), `{"rules": {"login/test-account": "off"}}`)
	if ta := build(t, dir, report.Options{}).TestAccount; ta.Required || ta.Source != "platform-login" {
		t.Errorf("with login/test-account off: %+v", ta)
	}
	// In strict any account system asks for one, as WX §13.5's letter does.
	writeFile(t, filepath.Join(dir, "mpls.json"), `{"profile": "strict", "rules": {"login/test-account": "off"}}`)
	if ta := build(t, dir, report.Options{}).TestAccount; !ta.Required || !ta.Certain || ta.Source != "detected" {
		t.Errorf("strict, with login/test-account off: %+v", ta)
	}
}

// The clinic fixture has one of everything the notes ask about.
func TestClinicAnswers(t *testing.T) {
	p := build(t, clinic, report.Options{})
	if ta := p.TestAccount; !ta.Required || ta.Certain || ta.Source != "login-calls" || ta.Evidence.File != "app.js" {
		t.Errorf("test account from wx.login + auth request: %+v", ta)
	}
	if len(p.Payment) != 1 || p.Payment[0].What != "wx.requestPayment" {
		t.Errorf("payment: %+v", p.Payment)
	}
	var ugc []string
	for _, u := range p.UGC {
		ugc = append(ugc, u.What)
	}
	if len(ugc) != 2 || !strings.Contains(strings.Join(ugc, " "), "<textarea") || !strings.Contains(strings.Join(ugc, " "), "wx.uploadFile") {
		t.Errorf("ugc: %v", ugc)
	}
	if len(p.External) != 2 {
		t.Errorf("external: %+v", p.External)
	}
	kinds := map[string]bool{}
	for _, s := range p.Category {
		kinds[s.Kind] = true
	}
	for _, k := range []string{"medical", "payment", "ugc"} {
		if !kinds[k] {
			t.Errorf("category signal %s missing: %+v", k, p.Category)
		}
	}
	if kinds["finance"] {
		t.Errorf("no finance words in the clinic")
	}
}

// The change list maps changed files to pages and components: a page all
// of whose files were added is new, one with any file kept is modified, a
// page whose files were all deleted is removed, the rest is common files.
// No git here: the caller hands the list over.
func TestChangesMapToUnits(t *testing.T) {
	changed := []report.Change{
		{Status: "M", Path: "app.json"},
		{Status: "M", Path: "pages/index/index.wxml"},
		{Status: "M", Path: "pages/map/map.js"},
		{Status: "D", Path: "pages/gone/gone.js"},
		{Status: "D", Path: "pages/gone/gone.wxml"},
		{Status: "A", Path: "pages/profile/profile.js"},
		{Status: "A", Path: "pages/profile/profile.json"},
		{Status: "A", Path: "pages/profile/profile.wxml"},
		{Status: "A", Path: "utils/format.js"},
	}
	p := build(t, example, report.Options{Since: "v1.0.0", Changed: changed})
	ch := p.Changes
	if ch == nil {
		t.Fatal("no change list with Since set")
	}
	names := func(items []report.ChangeItem) string {
		var out []string
		for _, it := range items {
			out = append(out, it.Kind+":"+it.Path)
		}
		return strings.Join(out, " ")
	}
	if got := names(ch.Added); got != "page:pages/profile/profile" {
		t.Errorf("added: %s", got)
	}
	if got := names(ch.Modified); got != "page:pages/index/index page:pages/map/map" {
		t.Errorf("modified: %s", got)
	}
	if got := names(ch.Removed); got != "page:pages/gone/gone" {
		t.Errorf("removed: %s", got)
	}
	if got := strings.Join(ch.Other, " "); got != "app.json utils/format.js" {
		t.Errorf("other: %s", got)
	}
	marked := false
	for _, u := range p.Privacy {
		for _, pl := range u.Uses {
			if pl.File == "pages/map/map.js" {
				marked = pl.Changed
			}
		}
	}
	if !marked {
		t.Errorf("the privacy use in the changed map.js is not marked: %+v", p.Privacy)
	}
	if p := build(t, example, report.Options{}); p.Changes != nil {
		t.Errorf("a change list without Since: %+v", p.Changes)
	}
}

// Notes is what the editor's mpls.submissionNotes returns: the template's
// sections, the privacy answer naming what the code collects.
func TestNotesMarkdown(t *testing.T) {
	md, err := report.Notes(engine.New(engine.Settings{}), example, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# 提审说明：小鹿咖啡", "## 测试账号", "1. 本次是否涉及新增用户隐私信息收集？", "位置信息", "## 可能导致驳回的问题"} {
		if !strings.Contains(md, want) {
			t.Errorf("notes lack %q:\n%s", want, md)
		}
	}
	if _, err := report.Notes(engine.New(engine.Settings{}), filepath.Join(t.TempDir(), "missing"), report.Options{}); err == nil {
		t.Error("no error for a missing folder")
	}
}

// Declaration is what mpls.privacyDeclaration returns; a folder of
// several apps is refused with their list.
func TestDeclaration(t *testing.T) {
	md, err := report.Declaration("", example)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# 用户隐私保护指引", "位置信息（`Location`）", "手机号"} {
		if !strings.Contains(md, want) {
			t.Errorf("declaration lacks %q:\n%s", want, md)
		}
	}
	_, err = report.Declaration("", multi)
	var many *report.ErrManyApps
	if !errors.As(err, &many) || len(many.Apps) != 2 {
		t.Errorf("multi: %v", err)
	}
	if _, err := report.Declaration("", t.TempDir()); err == nil || !strings.Contains(err.Error(), "no mini-program") {
		t.Errorf("empty folder: %v", err)
	}
}

func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The notes follow login/test-account: the platform's login alone needs no
// test account (the block says so), a feature kept for a role does.
func TestTestAccountFollowsRule(t *testing.T) {
	const fixtures = "../../testdata/rules/login/test-account/"
	p := build(t, fixtures+"wx-platform-login-no-roles", report.Options{})
	if ta := p.TestAccount; ta.Required || ta.Source != "platform-login" || ta.Evidence == nil || ta.Evidence.File != "pages/mine/mine.wxml" {
		t.Errorf("platform login only: %+v", ta)
	}
	md := report.Markdown(report.Doc{Projects: []report.Project{p}})
	if !strings.Contains(md, "无需测试账号") || strings.Contains(md, "密码：") {
		t.Errorf("platform login only, notes:\n%s", md)
	}
	p = build(t, fixtures+"wx-server-role-page", report.Options{})
	if ta := p.TestAccount; !ta.Required || !ta.Certain || ta.Evidence == nil || !strings.Contains(ta.Evidence.What, "商家后台 pages/shop/console") {
		t.Errorf("a merchant-only page: %+v", ta)
	}
}
