package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/output"
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
	// example: errors, warnings and information findings.
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"check", example}, 1},
		{[]string{"check", "--fail-on", "error", example}, 1},
		{[]string{"check", "--fail-on", "warning", "--rule", "content/extreme-words", example}, 1},
		{[]string{"check", "--fail-on", "error", "--rule", "content/extreme-words", example}, 0},
		// test-account is information; in strict it takes example's phone button
		{[]string{"check", "--profile", "strict", "--fail-on", "warning", "--rule", "login/test-account", example}, 0},
		{[]string{"check", "--profile", "strict", "--fail-on", "information", "--rule", "login/test-account", example}, 1},
		{[]string{"check", "--profile", "strict", "--fail-on", "hint", "--rule", "login/test-account", example}, 1},
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
