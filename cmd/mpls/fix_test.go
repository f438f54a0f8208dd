package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// --fix applies the safe fixes on a copy of the example, in rounds, says
// what changed, re-checks and exits on what remains.
func TestCheckFix(t *testing.T) {
	dir := copyTree(t, example)
	appJSON := filepath.Join(dir, "app.json")
	if err := os.Chmod(appJSON, 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "check", "--fix", dir)
	if errOut != "" {
		t.Errorf("stderr: %q", errOut)
	}
	golden(t, "fix/example.txt", out+"exit "+itoaExit(code)+"\n")
	for _, f := range []string{"app.json", "pages/index/index.wxml", "pages/map/map.js"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "fix/example/"+f+".golden", string(b))
	}
	if st, err := os.Stat(appJSON); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("app.json mode after fix: %v %v, want 0600", st.Mode(), err)
	}
	assertNoTempFiles(t, dir)

	// Nothing safe is left: a second run changes nothing.
	before := snapshot(t, dir)
	out, _, code2 := runCLI(t, "check", "--fix", dir)
	if !strings.HasPrefix(out, "no safe fixes to apply\n") {
		t.Errorf("second --fix:\n%s", out)
	}
	if code2 != code {
		t.Errorf("second --fix exit %d, first %d", code2, code)
	}
	if after := snapshot(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("second --fix changed files")
	}
}

// In JSON mode stdout stays pure JSON: what --fix changed goes to stderr
// and into summary.fixed.
func TestCheckFixJSON(t *testing.T) {
	dir := copyTree(t, example)
	out, errOut, _ := runCLI(t, "check", "--fix", "--format", "json", dir)
	var doc struct {
		Summary output.Summary `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	want := map[string]int{"app.json": 1, "pages/index/index.wxml": 1, "pages/map/map.js": 1}
	for f, n := range want {
		if doc.Summary.Fixed[f] != n {
			t.Errorf("summary.fixed = %v, want %v", doc.Summary.Fixed, want)
			break
		}
	}
	if !strings.Contains(errOut, "mpls check: fixed app.json: 1 fix\n") {
		t.Errorf("stderr: %q", errOut)
	}
}

// Fixes that overlap one already taken wait for the next round: on a
// Douyin phone button labelled 微信授权登录, the wording fix and the label
// fix replace the same text; one per round.
func TestCheckFixRounds(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "app.json"), `{"pages":["pages/a/a"]}`)
	writeFile(t, filepath.Join(dir, "project.config.json"), `{"appid":"tt0123456789abcdef"}`)
	writeFile(t, filepath.Join(dir, "pages/a/a.ttml"), "<button open-type=\"getPhoneNumber\" bindgetphonenumber=\"p\">微信授权登录</button>\n")
	writeFile(t, filepath.Join(dir, "pages/a/a.js"), "Page({ p() {} })\n")

	res, err := engine.New(engine.Settings{}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	if plan := planFixes([]*engine.Result{res}); len(plan.order) != 1 || plan.files[plan.order[0]].n != 1 {
		t.Fatalf("round 1 should take one of the two overlapping fixes")
	}

	out, _, code := runCLI(t, "check", "--fix", "--fail-on", "warning", dir)
	if !strings.HasPrefix(out, "fixed pages/a/a.ttml: 2 fixes\n\n") {
		t.Errorf("--fix:\n%s", out)
	}
	// the phone button alone asks for no test account (the reviewer signs
	// in with their own number), so nothing remains
	if len(findingLines(out)) != 0 || code != 0 {
		t.Errorf("after fixing, nothing should remain; exit %d:\n%s", code, out)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "pages/a/a.ttml"))
	if !strings.Contains(string(b), ">抖音用户手机号授权登录</button>") {
		t.Errorf("not fixed:\n%s", b)
	}
}

// A fix that edits another file (app.json) besides its own: JSON shows
// the edit with that file's path and range; --fix applies it there.
func TestCrossFileFix(t *testing.T) {
	dir := copyTree(t, example)
	eng := engine.New(engine.Settings{Rules: map[string]string{}})
	res, err := eng.CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	pr := res.Projects[0]
	app := pr.Units["app.json"]
	at := strings.Index(string(app.Text), `"tabBar"`)
	cross := rule.Finding{
		Rule: "test/cross", Severity: rule.Warning, Path: "pages/map/map.wxml", Span: text.Span{Start: 0, End: 5},
		Message: rule.Msg{Zh: "跨文件", En: "cross-file"},
		Fixes: []rule.Fix{{Title: rule.Msg{En: "declare in app.json"}, Safe: true, Edits: []rule.Edit{
			{Path: "app.json", Span: text.Span{Start: at, End: at}, NewText: `"sitemapLocation": "sitemap.json",` + "\n  "},
			{Span: text.Span{Start: 0, End: 0}, NewText: "<!-- map -->\n"},
		}}},
	}
	pr.Findings = []rule.Finding{cross}

	var buf bytes.Buffer
	output.JSON(&buf, output.Collect([]*engine.Result{res}, "en"), nil)
	var doc struct {
		Diagnostics []output.JSONDiag `json:"diagnostics"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	edits := doc.Diagnostics[0].Fixes[0].Edits
	if len(edits) != 2 || edits[0].File != "app.json" || edits[0].Range.Start.Line != 10 || edits[1].File != "" {
		t.Fatalf("edits: %+v", edits)
	}

	plan := planFixes([]*engine.Result{res})
	changed, err := plan.apply()
	if err != nil {
		t.Fatal(err)
	}
	if len(changed) != 2 {
		t.Fatalf("changed %+v", changed)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "app.json"))
	if !strings.Contains(string(b), `"sitemapLocation": "sitemap.json",`+"\n  \"tabBar\"") {
		t.Errorf("app.json:\n%s", b)
	}
	b, _ = os.ReadFile(filepath.Join(dir, "pages/map/map.wxml"))
	if !strings.HasPrefix(string(b), "<!-- map -->\n<view") {
		t.Errorf("map.wxml:\n%s", b)
	}
	// Already applied: planned again, nothing to do.
	res2, _ := eng.CheckPath(dir)
	cross.Fixes[0].Edits[0].Span = text.Span{Start: at, End: at + len(`"sitemapLocation": "sitemap.json",`+"\n  ")}
	cross.Fixes[0].Edits[1].Span = text.Span{Start: 0, End: len("<!-- map -->\n")}
	res2.Projects[0].Findings = []rule.Finding{cross}
	if p := planFixes([]*engine.Result{res2}); !p.empty() {
		t.Errorf("an applied cross-file fix was planned again: %v", p.order)
	}
}

