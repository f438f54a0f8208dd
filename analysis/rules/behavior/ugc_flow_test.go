package behavior

import (
	"reflect"
	"testing"
)

// Page data is read through this or a name given to it, never through a
// response's data.
func TestUGCReads(t *testing.T) {
	for _, c := range []struct {
		code, key string
		want      bool
	}{
		{`send(this.data.note)`, "note", true},
		{`const { score, note } = this.data.popup`, "note", true},
		{`var e = this, a = e.data.list; post(e.data.note)`, "note", true},
		{`const data = this.data; post(data.note)`, "note", true},
		{`call().then((res) => toast(res.data.note))`, "note", false},
		{`post(that.data.notes)`, "note", false},
	} {
		if got := reads(c.code, c.key); got != c.want {
			t.Errorf("reads(%q, %q) = %v, want %v", c.code, c.key, got, c.want)
		}
	}
	if got := thisAliases("var e = this, t = this; if (a === this) x = this.y"); !reflect.DeepEqual(got, []string{"e", "t"}) {
		t.Errorf("thisAliases = %v", got)
	}
}
