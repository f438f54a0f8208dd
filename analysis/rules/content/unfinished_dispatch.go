package content

import (
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// A "not yet open" toast in the default of a menu handler's dispatch:
//
//	<view bindtap="onMenu" data-tag="orders">我的订单</view>
//	<view bindtap="onMenu" data-tag="address">收货地址</view>
//
//	onMenu(e) {
//	  switch (e.currentTarget.dataset.tag) {
//	  case 'orders': …; break
//	  case 'address': …; break
//	  default: wx.showToast({ title: '功能暂未开放' })
//	  }
//	}
//
// When every value the template's elements bound to the handler supply
// has a case, no tap reaches the default: it is a defensive fallback, not
// an entry to an unfinished feature. An element that supplies a value
// without a case (a real menu item landing in the default), or none at
// all, or one mpls cannot read, keeps the finding.

// unreachableDefault reports whether the text at sp lies in the default of
// a dispatch in page method fn that no element of template t reaches.
func unreachableDefault(u *rule.Unit, t *template.Facts, fn string, sp text.Span) bool {
	if u.Script == nil {
		return false
	}
	for i := range u.Script.Dispatches {
		d := &u.Script.Dispatches[i]
		if d.Func != fn || d.Open || d.Default.End == 0 || sp.Start < d.Default.Start || sp.End > d.Default.End {
			continue
		}
		sup := d.Supplied(u.Script, t)
		if sup.Missing || sup.Unknown || len(sup.Values) == 0 {
			return false
		}
		for _, v := range sup.Values {
			if !d.Handles(v) {
				return false
			}
		}
		return true
	}
	return false
}

// inTapDispatch: sp lies in a dispatch of fn over the tapped element's
// dataset (e.currentTarget.dataset): fn is a tap handler however it is
// named (onRowTap), not a page event the platform calls.
func inTapDispatch(s *script.Facts, fn string, sp text.Span) bool {
	for i := range s.Dispatches {
		d := &s.Dispatches[i]
		if d.Func == fn && d.Target == "currentTarget" && d.Span.Start <= sp.Start && sp.End <= d.Span.End {
			return true
		}
	}
	return false
}
