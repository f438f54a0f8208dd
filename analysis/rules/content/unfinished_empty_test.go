package content

import "testing"

// TestEmptyTest: a condition that holds only when a list is empty.
func TestEmptyTest(t *testing.T) {
	for x, want := range map[string]bool{
		"!list.length":                   true,
		"list.length == 0":               true,
		"res.items.length === 0":         true,
		"!coaches.length && !loading":    true,
		"!list || !list.length":          true,
		"list.length < 1":                true,
		"0 == list.length":               true,
		"list.length":                    false,
		"!showGift":                      false,
		"list.length == 0 || showNotice": false,
		"!list":                          false,
		"list.length > 0":                false,
	} {
		if got := emptyTest(x); got != want {
			t.Errorf("emptyTest(%q) = %v, want %v", x, got, want)
		}
	}
}
