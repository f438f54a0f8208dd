package behavior

import (
	"regexp"
	"strings"

	"mpls/analysis/component"
	"mpls/analysis/rule"
	"mpls/analysis/rules/pagedata"
)

// showProps are the properties an overlay component is shown by.
var showProps = []string{"show", "visible", "shown", "open", "value", "isShow", "showModal", "showPopup"}

// popupComponents judges the app's own overlay components (a tag named
// like an overlay that resolves to a component of the project) at each
// element that uses them, with the component's template and script — the
// close handler is judged where it is decided:
//   - the component closes itself when it has something tappable whose
//     handler hides it (a setData turning its show property off), a
//     navigator or an open-type/form-type button, or a timer (a toast);
//   - when its tap handlers only emit an event (triggerEvent('close')),
//     the use closes it only if the page handles that event;
//   - the page may also put something tappable inside it (a <slot>).
//
// Judged only where the page shows it through its data (show="{{key}}")
// and never turns that key off itself: a page that sets it false anywhere
// (a loading mask hidden when the request ends, a timer) closes it. A use
// that never shows it (a show property it does not pass, false by default)
// is not judged; nor is a component wrapping a library overlay, which the
// file half judges in the component's template.
func popupComponents(c *rule.ProjectContext) {
	m := component.Build(c.Env)
	done := map[component.Origin]bool{}
	for _, comp := range m.Sorted() {
		if comp.Template == nil {
			continue
		}
		self, events := closing(comp)
		if self {
			continue
		}
		for _, u := range m.Uses(comp.Base) {
			e := u.Element()
			if _, ok := overlayOf(e.Tag); !ok {
				continue
			}
			at := component.Origin{Path: u.Unit.Path, Span: e.TagSpan}
			if _, orphan := orphanUse(c, u); orphan || done[at] || neverShown(u) || useCloses(u, events, hasSlot(comp)) {
				continue
			}
			if !shownByData(c, u) {
				continue
			}
			done[at] = true
			why := rule.Msg{Zh: "组件 " + comp.Base + " 的模板里没有任何可点击的关闭方式（关闭按钮、点击遮罩）", En: "the template of component " + comp.Base + " has nothing tappable to close it (no close button, no mask tap)"}
			if len(events) > 0 {
				why = rule.Msg{Zh: "组件 " + comp.Base + " 点击关闭时只发出 " + strings.Join(events, "/") + " 事件，这里没有处理它", En: "component " + comp.Base + " only emits " + strings.Join(events, "/") + " when tapped to close, and nothing here handles it"}
			}
			c.Report(u.Unit.Path, e.TagSpan, rule.Msg{
				Zh: "<" + e.Tag + "> 弹出后无法关闭：" + why.Zh + "。浮层和弹窗应可关闭：处理它的关闭事件，或在组件里加上关闭按钮。",
				En: "<" + e.Tag + "> cannot be closed once shown: " + why.En + ". Overlays must be closable: handle its close event, or add a close button to the component.",
			})
		}
	}
}

// closing reads how a component closes: self when it hides itself (a tap
// handler's setData turns a show property off; a navigator, an open-type
// or form-type button leaves; a timer; or it wraps a library overlay, the
// file half's), else the events its script emits for the page to answer.
func closing(comp *component.Component) (self bool, events []string) {
	t := comp.Template.Template
	tappable := false
	for _, b := range t.Bindings {
		if tapEvents[b.Event] || closeEvents[b.Event] {
			tappable = true
		}
	}
	for i := range t.Elements {
		d := &t.Elements[i]
		if d.Tag == "navigator" || d.Attr("open-type") != nil || d.Attr("form-type") != nil {
			return true, nil
		}
		if _, lib := overlayLibrary[d.Tag]; lib {
			return true, nil
		}
	}
	su := comp.Script
	if su == nil {
		return tappable, nil // no script to read: take a tap at its word
	}
	for _, call := range su.Script.Calls {
		if call.Namespace == "" && (call.API == "setTimeout" || call.API == "setInterval") {
			return true, nil
		}
	}
	if !tappable {
		return false, nil
	}
	if hidesItself.Match(su.Text) {
		return true, nil
	}
	for _, str := range su.Script.Strings {
		if str.Callee == "triggerEvent" && str.Value != "" {
			events = append(events, str.Value)
		}
	}
	if len(events) == 0 {
		return true, nil // a tap handler mpls cannot follow: take it at its word
	}
	return false, events
}

// hidesItself: a setData that turns a show-like key off.
var hidesItself = regexp.MustCompile(`setData\(\s*\{[^}]*\b(?:show|visible|shown|open|isShow|showModal|showPopup)\w*\s*:\s*(?:false|!1|0)\b`)

// useCloses: the page handles an event the component emits to close (or
// any close-type event), or, when the component shows what the page puts
// inside it, puts something tappable there.
func useCloses(u component.Use, events []string, slot bool) bool {
	t := u.Unit.Template
	if slot && canClose(t, u.Elem, overlaySpec{selfClosing: true}) {
		return true
	}
	for _, b := range t.Bindings {
		if b.Elem != u.Elem {
			continue
		}
		if closeEvents[b.Event] {
			return true
		}
		for _, ev := range events {
			if strings.EqualFold(b.Event, ev) {
				return true
			}
		}
	}
	return false
}

func hasSlot(comp *component.Component) bool {
	for i := range comp.Template.Template.Elements {
		if comp.Template.Template.Elements[i].Tag == "slot" {
			return true
		}
	}
	return false
}

// neverShown: the component has a show-like property, false by default,
// that this use does not pass.
func neverShown(u component.Use) bool {
	for _, n := range showProps {
		p := u.Comp.Prop(n)
		if p == nil {
			continue
		}
		if u.Arg(n) != nil {
			return false
		}
		return p.Default.Known && !p.Default.Truthy()
	}
	return false
}

// shownByData: the use passes a show-like property as {{key}}, and the
// script beside the using template never sets key to a falsy value
// outside its initial data.
func shownByData(c *rule.ProjectContext, u component.Use) bool {
	key := ""
	for _, n := range showProps {
		if a := u.Arg(n); a != nil && u.Comp.Prop(n) != nil {
			key = boundName(a)
			break
		}
	}
	if key == "" {
		return false
	}
	su := pagedata.ScriptOf(c.Units, component.BaseOf(u.Unit.Path))
	if su == nil {
		return false
	}
	src := string(su.Text)
	skip := [2]int{-1, -1}
	if loc := initialData.FindStringIndex(src); loc != nil {
		if end := pagedata.MatchBrace(src, loc[1]-1); end > 0 {
			skip = [2]int{loc[1] - 1, end}
		}
	}
	off := regexp.MustCompile(`(?:^|[^\w$.])['"]?` + regexp.QuoteMeta(key) + `['"]?\s*:\s*(?:false|!1|0|''|""|null|undefined)\b|\.` + regexp.QuoteMeta(key) + `\s*=\s*(?:false|!1|0|null)\b`)
	for _, m := range off.FindAllStringIndex(src, -1) {
		if m[0] < skip[0] || m[0] >= skip[1] {
			return false // the page turns it off itself
		}
	}
	return true
}

var initialData = regexp.MustCompile(`\bdata\s*:\s*\{`)
