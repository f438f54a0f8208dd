package engine

import (
	"sort"
	"strings"
	"testing"
)

const reachFixture = "../../testdata/reach"

// findingKeys lists "path rule" for every finding of checking dir.
func findingKeys(t *testing.T, dir string) []string {
	t.Helper()
	return profileKeys(t, dir, "")
}

// profileKeys is findingKeys in the given profile ("strict").
func profileKeys(t *testing.T, dir, profile string) []string {
	t.Helper()
	res, err := New(Settings{Profile: profile}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range res.Sorted() {
		out = append(out, f.Path+" "+f.Rule)
	}
	sort.Strings(out)
	return out
}

// TestUnusedFilesGetNoFindings: a page missing from app.json, a component
// no usingComponents names and a module nothing requires are not in the
// built app; the file rules and the project rules (the bound string in the
// draft page's script) say nothing there, while the registered page, its
// component and its module keep theirs.
func TestUnusedFilesGetNoFindings(t *testing.T) {
	got := findingKeys(t, reachFixture)
	want := []string{
		"pages/home/home.wxml content/broken-link", // its navigator opens the unregistered draft
		"pages/home/home.wxml content/extreme-words",
		"utils/api.js security/insecure-transport",
		"widgets/card/card.wxml content/extreme-words",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n got %q\nwant %q", got, want)
	}
	// The same files checked on their own (no app.json above them in the
	// check) fire: the project is what leaves them out.
	for dir, rule := range map[string]string{
		"pages/draft":      "draft.js content/extreme-words", // a project rule
		"widgets/spare":    "spare.wxml content/extreme-words",
		"utils/old-api.js": "old-api.js security/insecure-transport",
	} {
		keys := findingKeys(t, reachFixture+"/"+dir)
		if !contains(keys, rule) {
			t.Errorf("%s alone: want %q in %q", dir, rule, keys)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestOrphanPageFindings: a page app.json registers but nothing opens (its
// link is commented out) gets no finding a user would have to see; its
// security findings stay, and strict reports everything.
func TestOrphanPageFindings(t *testing.T) {
	got := findingKeys(t, "../../testdata/orphan")
	want := []string{
		"pages/about/about.wxml content/extreme-words",
		"pages/promo/promo.js security/insecure-transport",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recommended:\n got %q\nwant %q", got, want)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath("../../testdata/orphan")
	if err != nil {
		t.Fatal(err)
	}
	strict := map[string]bool{}
	for _, f := range res.Sorted() {
		strict[f.Path+" "+f.Rule] = true
	}
	if !strict["pages/promo/promo.wxml content/extreme-words"] {
		t.Errorf("strict must report the orphan page's extreme word: %v", strict)
	}
}

// editedCopy copies the project dir to a temporary folder with old
// replaced by new in its file rel (which must hold old).
func editedCopy(t *testing.T, dir, rel, old, new string) string {
	t.Helper()
	tmp := copyFixture(t, dir)
	editIn(t, tmp, rel, old, new)
	return tmp
}
