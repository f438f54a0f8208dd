package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/report"
)

func TestReportGolden(t *testing.T) {
	for _, fx := range checkFixtures {
		t.Run(fx.name, func(t *testing.T) {
			md, errOut, code := runCLI(t, "report", fx.path)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			golden(t, "report/"+fx.name+".md", md)
			js, _, code := runCLI(t, "report", "--format", "json", fx.path)
			if code != 0 {
				t.Fatalf("json: exit %d", code)
			}
			var doc report.Doc
			if err := json.Unmarshal([]byte(js), &doc); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			golden(t, "report/"+fx.name+".json", js)
			// The Markdown is the JSON rendered: the same data.
			if again := report.Markdown(doc); again != md {
				t.Errorf("markdown from the JSON differs from the markdown output")
			}
			for _, want := range []string{"## 本次版本变更", "## 测试账号", "## 补充说明", "1. 本次是否涉及新增用户隐私信息收集？", "2. 本次是否涉及支付、内容发布或外链？", "3. 本次是否涉及服务类目或资质变化？", "## 可能导致驳回的问题"} {
				if !strings.Contains(md, want) {
					t.Errorf("missing %q", want)
				}
			}
		})
	}
}

// --since: a git repository with two commits (and uncommitted work); the
// change list maps files to pages and components.
func TestReportSince(t *testing.T) {
	repo := t.TempDir()
	app := filepath.Join(repo, "miniprogram")
	src := copyTree(t, example)
	if err := os.Rename(src, app); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(repo, "README.md"), "outside the mini-program\n")
	git(t, repo, "init", "-q")
	git(t, repo, "add", "-A")
	git(t, repo, "commit", "-q", "-m", "v1.0.0")
	git(t, repo, "tag", "v1.0.0")

	// Commit 2: a new page, a changed page, a removed page, a helper.
	appJSON := `{
  "pages": [
    "pages/index/index",
    "pages/map/map",
    "pages/about/about"
  ],
  "window": {
    "navigationBarTitleText": "小鹿咖啡",
    "navigationBarBackgroundColor": "#ffffff"
  }
}
`
	writeFile(t, filepath.Join(app, "app.json"), appJSON)
	writeFile(t, filepath.Join(app, "pages/about/about.json"), `{"navigationBarTitleText": "关于我们", "usingComponents": {"badge": "/components/badge/badge"}}`+"\n")
	writeFile(t, filepath.Join(app, "pages/about/about.wxml"), "<view>小鹿咖啡，始于 2019 <badge /></view>\n")
	writeFile(t, filepath.Join(app, "pages/about/about.js"), "Page({})\n")
	idx := filepath.Join(app, "pages/index/index.wxml")
	b, _ := os.ReadFile(idx)
	writeFile(t, idx, strings.Replace(string(b), "附近门店</navigator>", "附近门店</navigator>\n  <navigator url=\"/pages/about/about\">关于我们</navigator>", 1))
	for _, f := range []string{"profile.js", "profile.json", "profile.wxml"} {
		os.Remove(filepath.Join(app, "pages/profile", f))
	}
	writeFile(t, filepath.Join(app, "utils/format.js"), "module.exports = { price: (n) => (n / 100).toFixed(2) }\n")
	writeFile(t, filepath.Join(repo, "README.md"), "changed outside\n")
	git(t, repo, "add", "-A")
	git(t, repo, "commit", "-q", "-m", "v1.1.0")

	// Not committed yet: a changed page and an untracked component.
	mapJS := filepath.Join(app, "pages/map/map.js")
	b, _ = os.ReadFile(mapJS)
	writeFile(t, mapJS, strings.Replace(string(b), "type: 'gcj02',", "type: 'gcj02',\n      isHighAccuracy: true,", 1))
	writeFile(t, filepath.Join(app, "components/badge/badge.json"), `{"component": true}`+"\n")
	writeFile(t, filepath.Join(app, "components/badge/badge.wxml"), "<text class=\"badge\">新</text>\n")
	writeFile(t, filepath.Join(app, "components/badge/badge.js"), "Component({})\n")

	md, errOut, code := runCLI(t, "report", "--since", "v1.0.0", app)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	golden(t, "report/since.md", md)
	js, _, _ := runCLI(t, "report", "--since", "v1.0.0", "--format", "json", app)
	golden(t, "report/since.json", js)

	var doc report.Doc
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	ch := doc.Projects[0].Changes
	names := func(items []report.ChangeItem) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.Kind+":"+it.Path)
		}
		return out
	}
	if got := strings.Join(names(ch.Added), " "); got != "page:pages/about/about component:components/badge/badge" {
		t.Errorf("added: %s", got)
	}
	if got := strings.Join(names(ch.Modified), " "); got != "page:pages/index/index page:pages/map/map" {
		t.Errorf("modified: %s", got)
	}
	if got := strings.Join(names(ch.Removed), " "); got != "page:pages/profile/profile" {
		t.Errorf("removed: %s", got)
	}
	if got := strings.Join(ch.Other, " "); got != "app.json utils/format.js" {
		t.Errorf("other: %s (README.md is outside DIR)", got)
	}
	// the privacy use in the changed map.js is marked
	for _, u := range doc.Projects[0].Privacy {
		for _, pl := range u.Uses {
			if pl.File == "pages/map/map.js" && !pl.Changed {
				t.Errorf("map.js changed since v1.0.0, not marked: %+v", pl)
			}
		}
	}
	// HEAD~1 works as well as a tag; with nothing changed since HEAD the
	// lists are empty but present.
	if _, errOut, code := runCLI(t, "report", "--since", "HEAD~1", app); code != 0 {
		t.Errorf("--since HEAD~1: exit %d %s", code, errOut)
	}
	git(t, repo, "add", "-A")
	git(t, repo, "commit", "-q", "-m", "wip")
	js, _, _ = runCLI(t, "report", "--since", "HEAD", "--format", "json", app)
	doc = report.Doc{}
	json.Unmarshal([]byte(js), &doc)
	if c := doc.Projects[0].Changes; c == nil || len(c.Added)+len(c.Modified)+len(c.Removed)+len(c.Other) != 0 {
		t.Errorf("since HEAD: %+v", c)
	}
}

