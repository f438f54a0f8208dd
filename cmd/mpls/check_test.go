package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// checkFixtures are the projects every output format is pinned on; those
// with stderr say on it what was not analysed (check/NAME.stderr).
var checkFixtures = []struct {
	name, path string
	stderr     bool
}{
	{"example", example, false},
	{"clinic", clinic, false},
	{"dy-mall", projects + "/dy-mall", false},
	{"multi", projects + "/multi", false},
	{"wx-broken-json", projects + "/wx-broken-json", false},
	{"wx-game", projects + "/wx-game", false},
	{"wx-shop", projects + "/wx-shop", false},
	// srcMiniprogramRoot, its compiled copy, tsc output, declarations, a
	// vendored library and a minified SDK: each finding once, no skip
	// diagnostic, one quiet stderr line.
	{"wx-ts-build", projects + "/wx-ts-build", true},
	// a script saved as UTF-16: the project/skipped-files diagnostic.
	{"wx-skipped", projects + "/wx-skipped", true},
}

// checkStderr pins what a fixture prints on stderr: nothing, or the lines
// saying what was not analysed (the same for every format).
func checkStderr(t *testing.T, name string, want bool, errOut string) {
	t.Helper()
	if !want {
		if errOut != "" {
			t.Errorf("stderr: %q", errOut)
		}
		return
	}
	golden(t, "check/"+name+".stderr", errOut)
}

func TestCheckTextGolden(t *testing.T) {
	for _, fx := range checkFixtures {
		t.Run(fx.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "check", fx.path)
			checkStderr(t, fx.name, fx.stderr, errOut)
			golden(t, "check/"+fx.name+".txt", out+"exit "+itoaExit(code)+"\n")
			if code == 2 {
				t.Fatalf("exit 2")
			}
			if out != "mpls: no findings\n" {
				// the last line a CI log reader looks for
				lines := strings.Split(strings.TrimSpace(out), "\n")
				last := lines[len(lines)-1]
				if !strings.Contains(last, "error") || !strings.Contains(last, "warning") {
					t.Errorf("last line %q does not count errors and warnings", last)
				}
			}
		})
	}
}

func TestCheckJSONGolden(t *testing.T) {
	for _, fx := range checkFixtures {
		t.Run(fx.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "check", "--format", "json", fx.path)
			checkStderr(t, fx.name, fx.stderr, errOut)
			var doc struct {
				Diagnostics []output.JSONDiag `json:"diagnostics"`
				Summary     output.Summary    `json:"summary"`
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if doc.Summary.Total != len(doc.Diagnostics) {
				t.Errorf("summary.total %d, %d diagnostics", doc.Summary.Total, len(doc.Diagnostics))
			}
			n := 0
			for _, c := range doc.Summary.Rules {
				n += c
			}
			if n != len(doc.Diagnostics) || doc.Summary.Errors+doc.Summary.Warnings+doc.Summary.Information+doc.Summary.Hints != n {
				t.Errorf("summary counts do not add up: %+v", doc.Summary)
			}
			if (code == 1) != (doc.Summary.Errors > 0) {
				t.Errorf("exit %d with %d errors (--fail-on error)", code, doc.Summary.Errors)
			}
			golden(t, "check/"+fx.name+".json", out)
		})
	}
}

// The text format counts columns in UTF-16 units, like editors: an astral
// emoji is two units, a BMP character one.
func TestCheckColumnsUTF16(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "app.json"), `{"pages":["pages/a/a"]}`)
	writeFile(t, filepath.Join(dir, "project.config.json"), `{"appid":"wx0123456789abcdef"}`)
	writeFile(t, filepath.Join(dir, "pages/a/a.wxml"), "<view>🍂🍂最好的咖啡</view>\n")
	out, _, _ := runCLI(t, "check", "--rule", "content/extreme-words", dir)
	// <view> is 6 units, each 🍂 two: 最好 starts at unit 10, column 11.
	if !strings.HasPrefix(out, "pages/a/a.wxml:1:11: warning [content/extreme-words]") {
		t.Errorf("want column 11 (UTF-16), got:\n%s", out)
	}
	out, _, _ = runCLI(t, "check", "--format", "json", "--rule", "content/extreme-words", dir)
	if !strings.Contains(out, `"character": 10`) {
		t.Errorf("JSON range not in UTF-16 units:\n%s", out)
	}
}

func TestCheckFailOn(t *testing.T) {
	// example: errors, warnings and one information finding.
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"check", example}, 1},
		{[]string{"check", "--fail-on", "error", example}, 1},
		{[]string{"check", "--fail-on", "warning", "--rule", "content/extreme-words", example}, 1},
		{[]string{"check", "--fail-on", "error", "--rule", "content/extreme-words", example}, 0},
		{[]string{"check", "--fail-on", "warning", "--rule", "login/test-account", example}, 0},
		{[]string{"check", "--fail-on", "information", "--rule", "login/test-account", example}, 1},
		{[]string{"check", "--fail-on", "hint", "--rule", "login/test-account", example}, 1},
		{[]string{"check", "--fail-on", "hint", projects + "/dy-mall"}, 0},
		{[]string{"check", example, "--fail-on", "warning", "--rule", "content/extreme-words"}, 1}, // flags after PATH
	} {
		_, errOut, code := runCLI(t, c.args...)
		if code != c.want {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, c.want, errOut)
		}
	}
}

