package login

import (
	"sort"
	"strings"

	"mpls/analysis/component"
	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// checkPhoneComponents judges the phone buttons of custom components whose
// label or open-type a property decides (`<button open-type="getPhoneNumber">
// {{ btnTitle || '立即绑定' }}</button>`, btnTitle with a default, set by
// the page as btn-title="一键登录"): for every element that uses the
// component, the label the user sees there. The finding goes where the
// developer fixes it: the page's attribute when the page passes the text,
// else the component's default (the property's value, or the literal of
// the template that stands in for an empty property), reported once.
// Buttons whose open-type and label are literal are the file rule's.
func checkPhoneComponents(c *rule.ProjectContext) {
	m := component.Build(c.Env)
	seen := map[component.Origin]bool{}
	good := GoodPhoneLabel(c.Platform)
	for _, comp := range m.Sorted() {
		if comp.Template == nil || len(comp.Props) == 0 {
			continue
		}
		uses := shownUses(c, m.Uses(comp.Base))
		t := comp.Template.Template
		for i := range t.Elements {
			e := &t.Elements[i]
			ot := e.Attr("open-type")
			if ot == nil || ot.Static() && !IsPhoneButton(e) {
				continue
			}
			content := labelParts(t, i)
			if IsPhoneButton(e) && hasLiteral(content) || len(content) == 0 {
				continue // the file rule judges a written label
			}
			type place struct {
				lbl   string
				pages []string
			}
			found := map[component.Origin]*place{}
			var order []component.Origin
			for _, u := range uses {
				if ut := u.Unit.Template; IsPhoneButton(u.Element()) && hasLiteral(labelParts(ut, u.Elem)) {
					continue // the page's element is a phone button with a written label: the file rule's
				}
				if v := u.Attr(ot); !v.Known || !phoneOpenType(v.Text()) {
					continue
				}
				lbl, from, ok := labelFor(u, content)
				if !ok || !badLabel(c.Env, lbl) || from.Path == "" {
					continue
				}
				p := found[from]
				if p == nil {
					p = &place{lbl: lbl}
					found[from] = p
					order = append(order, from)
				}
				if pg := u.Page(); len(p.pages) == 0 || p.pages[len(p.pages)-1] != pg {
					p.pages = append(p.pages, pg)
				}
			}
			for _, from := range order {
				if seen[from] {
					continue
				}
				seen[from] = true
				p := found[from]
				where := strings.Join(p.pages, ", ")
				if other := otherAction(p.lbl); other != "" {
					c.Report(from.Path, from.Span, rule.Msg{
						Zh: "组件 " + comp.Base + " 的手机号授权按钮在 " + where + " 显示“" + p.lbl + "”，说的是另一件事（" + other + "），用户点它却会被要求授权手机号：在文案里写明会授权手机号，或先用单独的“" + good + "”按钮取得手机号。",
						En: "The phone-number button of component " + comp.Base + " shows \"" + p.lbl + "\" in " + where + ", which names another action (" + other + ") yet asks for the phone number. Say on the button that it authorizes the phone number, or get the number first with a separate \"" + good + "\" button.",
					})
					continue
				}
				c.Report(from.Path, from.Span, rule.Msg{
					Zh: "组件 " + comp.Base + " 的手机号授权按钮在 " + where + " 显示“" + p.lbl + "”，没有告诉用户会授权手机号，审核会驳回：改为“" + good + "”。",
					En: "The phone-number button of component " + comp.Base + " shows \"" + p.lbl + "\" in " + where + ", which does not tell users it authorizes their phone number; reviewers reject it. Use \"" + good + "\".",
				}, rule.Fix{
					Title:     rule.Msg{Zh: "将按钮文案改为“" + good + "”", En: "Rename button to " + good},
					Edits:     []rule.Edit{{Span: from.Span, NewText: good}},
					Preferred: true,
				})
			}
		}
	}
}

// shownUses leaves out, in the recommended profile, uses on pages nothing
// opens: no user sees those buttons.
func shownUses(c *rule.ProjectContext, uses []component.Use) []component.Use {
	if c.Strict || c.Project == nil {
		return uses
	}
	var out []component.Use
	for _, u := range uses {
		if _, orphan := c.Project.OrphanPage(u.Page()); !orphan {
			out = append(out, u)
		}
	}
	return out
}

func phoneOpenType(v string) bool {
	for _, part := range strings.Split(v, "|") {
		switch strings.TrimSpace(part) {
		case "getPhoneNumber", "getRealtimePhoneNumber":
			return true
		}
	}
	return false
}

// part is a piece of a button's label: literal text or a {{ }}.
type part struct {
	run    *template.TextRun
	interp *template.Interp
	at     int
}

// labelParts are the text runs and {{ }} inside element i, in order (the
// text attribute of a van-button-like wrapper when it has no content).
func labelParts(t *template.Facts, i int) []part {
	e := &t.Elements[i]
	var out []part
	runs := t.ElementText(i)
	for k := range runs {
		out = append(out, part{run: &runs[k], at: runs[k].Span.Start})
	}
	for _, in := range contentInterps(t, e) {
		in := in
		out = append(out, part{interp: &in, at: in.Span.Start})
	}
	if len(out) == 0 {
		if a := e.Attr("text"); a != nil {
			for k := range t.Texts {
				if r := t.Texts[k]; r.Elem == i && r.Attr == a.Name {
					out = append(out, part{run: &t.Texts[k], at: r.Span.Start})
				}
			}
			for k := range a.Interps {
				out = append(out, part{interp: &a.Interps[k], at: a.Interps[k].Span.Start})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].at < out[b].at })
	return out
}

func hasLiteral(ps []part) bool {
	for _, p := range ps {
		if p.run != nil && strings.TrimSpace(p.run.Text) != "" {
			return true
		}
	}
	return false
}

// labelFor is the label a use shows, and where its text is decided: the
// part a page passes, else the first literal that supplied text.
func labelFor(u component.Use, ps []part) (string, component.Origin, bool) {
	var b strings.Builder
	var from, passed component.Origin
	for _, p := range ps {
		if p.run != nil {
			b.WriteString(template.Decode(p.run.Text))
			continue
		}
		v := u.Eval(*p.interp)
		if !v.Known {
			return "", component.Origin{}, false
		}
		b.WriteString(v.Text())
		if v.Text() == "" {
			continue
		}
		if v.Passed && passed.Path == "" {
			passed = v.From
		}
		if from.Path == "" {
			from = v.From
		}
	}
	if passed.Path != "" {
		from = passed
	}
	lbl := strings.TrimSpace(b.String())
	return lbl, from, lbl != ""
}
