package ruletest

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/engine"
	"mpls/analysis/fix"
	"mpls/analysis/rule"
)

// Fixed applies the first fix of every finding to a copy of the case
// texts and returns the new texts by path (relative to the case folder).
// Edits that name another file (app.json) land in that file.
func Fixed(t testing.TB, res *engine.Result, fs []rule.Finding) map[string]string {
	t.Helper()
	edits := map[string][]rule.Edit{}
	for _, f := range fs {
		if len(f.Fixes) == 0 {
			continue
		}
		for _, e := range f.Fixes[0].Edits {
			p := f.Path
			if e.Path != "" {
				// e.Path is relative to the project root, f.Path to the case
				u := res.UnitFor(f.Path)
				if u != nil {
					p = path.Join(strings.TrimSuffix(f.Path, u.Path), e.Path)
				}
			}
			e.Path = ""
			edits[p] = append(edits[p], e)
		}
	}
	out := map[string]string{}
	for p, es := range edits {
		u := res.UnitFor(p)
		if u == nil {
			t.Fatalf("fix edits %s, which was not analysed", p)
		}
		out[p] = string(fix.Apply(u.Text, es))
	}
	return out
}

// FixCase applies the fixes of the given rules in dir, compares each
// changed file with dir/fixed/<path>, then writes the fixed texts to a
// temporary copy of the case, checks it again and requires that none of
// those rules' fixable findings remain and no syntax error appeared.
func FixCase(t *testing.T, dir, platform string, ids ...string) {
	t.Helper()
	fs, res := Findings(t, dir, platform, ids...)
	fixed := Fixed(t, res, fs)
	if len(fixed) == 0 {
		t.Fatalf("%s: no fix to apply", dir)
	}
	for p, txt := range fixed {
		golden := filepath.Join(dir, "fixed", filepath.FromSlash(p))
		if *update {
			_ = os.MkdirAll(filepath.Dir(golden), 0o755)
			_ = os.WriteFile(golden, []byte(txt), 0o644)
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update, then read it by hand)", err)
		}
		if string(want) != txt {
			t.Errorf("%s after fix:\n%s\nwant:\n%s", p, txt, want)
		}
	}
	// re-check the fixed copy
	tmp := t.TempDir()
	if err := copyDir(dir, tmp); err != nil {
		t.Fatal(err)
	}
	for p, txt := range fixed {
		if err := os.WriteFile(filepath.Join(tmp, filepath.FromSlash(p)), []byte(txt), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	after, resAfter := Findings(t, tmp, platform, append(ids, "syntax/parse-error")...)
	// The rule reports a script error only when it is certain: a fix must
	// not add even an uncertain one, so compare the parsers' own errors.
	for p := range fixed {
		if u, was := resAfter.UnitFor(p), res.UnitFor(p); u != nil && was != nil && len(u.Syntax) > len(was.Syntax) {
			t.Errorf("fix broke the syntax of %s: %d error nodes, %d before", p, len(u.Syntax), len(was.Syntax))
		}
	}
	for _, f := range after {
		if f.Rule == "syntax/parse-error" {
			t.Errorf("fix broke the syntax of %s: %s", f.Path, f.Message.En)
			continue
		}
		if len(f.Fixes) > 0 {
			t.Errorf("after fixing, %s still reports %s: %s", f.Path, f.Rule, f.Message.En)
		}
	}
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if rel == "fixed" || strings.HasPrefix(rel, "fixed"+string(filepath.Separator)) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
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
}
