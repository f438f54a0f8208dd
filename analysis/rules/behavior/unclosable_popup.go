package behavior

import (
	"strings"

	"mpls/analysis/component"
	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// UnclosablePopup: an overlay the user cannot close (WX §17.5).
//
// Overlays come in two kinds:
//   - controlled ones, which only close when the page sets their show flag
//     back: page-container, van-popup, t-popup, i-modal …. Tapping the mask
//     only emits an event (close, click-overlay, leave …); with no binding
//     for it and nothing tappable inside, the popup stays. (page-container
//     also gives way to the back gesture, but its show stays true in the
//     page's data, so it comes back.)
//   - self-closing ones, which close on a mask tap unless told not to:
//     uni-popup, l-popup, mp-dialog, mp-half-screen-dialog and custom
//     components named *popup*, *modal*, *dialog*, *overlay*, *mask*. They
//     fire only when the mask tap is switched off (close-on-click-overlay,
//     mask-click, mask-closable, is-mask-click … set to false, or
//     locked="{{true}}") and nothing else closes them.
//
// How each library component closes is data (popup_library.go): the
// buttons it shows by default that close it (weui's half-screen dialog
// shows a close icon unless closabled is false; van-dialog a confirm
// button), the events its buttons emit (mp-dialog's buttontap), and the
// pickers whose toolbar's cancel/confirm a page answers by closing the
// popup around them (van-picker with show-toolbar, van-datetime-picker).
//
// Anything that can close counts: a close-type binding on the overlay, a
// closeable/show-close attribute or a close button on by default, any
// tappable element inside (a close icon, a confirm button, a navigator,
// an open-type button), or a user action bound inside (a picker's
// cancel/confirm). Custom overlays built from plain <view>s are not
// judged: without the styles mpls cannot tell an overlay from a card.
//
// The app's own overlay component (components/ad-popup …) is judged as a
// unit where it is used (popupComponents): it can close when its template
// has anything tappable or its script dismisses it on a timer, or when the
// page puts a close button into it or handles its close event; the name
// alone decides nothing.
var UnclosablePopup = &rule.Rule{
	ID: "behavior/unclosable-popup",
	// A WeChat rule (WX § only): WeChat and QQ, which follows WeChat's rules.
	Platforms: []string{rule.WeChat, rule.QQ},
	Severity:  rule.Warning,
	Citation:  "WX §17.5",
	Title:     rule.Msg{Zh: "弹窗或浮层无法关闭", En: "Popup or overlay cannot be closed"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "page-container、van-popup 等弹出层没有任何关闭方式：没有绑定关闭事件、点击遮罩关闭被关掉、里面也没有可点击的关闭按钮。项目自己的弹窗组件按它的模板和脚本判断：组件里没有能关闭它的点击，或关闭按钮只发出事件而页面没有处理。",
			En: "A popup (page-container, van-popup …) has no way to close: no close event binding, closing on a mask tap switched off, and nothing tappable inside. The app's own popup components are judged with their template and script: nothing tappable closes them, or their close button only emits an event the page does not handle."},
		Why: rule.Msg{Zh: "小程序页面内的浮层和弹窗应可关闭（运营规范 §17.5）；用户被挡住无法继续使用，审核会驳回。",
			En: "Overlays and popups in a mini-program must be closable (WX §17.5); a popup that traps the user is rejected."},
		Wrong:   `<van-popup show="{{showAd}}" close-on-click-overlay="{{false}}"><image src="/images/ad.png" /></van-popup>`,
		Right:   `<van-popup show="{{showAd}}" closeable bind:close="onCloseAd"><image src="/images/ad.png" /></van-popup>`,
		Excerpt: "17.5 微信小程序页面内的浮层和弹窗应可关闭。（微信小程序平台运营规范 §17.5）",
	},
	Check:        checkPopup,
	CheckProject: popupComponents,
}

// overlayOf returns how tag closes: a library overlay's spec, or for a
// custom component named like an overlay the self-closing default; ok is
// false for anything else.
func overlayOf(tag string) (overlaySpec, bool) {
	if sp, ok := overlayLibrary[tag]; ok {
		return sp, true
	}
	if !strings.Contains(tag, "-") {
		return overlaySpec{}, false
	}
	for _, w := range []string{"popup", "modal", "dialog", "overlay", "mask"} {
		if strings.Contains(tag, w) {
			return overlaySpec{selfClosing: true}, true
		}
	}
	return overlaySpec{}, false
}

// closeEvents are events an overlay emits when the user asks it to close.
var closeEvents = map[string]bool{
	"close": true, "closed": true, "clickoverlay": true, "click-overlay": true, "overlayclick": true,
	"overlay-click": true, "leave": true, "beforeleave": true, "afterleave": true, "before-leave": true,
	"after-leave": true, "visible-change": true, "visiblechange": true, "cancel": true, "hide": true,
	"maskclick": true, "mask-click": true, "masktap": true, "click": true, "tap": true, "change": true,
	"before-close": true, "after-close": true, "dismiss": true, "confirm": true, "buttontap": true, "ok": true,
}

// closeAttrs show a close button when on.
var closeAttrs = []string{"closeable", "closable", "show-close", "close-btn", "close-icon", "show-close-icon", "closabled"}

