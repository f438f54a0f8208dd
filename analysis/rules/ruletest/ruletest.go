// Package ruletest checks rules against fixture projects: each case is a
// small mini-program folder with an `expected.txt` listing the findings of
// the rules under test, one per line:
//
//	pages/index/index.js:5:10-5:21 privacy/prompt-before-authorize
//
// (1-based line, UTF-16 column + 1, as `mpls check` prints). A line
// `fix: <path>` + a block in `fixed/<path>` checks the text after
// applying every fix of those rules (see CheckFixes). Run tests with
// -update to rewrite expected.txt — then read every line by hand.
package ruletest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mpls/analysis/engine"
	"mpls/analysis/rule"
)

var update = flag.Bool("update", false, "rewrite expected.txt files")

// Findings checks dir (a fixture project) with every rule and returns the
// findings of the given rules (ids or "area/*"), with their units.
func Findings(t testing.TB, dir string, platform string, ids ...string) ([]rule.Finding, *engine.Result) {
	t.Helper()
	eng := engine.New(engine.Settings{Platform: platform})
	res, err := eng.CheckPath(dir)
	if err != nil {
		t.Fatalf("check %s: %v", dir, err)
	}
	var out []rule.Finding
	for _, f := range res.Sorted() {
		if match(ids, f.Rule) {
			out = append(out, f)
		}
	}
	return out, res
}

func match(ids []string, id string) bool {
	if len(ids) == 0 {
		return true
	}
	for _, x := range ids {
		if x == id || (strings.HasSuffix(x, "/*") && strings.HasPrefix(id, strings.TrimSuffix(x, "*"))) {
			return true
		}
	}
	return false
}

// Line renders a finding as expected.txt does.
func Line(res *engine.Result, f rule.Finding) string {
	u := res.UnitFor(f.Path)
	if u == nil || u.Index == nil {
		return fmt.Sprintf("%s:0:0-0:0 %s", f.Path, f.Rule)
	}
	r := u.Index.Range(f.Span)
	return fmt.Sprintf("%s:%d:%d-%d:%d %s", f.Path, r.Start.Line+1, r.Start.Character+1, r.End.Line+1, r.End.Character+1, f.Rule)
}

// Case runs one fixture folder and compares with its expected.txt.
func Case(t *testing.T, dir, platform string, ids ...string) {
	t.Helper()
	fs, res := Findings(t, dir, platform, ids...)
	var got []string
	for _, f := range fs {
		got = append(got, Line(res, f))
	}
	sort.Strings(got)
	exp := filepath.Join(dir, "expected.txt")
	if *update {
		_ = os.WriteFile(exp, []byte(strings.Join(got, "\n")+"\n"), 0o644)
		return
	}
	b, err := os.ReadFile(exp)
	if err != nil {
		t.Fatalf("%s: %v (run with -update to create it, then check it by hand)", exp, err)
	}
	var want []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got:\n  %s\nwant:\n  %s", dir, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// Cases runs every sub-folder of root that holds an expected.txt.
func Cases(t *testing.T, root, platform string, ids ...string) {
	t.Helper()
	n := 0
	_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "expected.txt" {
			return nil
		}
		n++
		dir := filepath.Dir(p)
		name, _ := filepath.Rel(root, dir)
		t.Run(name, func(t *testing.T) { Case(t, dir, platform, ids...) })
		return nil
	})
	if n == 0 && !*update {
		t.Fatalf("no cases under %s", root)
	}
}
