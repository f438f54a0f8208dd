package engine

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"mpls/analysis/rule"
)

const staffComponentFixture = "../../testdata/staff-component"

// editFixture copies the fixture and replaces old by new in the file rel.
func editFixture(t *testing.T, rel, old, new string) string {
	t.Helper()
	return editedCopy(t, staffComponentFixture, rel, old, new)
}

// editIn replaces old by new in the file rel of the copy at dir.
func editIn(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s holds no %q", rel, old)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStaffComponent: the book and shelf editors of a library's 书架 tab
// are opened by buttons only a librarian or an admin sees (wx:if on the
// role, on profile.isAdmin), so their findings and those of the cover
// uploader only they use — directly, or through the shelf form — are left
// out in the recommended profile; strict reports them all.
func TestStaffComponent(t *testing.T) {
	if got := findingKeys(t, staffComponentFixture); len(got) != 0 {
		t.Errorf("staff-only pages and their component reported: %q", got)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath(staffComponentFixture)
	if err != nil {
		t.Fatal(err)
	}
	var strict []string
	for _, f := range res.Sorted() {
		strict = append(strict, f.Path+" "+f.Rule)
	}
	for _, want := range []string{"components/cover-picker/index.js behavior/ugc-unchecked", "components/cover-picker/index.wxml content/extreme-words", "pages/book-edit/index.js behavior/ugc-unchecked"} {
		if !slices.Contains(strict, want) {
			t.Errorf("strict lost %q: %q", want, strict)
		}
	}
}

// TestStaffComponentSeen: the component comes back when a page every user
// reaches uses it, or when a link to a page using it is offered to every
// user (a condition that is no role test, a negated flag); the book
// editor's own finding comes back only when its own link does.
func TestStaffComponentSeen(t *testing.T) {
	const picker = "components/cover-picker/index.js behavior/ugc-unchecked"
	const book = "pages/book-edit/index.js behavior/ugc-unchecked"
	const pickerText = "components/cover-picker/index.wxml content/extreme-words"
	for _, c := range []struct {
		name, rel, old, new string
		want, not           []string
		also                [3]string // a second edit: file, old, new
	}{
		{"a tab page uses the uploader", "pages/index/index.json", `"usingComponents": {}`, `"usingComponents": { "cover-picker": "/components/cover-picker/index" }`, []string{picker, pickerText}, []string{book},
			[3]string{"pages/index/index.wxml", `<view class="list">`, "<cover-picker bind:change=\"onCover\" />\n<view class=\"list\">"}},
		{"app.json registers the uploader for every page", "app.json", `"pages": [`, `"usingComponents": { "cover-picker": "/components/cover-picker/index" },
  "pages": [`, []string{picker, pickerText}, []string{book}, [3]string{}},
		{"the add button shown to every user", "pages/manage/index.wxml", `wx:if="{{role == 'librarian'}}"`, `wx:if="{{shelves.length}}"`, []string{picker, book}, nil, [3]string{}},
		{"the shelf editor shown to non-admins", "pages/manage/index.wxml", `wx:if="{{profile.isAdmin}}"`, `wx:if="{{!profile.isAdmin}}"`, []string{picker}, []string{book}, [3]string{}},
		{"the editor's link beside the role test", "pages/manage/index.js", "  onAddBook() {\n", "  onReady() {\n    if (this.data.profile.ready) wx.navigateTo({ url: '/pages/book-edit/index' })\n  },\n  onAddBook() {\n", []string{picker, book}, nil, [3]string{}},
	} {
		dir := editFixture(t, c.rel, c.old, c.new)
		if c.also[0] != "" {
			editIn(t, dir, c.also[0], c.also[1], c.also[2])
		}
		got := findingKeys(t, dir)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q missing: %q", c.name, w, got)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: %q reported: %q", c.name, w, got)
			}
		}
	}
}

// TestStaffComponentListItem: a condition on a list's item speaks of the
// item (a row for an admin account), not of the one who looks at it.
func TestStaffComponentListItem(t *testing.T) {
	dir := editFixture(t, "pages/manage/index.wxml", `<text class="count">{{item.count}} 本</text>`,
		`<text class="count">{{item.count}} 本</text>
    <button wx:if="{{item.isAdmin}}" size="mini" bindtap="openShelfEditor">编辑</button>`)
	if got := findingKeys(t, dir); !slices.Contains(got, "components/cover-picker/index.js behavior/ugc-unchecked") {
		t.Errorf("a row's button every user sees must keep the uploader reported: %q", got)
	}
}

// TestStaffComponentInCheckFile: which pages use a component and who
// reaches them is the project's to decide (Unseen), so the component's
// template checked alone keeps its file rule's finding (see e90db2f).
func TestStaffComponentInCheckFile(t *testing.T) {
	eng := New(Settings{})
	res, err := eng.CheckPath(staffComponentFixture)
	if err != nil {
		t.Fatal(err)
	}
	pr := res.Projects[0]
	const rel = "components/cover-picker/index.wxml"
	u := pr.Units[rel]
	if u == nil {
		t.Fatal(rel + " not loaded")
	}
	env := *pr.Env
	env.Units = map[string]*rule.Unit{rel: u}
	fs := eng.CheckFile(&env, u)
	if len(fs) != 1 || fs[0].Rule != "content/extreme-words" {
		t.Errorf("checked alone: %v", fs)
	}
	if kept := eng.Unseen(pr.Env, fs); len(kept) != 0 {
		t.Errorf("Unseen with the project kept %v", kept)
	}
}
