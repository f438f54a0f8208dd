package privacy

import (
	"reflect"
	"strings"
	"testing"

	"mpls/analysis/text"
)

// guardNames reads the conditions around a place in a function body: the
// place is marked with @ in each case.
func TestGuardNames(t *testing.T) {
	cases := []struct {
		code string
		want []string
	}{
		{"onShow() {\n  if (count === 0) {\n    @locate()\n    count = 1\n  }\n}", []string{"count"}},
		{"onShow() {\n  if (!this.data.asked) this.@locate()\n}", []string{"asked"}},
		{"onShow() {\n  if (this.asked) return\n  this.asked = true\n  this.@locate()\n}", []string{"asked"}},
		{"onShow() {\n  if (this.asked) { return }\n  this.@locate()\n}", []string{"asked"}},
		{"onShow() {\n  !this.data.asked && this.@locate()\n}", []string{"asked"}},
		{"onShow() {\n  if (ready) { this.a() } else { this.@locate() }\n}", []string{"ready"}},
		// an earlier if that neither encloses the place nor returns
		{"onShow() {\n  if (!this.data.inited) {\n    this.init()\n  }\n  this.@locate()\n}", nil},
		{"onShow() {\n  if (first) this.init()\n  this.@locate()\n}", nil},
		{"onShow() {\n  const x = a || b;\n  this.@locate()\n}", nil},
		// strings and comments are not code
		{"onShow() {\n  // if (asked) return\n  const s = 'if (x) {'\n  this.@locate()\n}", nil},
	}
	for _, c := range cases {
		at := strings.Index(c.code, "@")
		src := []byte(strings.Replace(c.code, "@", "", 1))
		got := guardNames(src, text.Span{Start: 0, End: len(src)}, at)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.code, got, c.want)
		}
	}
}
