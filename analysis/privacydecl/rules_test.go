package privacydecl_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/engine"
	"mpls/analysis/fix"
	"mpls/analysis/jsonv"
	"mpls/analysis/rule"
	"mpls/analysis/rules/ruletest"
)

const ruleCases = "../../testdata/privacy/rules/"

// runRule checks every case of one of the declaration rules (folders with
// an expected.txt), then the fix-* cases against their fixed/ folder.
func runRule(t *testing.T, name string) {
	t.Helper()
	id := "privacy/" + name
	ruletest.Cases(t, ruleCases+name, "", id)
	entries, err := os.ReadDir(ruleCases + name)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "fix-") {
			dir := filepath.Join(ruleCases+name, e.Name())
			t.Run("fix/"+e.Name(), func(t *testing.T) { ruletest.FixCase(t, dir, "", id) })
		}
	}
}

func TestUndeclaredCategory(t *testing.T) { runRule(t, "undeclared-category") }
func TestUnusedDeclaration(t *testing.T)  { runRule(t, "unused-declaration") }
func TestDeclaredPurpose(t *testing.T)    { runRule(t, "declared-purpose") }

// TestUndeclaredFixAdds applies the quick fix of the first finding on a
// page script (an edit of privacy.json) and checks the entry it adds, in
// the file's one-line style, with the purpose drafted from the button;
// then the finding is gone for that category.
func TestUndeclaredFixAdds(t *testing.T) {
	dir := copyCase(t, ruleCases+"undeclared-category/missing")
	fs := findings(t, dir, "privacy/undeclared-category")
	var f *rule.Finding
	for i := range fs {
		if fs[i].Path == "pages/index/index.js" {
			f = &fs[i]
		}
	}
	if f == nil || len(f.Fixes) != 1 || len(f.Fixes[0].Edits) != 1 {
		t.Fatalf("no fix on the chooseImage finding: %+v", fs)
	}
	e := f.Fixes[0].Edits[0]
	if e.Path != "privacy.json" || f.Fixes[0].Safe {
		t.Fatalf("fix %+v: want an unsafe edit of privacy.json", f.Fixes[0])
	}
	pj := filepath.Join(dir, "privacy.json")
	src, _ := os.ReadFile(pj)
	e.Path = ""
	out := fix.Apply(src, []rule.Edit{e})
	want := `    { "privacy_key": "Location", "privacy_text": "显示你附近的门店" },
    { "privacy_key": "Album", "privacy_text": "上传小票照片" }
  ]`
	if !strings.Contains(string(out), want) {
		t.Fatalf("privacy.json after the fix:\n%s", out)
	}
	if _, errs := jsonv.ParseBytes(out); len(errs) > 0 {
		t.Fatalf("the fix broke privacy.json: %v\n%s", errs, out)
	}
	if err := os.WriteFile(pj, out, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range findings(t, dir, "privacy/undeclared-category") {
		if strings.Contains(f.Message.En, "Album") {
			t.Errorf("Album still undeclared: %s", f.Message.En)
		}
	}
}

// TestUndeclaredCreatesList: a privacy.json without setting_list gets one.
func TestUndeclaredCreatesList(t *testing.T) {
	dir := copyCase(t, ruleCases+"undeclared-category/missing")
	pj := filepath.Join(dir, "privacy.json")
	if err := os.WriteFile(pj, []byte("{\n  \"owner_setting\": {\n    \"notice_method\": \"弹窗\"\n  }\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fs := findings(t, dir, "privacy/undeclared-category")
	var onDecl []rule.Finding
	for _, f := range fs {
		if f.Path == "privacy.json" {
			onDecl = append(onDecl, f)
		}
	}
	if len(onDecl) != 3 { // Location, Album, Camera
		t.Fatalf("findings on privacy.json: %+v", onDecl)
	}
	src, _ := os.ReadFile(pj)
	e := onDecl[0].Fixes[0].Edits[0]
	e.Path = ""
	out := string(fix.Apply(src, []rule.Edit{e}))
	want := "{\n  \"owner_setting\": {\n    \"notice_method\": \"弹窗\"\n  },\n  \"setting_list\": [\n    {\n      \"privacy_key\": \"Location\",\n      \"privacy_text\": \"显示附近门店\"\n    }\n  ]\n}\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
}

func findings(t *testing.T, dir, id string) []rule.Finding {
	t.Helper()
	res, err := engine.New(engine.Settings{Only: []string{id}}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	return res.Sorted()
}

func copyCase(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
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
