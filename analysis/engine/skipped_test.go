package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/project"
	"mpls/analysis/rule"
)

// copyFixture copies a testdata project into a temporary folder.
func copyFixture(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func skippedFindings(res *Result) []rule.Finding {
	var out []rule.Finding
	for _, f := range res.Sorted() {
		if f.Rule == SkippedFiles.ID {
			out = append(out, f)
		}
	}
	return out
}

// TestSkippedFilesDiagnostic: files the user may think are checked (too
// large, binary) give one information diagnostic on app.json; what is not
// the app's own code (vendored, declarations, a compiled copy) gives none.
func TestSkippedFilesDiagnostic(t *testing.T) {
	dir := copyFixture(t, "../../testdata/projects/wx-skipped")
	big := "<view>" + strings.Repeat("海报文字 ", 300000) + "</view>\n" // 3.7 MiB
	if err := os.MkdirAll(filepath.Join(dir, "pages/poster"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pages/poster/poster.wxml"), []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := New(Settings{}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	fs := skippedFindings(res)
	if len(fs) != 1 {
		t.Fatalf("want one skipped-files finding, got %v", fs)
	}
	f := fs[0]
	if f.Path != "app.json" || f.Severity != rule.Information || f.Span.Start != 0 || f.Span.End != 1 {
		t.Errorf("finding %+v", f)
	}
	for _, want := range []string{"2 个文件未分析", "pages/legacy/legacy.js（UTF-16 编码的文件，请存为 UTF-8）", "pages/poster/poster.wxml（文件 3.7 MiB 超过 2.0 MiB 上限）", "mpls.json 的 ignore"} {
		if !strings.Contains(f.Message.Zh, want) {
			t.Errorf("zh message lacks %q: %s", want, f.Message.Zh)
		}
	}
	if !strings.HasPrefix(f.Message.En, "2 files were not analysed, so problems in them are not reported: pages/legacy/legacy.js (UTF-16 encoded, save it as UTF-8); pages/poster/poster.wxml (file is 3.7 MiB, over the 2.0 MiB limit).") {
		t.Errorf("en message: %s", f.Message.En)
	}
	if len(res.Skipped) != 2 {
		t.Errorf("result skips %v", res.Skipped)
	}

	// Turned off like any rule.
	res, err = New(Settings{Rules: map[string]string{SkippedFiles.ID: "off"}}).CheckPath(dir)
	if err != nil || len(skippedFindings(res)) != 0 {
		t.Errorf("rule off: %v %v", err, skippedFindings(res))
	}
	// Listed under ignore: left out on purpose, nothing to say.
	if err := os.WriteFile(filepath.Join(dir, "mpls.json"), []byte(`{"ignore": ["pages/poster/", "pages/legacy/legacy.js"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err = New(Settings{}).CheckPath(dir)
	if err != nil || len(skippedFindings(res)) != 0 || len(res.Skipped) != 0 {
		t.Errorf("ignored: %v %v %v", err, skippedFindings(res), res.Skipped)
	}
}

// TestSkippedQuietForOthersCode: the TypeScript project's vendored
// library, minified SDK, declarations and compiled copies are left out
// without a diagnostic, and each finding of its own code comes once.
func TestSkippedQuietForOthersCode(t *testing.T) {
	res, err := New(Settings{}).CheckPath("../../testdata/projects/wx-ts-build")
	if err != nil {
		t.Fatal(err)
	}
	if fs := skippedFindings(res); len(fs) != 0 {
		t.Errorf("expected skips must not be reported: %v", fs)
	}
	if len(res.Projects) != 1 || !strings.HasSuffix(res.Projects[0].Project.Root, "src") {
		t.Fatalf("want the src/ project only")
	}
	seen := map[string]int{}
	for _, f := range res.Sorted() {
		if !strings.HasPrefix(f.Path, "src/") || strings.Contains(f.Path, "towxml") || strings.Contains(f.Path, "sdk/") || strings.HasSuffix(f.Path, ".js") {
			t.Errorf("finding outside the app's own sources: %s %s", f.Path, f.Rule)
		}
		seen[f.Rule]++
	}
	for id, n := range seen {
		if n > 1 {
			t.Errorf("%s reported %d times", id, n)
		}
	}
	// The declarations that mention getLocation no longer hide that the
	// code never calls it.
	if seen["privacy/unused-private-infos"] != 1 || seen["security/insecure-transport"] != 1 {
		t.Errorf("findings of the app's own code: %v", seen)
	}
	kinds := map[project.SkipKind]int{}
	for _, s := range res.Skipped {
		kinds[s.Kind]++
	}
	if fmt.Sprint(kinds) != "map[build-output:1 declaration:2 vendored:2]" {
		t.Errorf("skips %v", kinds)
	}
}

func TestSkippedFilesListsFive(t *testing.T) {
	var loud []project.Skip
	for i := 0; i < 7; i++ {
		loud = append(loud, project.Skip{Path: fmt.Sprintf("p%d.js", i), Kind: project.SkipBinary, Zh: "二进制文件，未分析", En: "binary file: not analysed"})
	}
	m := skippedMsg(loud, 3)
	if !strings.Contains(m.En, "p4.js (binary file); and 2 more.") || strings.Contains(m.En, "p5.js") || !strings.Contains(m.En, "3 vendored, declaration or build output paths") {
		t.Errorf("en %s", m.En)
	}
	if !strings.Contains(m.Zh, "7 个文件未分析") || !strings.Contains(m.Zh, "另有 2 个。") || !strings.Contains(m.Zh, "另有 3 处") {
		t.Errorf("zh %s", m.Zh)
	}
	if anchor([]byte("\ufeff\n  {\"pages\": []}")).Start != 6 || anchor([]byte("[]")).End != 0 {
		t.Error("anchor")
	}
}