// An error while writing the fixed files changes no file and leaves no
// temporary file behind.
func TestFixNothingLostOnError(t *testing.T) {
	dir := copyTree(t, example)
	before := snapshot(t, dir)
	res, err := engine.New(engine.Settings{}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	plan := planFixes([]*engine.Result{res})
	if len(plan.order) < 2 {
		t.Fatalf("want fixes in several files, got %v", plan.order)
	}
	// The last file to write disappears with its folder before the write.
	last := plan.order[len(plan.order)-1]
	if err := os.RemoveAll(filepath.Dir(last)); err != nil {
		t.Fatal(err)
	}
	delete(before, mustRel(t, dir, last))
	changed, err := plan.apply()
	if err == nil {
		t.Fatal("apply succeeded without the folder")
	}
	if len(changed) != 0 {
		t.Errorf("changed %v despite the error", changed)
	}
	after := snapshot(t, dir)
	for f, b := range before {
		if filepath.Dir(filepath.Join(dir, f)) == filepath.Dir(last) {
			continue
		}
		if after[f] != b {
			t.Errorf("%s changed although the fix failed", f)
		}
	}
	assertNoTempFiles(t, dir)
}

// A file edited on disk after it was analysed is not fixed.
func TestFixSkipsStaleFiles(t *testing.T) {
	dir := copyTree(t, example)
	res, err := engine.New(engine.Settings{}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	wxml := filepath.Join(dir, "pages/index/index.wxml")
	writeFile(t, wxml, "<view>edited meanwhile</view>\n")
	plan := planFixes([]*engine.Result{res})
	if _, ok := plan.files[wxml]; ok {
		t.Errorf("a stale file was planned")
	}
	if len(plan.stale) != 1 || plan.stale[0] != "pages/index/index.wxml" {
		t.Errorf("stale: %v", plan.stale)
	}
}