func TestCheckRuleAndDisable(t *testing.T) {
	out, _, _ := runCLI(t, "check", "--rule", "privacy/*", example)
	for _, l := range findingLines(out) {
		if !strings.Contains(l, "[privacy/") {
			t.Errorf("--rule privacy/* let through: %s", l)
		}
	}
	if len(findingLines(out)) != 4 {
		t.Errorf("--rule privacy/*: want 4 findings, got:\n%s", out)
	}
	out, _, _ = runCLI(t, "check", "--disable", "privacy", "--disable", "login/test-account,content/extreme-words", example)
	for _, l := range findingLines(out) {
		if strings.Contains(l, "[privacy/") || strings.Contains(l, "[login/test-account]") || strings.Contains(l, "[content/extreme-words]") {
			t.Errorf("--disable let through: %s", l)
		}
	}
	if len(findingLines(out)) != 1 {
		t.Errorf("--disable: want only login/phone-button-label, got:\n%s", out)
	}
}

// mpls.json (per project) and suppression comments are the engine's; the
// CLI must not lose them.
func TestCheckConfigAndSuppressions(t *testing.T) {
	dir := copyTree(t, example)
	writeFile(t, filepath.Join(dir, "mpls.json"), `{"rules": {"login/test-account": "off", "content/extreme-words": "error"}}`)
	wxml := filepath.Join(dir, "pages/index/index.wxml")
	b, _ := os.ReadFile(wxml)
	src := strings.Replace(string(b), "  <button", "  <!-- mpls-disable-next-line login/phone-button-label -->\n  <button", 1)
	writeFile(t, wxml, src)
	out, _, code := runCLI(t, "check", "--format", "json", dir)
	var doc struct {
		Diagnostics []output.JSONDiag `json:"diagnostics"`
		Summary     output.Summary    `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	for _, d := range doc.Diagnostics {
		switch d.Code {
		case "login/test-account":
			t.Errorf("mpls.json turned login/test-account off, still reported")
		case "login/phone-button-label":
			t.Errorf("suppressed finding reported: %s", d.Message)
		case "content/extreme-words":
			if d.Severity != "error" {
				t.Errorf("mpls.json made content/extreme-words an error, got %s", d.Severity)
			}
		}
	}
	if doc.Summary.Rules["content/extreme-words"] != 1 {
		t.Errorf("summary: %+v", doc.Summary)
	}
}

func TestCheckUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "--format", "xml", example}, `mpls check: unknown --format "xml"`},
		{[]string{"check", "--fail-on", "fatal", example}, `mpls check: bad --fail-on "fatal"`},
		{[]string{"check", "--platform", "web", example}, `mpls check: unknown --platform "web"`},
		{[]string{"check", filepath.Join(t.TempDir(), "missing")}, "mpls check: "},
		{[]string{"check", "--no-such-flag", example}, "flag provided but not defined"},
	} {
		out, errOut, code := runCLI(t, c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if !strings.Contains(errOut, c.want) {
			t.Errorf("%v: stderr %q, want %q", c.args, errOut, c.want)
		}
		if out != "" {
			t.Errorf("%v: stdout %q on a usage error", c.args, out)
		}
	}
}

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
	if len(findingLines(out)) != 1 || !strings.Contains(out, "[login/test-account]") || code != 0 {
		t.Errorf("after fixing, only login/test-account (information) should remain; exit %d:\n%s", code, out)
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

// The progress line is for terminals only: never for a pipe, a file or a
// buffer (CI logs).
func TestProgressOnlyOnTerminal(t *testing.T) {
	var buf bytes.Buffer
	if isTerminal(&buf) {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is not a terminal")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if isTerminal(w) {
		t.Error("a pipe is not a terminal")
	}
	p := startProgress(f, "mpls check")
	p.set("x")
	time.Sleep(progressDelay + 200*time.Millisecond)
	p.stop()
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("progress written to a file: %d bytes", st.Size())
	}
	// And a whole check into a file-backed stderr prints nothing there.
	var out bytes.Buffer
	if code := run([]string{"check", example}, strings.NewReader(""), &out, f); code != 1 {
		t.Errorf("exit %d", code)
	}
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("check wrote %d bytes to a non-terminal stderr", st.Size())
	}
}

// On a terminal the line is redrawn in place and erased at the end.
func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, prefix: "mpls check", start: time.Unix(100, 0), done: make(chan struct{})}
	p.set("big-app")
	p.draw(time.Unix(102, 500_000_000))
	p.stop()
	if got, want := buf.String(), "\r\x1b[Kmpls check: checking big-app … 2.5s\r\x1b[K"; got != want {
		t.Errorf("progress output %q, want %q", got, want)
	}
}

func findingLines(out string) []string {
	var ls []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, ": error [") || strings.Contains(l, ": warning [") || strings.Contains(l, ": information [") || strings.Contains(l, ": hint [") {
			ls = append(ls, l)
		}
	}
	return ls
}

func itoaExit(code int) string { return string(rune('0' + code)) }

func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			m[mustRel(t, dir, p)] = string(b)
		}
		return nil
	})
	return m
}

func mustRel(t *testing.T, base, p string) string {
	t.Helper()
	r, err := filepath.Rel(base, p)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(r)
}

func assertNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".mpls-fix-") {
			t.Errorf("temporary file left behind: %s", p)
		}
		return nil
	})
}
