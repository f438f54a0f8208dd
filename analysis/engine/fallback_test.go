package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/rule"
)

const fallbackFixture = "../../testdata/old-client-fallback"

// TestOldClientFallback: the other platform's name in code that runs only
// on a client too old for a tested API (the update check's else, the body
// of `if (typeof tt.getPrivacySetting !== 'function')`, the else of a flag
// set inside `if (tt.getUserProfile)`) is not reported in the recommended
// profile; the same words in a help modal every user can open are, and
// strict reports them all.
func TestOldClientFallback(t *testing.T) {
	want := "pages/mine/mine.js login/non-platform-wording"
	if got := strings.Join(findingKeys(t, fallbackFixture), "\n"); got != want {
		t.Errorf("recommended:\n got %q\nwant %q", got, want)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath(fallbackFixture)
	if err != nil {
		t.Fatal(err)
	}
	var strict []string
	for _, f := range res.Sorted() {
		strict = append(strict, f.Path+" "+f.Rule)
	}
	if len(strict) != 4 {
		t.Errorf("strict must report the three fallbacks and the help modal: %q", strict)
	}
}

// TestOldClientFallbackInCheckFile: a fact of the file itself, so a file
// checked alone (the editor's first pass, the CLI's workers) leaves the
// finding out too.
func TestOldClientFallbackInCheckFile(t *testing.T) {
	for _, profile := range []string{"recommended", "strict"} {
		eng := New(Settings{Profile: profile})
		res, err := eng.CheckPath(fallbackFixture)
		if err != nil {
			t.Fatal(err)
		}
		pr := res.Projects[0]
		u := pr.Units["app.js"]
		if u == nil {
			t.Fatal("app.js not loaded")
		}
		env := *pr.Env
		env.Units = map[string]*rule.Unit{"app.js": u}
		fs := eng.CheckFile(&env, u)
		if want := map[string]int{"recommended": 0, "strict": 1}[profile]; len(fs) != want {
			t.Errorf("%s: app.js checked alone gives %d findings, want %d: %v", profile, len(fs), want, fs)
		}
	}
}

// TestOldClientFallbackNeedsAFeatureTest: the else of a test on a call's
// result (a stored setting) runs on every client: reported.
func TestOldClientFallbackNeedsAFeatureTest(t *testing.T) {
	dir := t.TempDir()
	err := filepath.WalkDir(fallbackFixture, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(fallbackFixture, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if rel == "app.js" {
			b = []byte(strings.Replace(string(b), "if (tt.canIUse('getUpdateManager')) {", "if (tt.getStorageSync('autoUpdate')) {", 1))
		}
		os.MkdirAll(filepath.Join(dir, filepath.Dir(rel)), 0o755)
		return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(findingKeys(t, dir), "\n")
	if want := "app.js login/non-platform-wording\npages/mine/mine.js login/non-platform-wording"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
