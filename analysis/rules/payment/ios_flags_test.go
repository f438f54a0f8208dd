package payment

import (
	"reflect"
	"testing"
)

func TestObjectEntries(t *testing.T) {
	got := objectEntries(`{
  closed: app.globalData.review && app.globalData.apple,
  'step': Number(a, b),
  list: [{ a: 1 }, { b: 2 }],
  isIOS,
  ...rest,
  [key]: 1,
  onTap() { return 1 },
  tip: cond ? 'a:b' : "c,d"
}`)
	want := map[string]string{
		"closed": "app.globalData.review && app.globalData.apple",
		"step":   "Number(a, b)",
		"list":   "[{ a: 1 }, { b: 2 }]",
		"isIOS":  "isIOS",
		"tip":    `cond ? 'a:b' : "c,d"`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if objectEntries("cond ? a : b") != nil {
		t.Error("not an object literal: want nothing")
	}
}

func TestIOSCondition(t *testing.T) {
	flags := map[string]bool{"closed": true}
	for expr, want := range map[string]bool{
		"{{closed}}":           true,
		"{{!closed && ready}}": true,
		"{{item.closed}}":      false, // an item's field, not the data flag
		"{{isIOS}}":            true,
		"{{ready}}":            false,
	} {
		if got := iosCondition(expr, flags); got != want {
			t.Errorf("iosCondition(%q) = %v, want %v", expr, got, want)
		}
	}
}
