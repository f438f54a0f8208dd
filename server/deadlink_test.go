package server_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A page opened only from a method nothing binds is not seen by users: its
// finding is not published, as mpls check leaves it out. Binding the method
// in another file's template brings the finding back, without the page's
// own file being touched.
func TestDeadLinkedPageFollowsTheOpener(t *testing.T) {
	root := copyTree(t, "../testdata/deadlink")
	giftPath := filepath.Join(root, "pages/gift/gift.wxml")
	gift := fileURI(giftPath)
	g, err := os.ReadFile(giftPath)
	if err != nil {
		t.Fatal(err)
	}
	paidPath := filepath.Join(root, "pages/paid/paid.wxml")
	paid := fileURI(paidPath)
	b, err := os.ReadFile(paidPath)
	if err != nil {
		t.Fatal(err)
	}
	const code = "content/extreme-words"
	has := func(ds []diag) bool { return find(ds, code) != nil }
	hasNone := func(ds []diag) bool { return find(ds, code) == nil }

	c := startServer(t)
	c.initialize(root, nil)
	c.waitScan()
	c.waitFor(paid, -1, has)
	c.open(gift, "wxml", 1, string(g))
	c.settles(gift, 1, hasNone, 500*time.Millisecond)

	c.open(paid, "wxml", 1, string(b))
	c.change(paid, 2, map[string]any{"range": rng(2, 0, 2, 0), "text": "<button bindtap=\"openGift\">送朋友一杯</button>\n"})
	c.waitFor(gift, 1, has)

	c.change(paid, 3, map[string]any{"range": rng(2, 0, 3, 0), "text": ""})
	c.settles(gift, 1, hasNone, 500*time.Millisecond)
}

// The same with the page's file closed, after app.json changed: a model
// reload checks every closed file again with the whole project at hand,
// and that check must leave what other files decide to the project check,
// or binding the opener would not bring the finding back (found by
// TestEditorMatchesCLI, seed 544149735).
func TestDeadLinkedClosedPageAfterModelReload(t *testing.T) {
	root := copyTree(t, "../testdata/deadlink")
	gift := fileURI(filepath.Join(root, "pages/gift/gift.wxml"))
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	app, paid := fileURI(filepath.Join(root, "app.json")), fileURI(filepath.Join(root, "pages/paid/paid.wxml"))
	has := func(ds []diag) bool { return find(ds, "content/extreme-words") != nil }

	c := startServer(t)
	c.initialize(root, nil)
	c.waitScan()
	c.open(app, "json", 1, read("app.json"))
	// a page added to app.json, then taken away again
	c.change(app, 2, map[string]any{"range": rng(2, 0, 2, 0), "text": "    \"pages/extra/extra\",\n"})
	c.waitPublish(app, 2)
	c.change(app, 3, map[string]any{"range": rng(2, 0, 3, 0), "text": ""})
	c.waitPublish(app, 3)
	c.open(paid, "wxml", 1, read("pages/paid/paid.wxml"))
	c.change(paid, 2, map[string]any{"range": rng(2, 0, 2, 0), "text": "<button bindtap=\"openGift\">送朋友一杯</button>\n"})
	c.waitFor(gift, -1, has)
}
