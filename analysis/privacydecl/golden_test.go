package privacydecl_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"mpls/analysis/engine"
	"mpls/analysis/privacydecl"
)

// updating reports -update: the flag ruletest defines (this test binary
// links it), which rewrites the goldens here too — then read them by hand.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

const cases = "../../testdata/privacy"

// check analyses a fixture project as `mpls privacy` does.
func check(t *testing.T, dir string) *engine.ProjectResult {
	t.Helper()
	res, err := engine.New(engine.Settings{Only: []string{"privacy/declared-purpose"}}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Projects) != 1 {
		t.Fatalf("%s: %d projects", dir, len(res.Projects))
	}
	return res.Projects[0]
}

// TestGolden derives the declaration of each fixture project in
// testdata/privacy (each folder with an app.json) and compares its
// Markdown and JSON with <case>.md and <case>.json beside it.
func TestGolden(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(cases, "*", "app.json"))
	if len(dirs) < 8 {
		t.Fatalf("expected the fixture projects under %s, found %d", cases, len(dirs))
	}
	for _, app := range dirs {
		dir := filepath.Dir(app)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			decl := privacydecl.Derive(check(t, dir).Env)
			js, err := decl.JSON()
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join(cases, name+".json"), string(js))
			golden(t, filepath.Join(cases, name+".md"), decl.Markdown())
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if updating() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update, then read the file)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (go test -update to accept):\n%s", path, got)
	}
}
