package script

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"mpls/analysis/text"
)

// TestDispatches: switches and if / else-if chains over a value of the
// tapped element's dataset, with the values handled and the default; other
// switches and chains are not dispatches.
func TestDispatches(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string // Func key/target: values | default text (first 12 bytes)
	}{
		{"destructured, switch", `
Page({
  onMenu(e) {
    const { tag } = e.currentTarget.dataset
    switch (tag) {
      case 'orders': wx.navigateTo({ url: '/pages/orders/orders' }); break
      case 'coupon':
      case 'coupons': wx.navigateTo({ url: '/pages/coupon/coupon' }); break
      default: wx.showToast({ title: '功能暂未开放', icon: 'none' })
    }
  }
})`, []string{"onMenu tag/currentTarget: orders coupon coupons | default: wx."}},
		{"direct member, no default", `
Page({
  tapItem: function (event) {
    switch (event.currentTarget.dataset.type) {
      case 'a': this.a(); break
      case 'b': this.b(); break
    }
  }
})`, []string{"tapItem type/currentTarget: a b | "}},
		{"through names, target, subscript", `
Page({
  go(e) {
    const ds = e.target.dataset
    switch (ds['kind']) { case 'x': break; default: other() }
  },
  go2(e) {
    const { currentTarget } = e
    const { dataset } = currentTarget
    const page = dataset.page
    switch (page) { case 'p': break }
  },
  go3(e) {
    const { name: which } = e.currentTarget.dataset
    switch (which) { case 'n': break; case 3: break }
  }
})`, []string{"go kind/target: x | default: oth", "go2 page/currentTarget: p | ", "go3 name/currentTarget: n open | "}},
		{"if chain", `
Page({
  pick(e) {
    let type = e.currentTarget.dataset.type
    if (type === 'share') {
      share()
    } else if ('rank' == type || type === 'top') {
      rank()
    } else {
      wx.showToast({ title: '敬请期待' })
    }
  }
})`, []string{"pick type/currentTarget: share rank top | {\n      wx.s"}},
		{"fall-through into or out of the default is open", `
Page({
  a(e) {
    switch (e.currentTarget.dataset.tag) { case 'x': x(); default: y() }
  },
  b(e) {
    switch (e.currentTarget.dataset.tag) { default: y(); case 'x': x(); break }
  },
  c(e) {
    switch (e.currentTarget.dataset.tag) { case 'x': x(); break; default: y(); break; case 'z': z() }
  }
})`, []string{"a tag/currentTarget: x open | default: y()", "b tag/currentTarget: x open | default: y()", "c tag/currentTarget: x z | default: y()"}},
		{"not dispatches", `
Page({
  a(e) {
    switch (this.data.tab) { case 'x': break; default: y() }
  },
  b(e) {
    let { tag } = e.currentTarget.dataset
    tag = tag || 'home'
    switch (tag) { case 'home': break; default: y() }
  },
  c(e) {
    const { tag = 'home' } = e.currentTarget.dataset
    switch (tag) { case 'home': break; default: y() }
  },
  d(e) {
    const tag = e.currentTarget.dataset.tag
    if (tag === 'x') { x() } else if (this.data.ok) { y() } else { z() }
  },
  e(e) {
    switch (e.detail.value) { case 'x': break; default: y() }
  }
})`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := analyzeSrc(t, c.src, false, "wx")
			var got []string
			for _, d := range f.Dispatches {
				var vals []string
				for _, k := range d.Cases {
					vals = append(vals, k.Value)
				}
				if d.Open {
					vals = append(vals, "open")
				}
				def := c.src[d.Default.Start:d.Default.End]
				if len(def) > 12 {
					def = def[:12]
				}
				got = append(got, fmt.Sprintf("%s %s/%s: %s | %s", d.Func, d.Key, d.Target, strings.Join(vals, " "), def))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestDataLists: arrays of objects in the initial data, as written, unless
// other code names the key.
func TestDataLists(t *testing.T) {
	f := analyzeSrc(t, `
Page({
  data: {
    menus: [
      { tag: 'orders', name: '我的订单' },
      { tag: 'address', name: '收货地址', icon: icon('addr') }
    ],
    'tabs': [{ key: 'all' }, { key: 'paid' }],
    banners: [],
    grid: [{ tag: 'a' }, 'b'],
    later: [{ tag: 'x' }]
  },
  onLoad() {
    this.setData({ later: [] })
  }
})`, false, "wx")
	var got []string
	for k, items := range f.DataLists {
		var vs []string
		for _, it := range items {
			var kv []string
			for p, v := range it {
				kv = append(kv, p+"="+v)
			}
			sort.Strings(kv)
			vs = append(vs, "{"+strings.Join(kv, ",")+"}")
		}
		got = append(got, k+": "+strings.Join(vs, " "))
	}
	sort.Strings(got)
	want := "menus: {name=我的订单,tag=orders} {name=收货地址,tag=address}\ntabs: {key=all} {key=paid}"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// TestDispatchReaching: the values that run a case's code are its own and
// those of the cases above that fall through into it.
func TestDispatchReaching(t *testing.T) {
	src := `
Page({
  go(e) {
    switch (e.currentTarget.dataset.tag) {
      case 'a':
      case 'b':
        A()
      case 'c':
        C()
        break
      case 'd': {
        D()
        break
      }
      case 'e':
        E()
        return
      case 'f':
        F()
      default:
        G()
    }
  }
})`
	f := analyzeSrc(t, src, false, "wx")
	if len(f.Dispatches) != 1 {
		t.Fatalf("dispatches: %+v", f.Dispatches)
	}
	d := &f.Dispatches[0]
	for call, want := range map[string]string{"A()": "a b", "C()": "c a b", "D()": "d", "E()": "e", "F()": "f", "G()": "-"} {
		i := strings.Index(src, call)
		vals, ok := d.Reaching(text.Span{Start: i, End: i + len(call)})
		got := strings.Join(vals, " ")
		if !ok {
			got = "-"
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", call, got, want)
		}
	}
	if !d.Open {
		t.Errorf("case 'f' runs on into the default: open")
	}
}