func TestReportErrors(t *testing.T) {
	notRepo := copyTree(t, example)
	file := filepath.Join(notRepo, "app.json")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--format", "html", example}, `mpls report: unknown --format "html"`},
		{[]string{"report", "--platform", "web", example}, `mpls report: unknown --platform "web"`},
		{[]string{"report", example, clinic}, "mpls report: one DIR at most"},
		{[]string{"report", file}, "is not a directory"},
		{[]string{"report", filepath.Join(notRepo, "missing")}, "mpls report: "},
		{[]string{"report", "--since", "--output=x", example}, "mpls report: bad --since"},
		{[]string{"report", "--since", "v9.9.9", notRepo}, "mpls report: git diff --name-status v9.9.9: "},
	} {
		out, errOut, code := runCLI(t, c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if !strings.HasPrefix(errOut, c.want) && !strings.Contains(errOut, c.want) {
			t.Errorf("%v: stderr %q, want %q", c.args, errOut, c.want)
		}
		if out != "" {
			t.Errorf("%v: stdout %q", c.args, out)
		}
	}
}

// The README's example report is the real output: compared here, and
// rewritten with -update.
func TestReadmeExampleReport(t *testing.T) {
	const readme = "../../README.md"
	const start = "`mpls report testdata/example` prints:\n\n```markdown\n"
	b, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, start)
	if i < 0 {
		t.Fatal("README has no example report")
	}
	i += len(start)
	j := strings.Index(s[i:], "\n```\n")
	if j < 0 {
		t.Fatal("README's example report is not closed")
	}
	md, _, _ := runCLI(t, "report", example)
	got := strings.TrimRight(md, "\n")
	if s[i:i+j] == got {
		return
	}
	if *update {
		if err := os.WriteFile(readme, []byte(s[:i]+got+s[i+j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README's example report is not what `mpls report testdata/example` prints (run with -update):\n%s", lineDiff(s[i:i+j], got))
}
