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
