package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeadLinkedPageFindings: a page opened only by a method no template
// binds and no code calls (testdata/deadlink: the gift page) gets no
// finding a user would have to see; strict reports it, and binding the
// method again brings it back.
func TestDeadLinkedPageFindings(t *testing.T) {
	// the cart's 敬请期待 toast is seen: the cart is the entry page
	want := "pages/cart/cart.js content/unfinished\npages/paid/paid.wxml content/extreme-words"
	if got := strings.Join(findingKeys(t, "../../testdata/deadlink"), "\n"); got != want {
		t.Errorf("recommended:\n got %q\nwant %q", got, want)
	}
	res, err := New(Settings{Profile: "strict"}).CheckPath("../../testdata/deadlink")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Sorted()) != 6 {
		t.Errorf("strict must report the gift and club pages too: %v", res.Sorted())
	}

	dir := t.TempDir()
	for _, f := range []string{"app.json", "project.config.json", "pages/cart/cart.js", "pages/cart/cart.wxml", "pages/paid/paid.js", "pages/paid/paid.wxml", "pages/gift/gift.js", "pages/gift/gift.wxml", "pages/club/club.js", "pages/club/club.wxml", "pages/club-card/club-card.js", "pages/club-card/club-card.wxml"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/deadlink", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "pages/paid/paid.wxml" {
			b = append(b, "<button bindtap=\"openGift\">送朋友一杯</button>\n"...)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := findingKeys(t, dir)
	if strings.Join(got, "\n") != "pages/cart/cart.js content/unfinished\npages/gift/gift.wxml content/extreme-words\npages/paid/paid.wxml content/extreme-words" {
		t.Errorf("with openGift bound, the gift page is reached: %q", got)
	}
}
