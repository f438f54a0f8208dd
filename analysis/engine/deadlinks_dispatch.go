package engine

import (
	"path"
	"strings"

	"mpls/analysis/script"
	"mpls/analysis/text"
)

// unsuppliedCase reports whether the code at sp, in page method fn of the
// script at file, lies in a case of a dispatch over the tapped element's
// dataset that no element of the page's template supplies a value for:
//
//	<!-- <view bindtap="onMenu" data-tag="team">我的团队</view> -->
//	<view bindtap="onMenu" data-tag="orders">我的订单</view>
//
//	onMenu(e) {
//	  switch (e.currentTarget.dataset.tag) {
//	  case 'orders': wx.navigateTo({ url: '/pages/orders/orders' }); break
//	  case 'team': wx.navigateTo({ url: '/pages/team/team' }); break
//	  }
//	}
//
// The team row is commented out, so no tap hands the handler 'team'. Only
// when the page's own template is all that runs fn: no code calls it (a
// call may pass any event), no template other than another page's binds
// it, and every value its elements hand it can be read
// (script.Dispatch.Supplied).
func (d *deadLinks) unsuppliedCase(file, fn string, sp text.Span) bool {
	u := d.env.Units[file]
	if u == nil || u.Script == nil || fn == "" {
		return false
	}
	s := u.Script
	for i := range s.Dispatches {
		disp := &s.Dispatches[i]
		if disp.Func != fn || disp.Open || sp.Start < disp.Span.Start || sp.End > disp.Span.End {
			continue
		}
		vals, ok := disp.Reaching(sp)
		if !ok {
			continue
		}
		tpl := d.ownTemplate(file, fn)
		if tpl == "" {
			return false
		}
		sup := disp.Supplied(s, d.env.Units[tpl].Template)
		if sup.Unknown {
			continue
		}
		reached := false
		for _, v := range vals {
			for _, w := range sup.Values {
				reached = reached || v == w
			}
		}
		if !reached {
			return true
		}
	}
	return false
}

// ownTemplate is the path of the template beside the script at file when
// it alone runs method fn: no script calls or passes fn, and no other
// template binds it but other pages' own (whose bindings call their own
// page's method). "" otherwise.
func (d *deadLinks) ownTemplate(file, fn string) string {
	base := strings.TrimSuffix(file, path.Ext(file))
	own := ""
	for _, ext := range []string{".wxml", ".ttml", ".axml", ".swan", ".qml"} {
		if v := d.env.Units[base+ext]; v != nil && v.Template != nil {
			own = base + ext
			break
		}
	}
	if own == "" {
		return ""
	}
	route, _ := d.env.Project.PageOf(file)
	for p, v := range d.env.Units {
		if v.Script != nil && len(v.Script.Uses[fn]) > 0 {
			return ""
		}
		if v.Template == nil || p == own {
			continue
		}
		for _, b := range v.Template.Bindings {
			if b.Handler != fn {
				continue
			}
			if r, ok := d.env.Project.PageOf(p); !ok || r == route {
				return "" // an include or a component: it may be this page's
			}
		}
	}
	return own
}

// caseLabelOf is the function of the dispatch whose case compares the
// string at sp (case 'team': the bare name that would open pages/team
// by name), "" if sp is no case's string.
func caseLabelOf(s *script.Facts, sp text.Span) string {
	for i := range s.Dispatches {
		for _, c := range s.Dispatches[i].Cases {
			if c.Test == sp {
				return s.Dispatches[i].Func
			}
		}
	}
	return ""
}