// maskOffAttrs switch off closing on a mask tap when false.
var maskOffAttrs = []string{"close-on-click-overlay", "close-on-overlay-click", "close-on-click-mask", "mask-click", "mask-closable", "maskclosable", "is-mask-click", "overlay-closable", "mask-close-able"}

// tapEvents make an element tappable.
var tapEvents = map[string]bool{"tap": true, "click": true, "longpress": true, "longtap": true, "touchend": true}

func attrFalse(a *template.Attr) bool {
	if a == nil || !a.HasValue {
		return false
	}
	if a.Static() {
		return strings.TrimSpace(a.Value) == "false"
	}
	return len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" && strings.TrimSpace(a.Interps[0].Expr) == "false"
}

// attrTrue: a bare attribute, "true" or "{{true}}".
func attrTrue(a *template.Attr) bool {
	if a == nil {
		return false
	}
	if !a.HasValue {
		return true
	}
	if a.Static() {
		return strings.TrimSpace(a.Value) == "true"
	}
	return len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" && strings.TrimSpace(a.Interps[0].Expr) == "true"
}

// attrOn: present and not false or empty (a bound value counts as on).
func attrOn(a *template.Attr) bool {
	if a == nil {
		return false
	}
	if !a.HasValue {
		return true
	}
	return !attrFalse(a) && !(a.Static() && strings.TrimSpace(a.Value) == "")
}

func checkPopup(c *rule.FileContext) {
	t := c.Unit.Template
	if t == nil {
		return
	}
	for i := range t.Elements {
		e := &t.Elements[i]
		spec, ok := overlayOf(e.Tag)
		if !ok {
			continue
		}
		if component.Resolve(c.Project, c.Unit.Path, e.Tag) != "" {
			continue // the app's own component: judged with its template (popupComponents)
		}
		controlled := !spec.selfClosing
		var maskOff *template.Attr
		for _, n := range maskOffAttrs {
			if a := e.Attr(n); attrFalse(a) {
				maskOff = a
			}
		}
		if a := e.Attr("locked"); attrTrue(a) {
			maskOff = a
		}
		if !controlled && maskOff == nil {
			continue // closes on a mask tap
		}
		if canClose(t, i, spec) {
			continue
		}
		why := rule.Msg{Zh: "没有绑定关闭事件", En: "nothing handles its close event"}
		if maskOff != nil {
			why = rule.Msg{Zh: "点击遮罩关闭被 " + maskOff.Name + " 关掉了", En: "closing on a mask tap is switched off by " + maskOff.Name}
		}
		c.Report(e.TagSpan, rule.Msg{
			Zh: "<" + e.Tag + "> 弹出后无法关闭：" + why.Zh + "，里面也没有可点击的关闭按钮。浮层和弹窗应可关闭：加上 bind:close 等关闭处理或关闭按钮。",
			En: "<" + e.Tag + "> cannot be closed once shown: " + why.En + ", and nothing inside is tappable. Overlays must be closable: handle its close event or add a close button.",
		})
	}
}

// canClose reports whether overlay idx has any way to close: a close-type
// binding on it, a close button (by attribute or by default), a tappable
// element inside, or a user action bound inside.
func canClose(t *template.Facts, idx int, spec overlaySpec) bool {
	e := &t.Elements[idx]
	for _, n := range closeAttrs {
		if attrOn(e.Attr(n)) {
			return true
		}
	}
	for _, b := range spec.buttons {
		if shown(e, b) {
			return true
		}
	}
	for _, b := range t.Bindings {
		if b.Elem == idx && (closeEvents[b.Event] || has(spec.events, b.Event)) {
			return true
		}
		if b.Elem > idx && inside(t, b.Elem, idx) && (tapEvents[b.Event] || actionEvents[b.Event] && pickerActs(&t.Elements[b.Elem], b.Event)) {
			return true
		}
	}
	for j := idx + 1; j < len(t.Elements); j++ {
		d := &t.Elements[j]
		if d.Span.Start >= e.Span.End {
			break
		}
		if !inside(t, j, idx) {
			continue
		}
		if d.Tag == "navigator" || d.Attr("open-type") != nil || d.Attr("form-type") != nil || d.Attr("url") != nil && strings.Contains(d.Tag, "button") {
			return true
		}
	}
	return false
}

// shown reports whether element e shows what toggle b switches: always
// for an attribute-less toggle, else by the attribute or its default.
func shown(e *template.Element, b toggle) bool {
	if b.attr == "" {
		return b.on
	}
	a := e.Attr(b.attr)
	if a == nil {
		return b.on
	}
	return attrOn(a)
}

// pickerActs reports whether an action event bound on element d can fire:
// for a library picker, only when its toolbar is shown; any other
// component is taken at its word.
func pickerActs(d *template.Element, event string) bool {
	p, ok := pickerLibrary[d.Tag]
	if !ok || !has(p.events, event) {
		return true
	}
	return shown(d, p.shown)
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inside reports whether element j is a descendant of element idx.
func inside(t *template.Facts, j, idx int) bool {
	for p := t.Elements[j].Parent; p >= 0; p = t.Elements[p].Parent {
		if p == idx {
			return true
		}
	}
	return false
}
