package engine

import (
	"testing"

	"mpls/analysis/rule"
)

// TestCleanProjectsHaveNoWarnings: realistic projects that follow every
// rule produce no warning and no error (information, like the reminder to
// give reviewers a test account, is allowed). A rule that cries wolf here
// is broken.
func TestCleanProjectsHaveNoWarnings(t *testing.T) {
	for _, dir := range []string{
		"../../testdata/clean-wx",
		"../../testdata/projects/wx-shop",
		"../../testdata/projects/dy-mall",
		"../../testdata/projects/multi",
		"../../testdata/projects/wx-game",
	} {
		res, err := New(Settings{}).CheckPath(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Sorted() {
			if f.Severity <= rule.Warning {
				t.Errorf("%s: %s %s: %s", dir, f.Path, f.Rule, f.Message.En)
			}
		}
	}
}

// TestExampleFindings: the bundled example project shows the findings the
// README promises, with the CLI's own engine.
func TestExampleFindings(t *testing.T) {
	res, err := New(Settings{}).CheckPath("../../testdata/example")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"privacy/prompt-before-authorize": false, "login/phone-button-label": false, "content/extreme-words": false, "privacy/permission-desc-missing": false}
	for _, f := range res.Sorted() {
		if _, ok := want[f.Rule]; ok {
			want[f.Rule] = true
		}
	}
	for id, seen := range want {
		if !seen {
			t.Errorf("example project: %s not reported", id)
		}
	}
}
