package engine

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

const fileRefsFixture = "../../testdata/file-refs"

// TestFileRefsUnseen: in testdata/file-refs the starter page is named
// only by module paths ('../index.js', './index': files, not links), and
// the basket badge's one element is in a template comment. Neither is
// seen by a user: no finding in the recommended profile, both in strict.
func TestFileRefsUnseen(t *testing.T) {
	if got := findingKeys(t, fileRefsFixture); len(got) != 0 {
		t.Errorf("recommended: %q", got)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath(fileRefsFixture)
	if err != nil {
		t.Fatal(err)
	}
	var strict []string
	for _, f := range res.Sorted() {
		strict = append(strict, f.Path+" "+f.Rule)
	}
	for _, want := range []string{"pages/basket/badge/index.js content/broken-link", "pages/index/index.wxml login/deprecated-profile-api"} {
		if !slices.Contains(strict, want) {
			t.Errorf("strict lost %q: %q", want, strict)
		}
	}
}

// TestFileRefsSeen: a real link to the starter page, or the badge rendered
// outside the comment, brings the finding back.
func TestFileRefsSeen(t *testing.T) {
	for _, c := range []struct{ name, rel, old, new, want string }{
		{"the market links the starter page", "pages/market/index.wxml", `<navigator url="/pages/basket/index"`,
			"<navigator url=\"/pages/index/index\">我的</navigator>\n<navigator url=\"/pages/basket/index\"",
			"pages/index/index.wxml login/deprecated-profile-api"},
		{"the basket renders the badge", "pages/basket/index.wxml", "<!-- 角标先不显示\n<basket-badge count=\"{{items.length}}\" />\n-->",
			"<basket-badge count=\"{{items.length}}\" />", "pages/basket/badge/index.js content/broken-link"},
		{"a template the basket includes renders the badge", "pages/basket/index.wxml", "<!-- 角标先不显示",
			"<include src=\"./header.wxml\" />\n<!-- 角标先不显示", "pages/basket/badge/index.js content/broken-link"},
	} {
		dir := copyFixture(t, fileRefsFixture)
		editIn(t, dir, c.rel, c.old, c.new)
		if c.name == "a template the basket includes renders the badge" {
			writeIn(t, dir, "pages/basket/header.wxml", "<view class=\"head\">菜篮 <basket-badge count=\"{{items.length}}\" /></view>\n")
		}
		if got := findingKeys(t, dir); !slices.Contains(got, c.want) {
			t.Errorf("%s: %q missing: %q", c.name, c.want, got)
		}
	}
}

// writeIn writes a new file rel into the copy at dir.
func writeIn(t *testing.T, dir, rel, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
