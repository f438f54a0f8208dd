package behavior

import (
	"mpls/analysis/component"
	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// autoplayComponents judges a custom component's media whose autoplay a
// property decides (`<video autoplay="{{autoplay}}">`, autoplay a Boolean
// property): for every element that uses the component, what the property
// holds there. The finding goes where the developer turns it off: the
// attribute of the page that passes it on (`<clip-card autoplay>`), or the
// property's default when a page passes nothing. A page attribute the
// template half already reports (a media-named tag with autoplay on) is
// not reported twice.
func autoplayComponents(c *rule.ProjectContext) {
	m := component.Build(c.Env)
	seen := map[component.Origin]bool{}
	for _, comp := range m.Sorted() {
		if comp.Template == nil || len(comp.Props) == 0 {
			continue
		}
		uses := m.Uses(comp.Base)
		t := comp.Template.Template
		for i := range t.Elements {
			e := &t.Elements[i]
			a := autoplayAttr(e)
			if !isMediaTag(e.Tag) || a == nil || a.Static() || !a.HasValue {
				continue
			}
			if on, _ := autoplayOn(a); on || neverRendered(c, comp.Template, i) {
				continue // a literal {{true}} is the template half's
			}
			for _, u := range uses {
				if _, orphan := orphanUse(c, u); orphan {
					continue
				}
				v := u.Attr(a)
				if !v.Known || !v.Truthy() || v.From.Path == "" || seen[v.From] {
					continue
				}
				if v.Passed && reportedOnPage(u) {
					continue
				}
				seen[v.From] = true
				msg := rule.Msg{
					Zh: "组件 " + comp.Base + " 的 <" + e.Tag + "> 的 " + a.Name + " 由这里打开（" + u.Page() + " 使用时），进入页面就会自动播放；微信禁止多媒体自动播放：改为 false，由用户点击播放。",
					En: "This turns on the " + a.Name + " of <" + e.Tag + "> in component " + comp.Base + " (as used in " + u.Page() + "), so it plays as soon as the page opens; WeChat forbids autoplaying media. Make it false and let the user start it.",
				}
				var fixes []rule.Fix
				if !v.Passed {
					fixes = append(fixes, removeAutoplayFix(rule.Edit{Span: v.From.Span, NewText: "false"}))
				} else if pa := passedAttr(u, a); pa != nil {
					if sp, ok := attrRemoval(u.Unit.Text, pa); ok {
						fixes = append(fixes, removeAutoplayFix(rule.Edit{Span: sp}))
					}
				}
				c.Report(v.From.Path, v.From.Span, msg, fixes...)
			}
		}
	}
}

// orphanUse: in the recommended profile, a use on a page nothing opens
// shows nothing to anyone.
func orphanUse(c *rule.ProjectContext, u component.Use) (string, bool) {
	if c.Strict || c.Project == nil {
		return "", false
	}
	return c.Project.OrphanPage(u.Page())
}

// reportedOnPage: the using element is itself media-named with autoplay
// on, which autoplayTemplate reports on the page.
func reportedOnPage(u component.Use) bool {
	e := u.Element()
	if !isMediaTag(e.Tag) {
		return false
	}
	a := autoplayAttr(e)
	if a == nil {
		return false
	}
	on, _ := autoplayOn(a)
	return on
}

// passedAttr is the page attribute that sets the property the component's
// attribute a binds ({{autoplay}} → autoplay / auto-play on the page).
func passedAttr(u component.Use, a *template.Attr) *template.Attr {
	if name := boundName(a); name != "" {
		return u.Arg(name)
	}
	return nil
}
