package content

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Mock content shown as real: the same hard-coded card written out two or
// more times side by side (福建平潭岛 ￥564起 three times, two identical
// coupons). A real list comes from data; a copy-pasted card with the same
// name and price is a placeholder the developer meant to replace. Cards
// are sibling elements of the same tag and class holding two or more texts
// (a name and a price), no {{data}} and no tap (a tapped card leads to the
// real item); one finding, on the longest text of the first copy. Slots
// (a sticky header and its copy) are not cards.
func mockCopies(c *rule.FileContext, x *tplIndex) {
	t := x.t
	groups := map[[2]string][]int{}
	var order [][2]string
	for i := range t.Elements {
		el := &t.Elements[i]
		cls := el.Attr("class")
		if cls == nil || !cls.Static() || conditional(el) {
			continue
		}
		k := [2]string{strconv.Itoa(el.Parent), el.Tag + "." + strings.Join(strings.Fields(cls.Value), ".")}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		// the copies: untapped siblings without data whose texts (a name
		// and a price at least) are the same as another's
		byText := map[string][]int{}
		var texts []string
		for _, e := range groups[k] {
			if x.showsData(e) || hiddenStatically(t, e) || t.Elements[e].Attr("slot") != nil || x.tapped(e) {
				continue
			}
			rs := x.texts[e]
			s := joinRuns(rs)
			if len(rs) < 2 || utf8.RuneCountInString(s) < 4+len(rs) {
				continue
			}
			if byText[s] == nil {
				texts = append(texts, s)
			}
			byText[s] = append(byText[s], e)
		}
		for _, s := range texts {
			copies := byText[s]
			if len(copies) < 2 {
				continue
			}
			runs := x.texts[copies[0]]
			best := runs[0]
			for _, r := range runs[1:] {
				if len(strings.TrimSpace(r.Text)) > len(strings.TrimSpace(best.Text)) {
					best = r
				}
			}
			n := strconv.Itoa(len(copies))
			w := strings.Join(strings.Fields(best.Text), " ")
			if r := []rune(w); len(r) > 24 {
				w = string(r[:24]) + "…"
			}
			c.Report(text.Span{Start: best.Span.Start, End: best.Span.End}, rule.Msg{
				Zh: "同一张写死的卡片（" + quote(w) + "）重复出现 " + n + " 次：这是占位的假数据，不是真实内容；提交的版本须是完成品：请从接口读取真实数据，或去掉这一块。",
				En: "The same hard-coded card (\"" + w + "\") appears " + n + " times: placeholder data shown as real content; a submitted build must be finished. Load the real data or remove the block.",
			})
		}
	}
}

func joinRuns(rs []template.TextRun) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(strings.TrimSpace(r.Text))
		b.WriteByte('|')
	}
	return b.String()
}

// stateClasses mark a step of a progress bar as reached.
var stateClasses = map[string]bool{"active": true, "done": true, "finished": true, "completed": true}

// staticProgress reports a progress bar inside a list item (wx:for over
// orders) whose three or more steps are all marked reached in the
// template itself (class="point active" on every step): every order shows
// 已签收 whatever its real state, a placeholder for the real status.
func staticProgress(c *rule.FileContext, x *tplIndex) {
	t := x.t
	steps := map[int][]int{} // parent → steps marked reached, statically
	var parents []int
	for i := range t.Elements {
		el := &t.Elements[i]
		cls := el.Attr("class")
		if cls == nil || !cls.Static() || el.Parent < 0 {
			continue
		}
		reached := false
		for _, f := range strings.Fields(cls.Value) {
			reached = reached || stateClasses[f]
		}
		if !reached || len(x.texts[i]) == 0 {
			continue
		}
		if steps[el.Parent] == nil {
			parents = append(parents, el.Parent)
		}
		steps[el.Parent] = append(steps[el.Parent], i)
	}
	for _, p := range parents {
		g := steps[p]
		if len(g) < 3 || !inList(t, p) {
			continue
		}
		// every sibling that shows a step is reached: none is left to come
		texted := 0
		for i := p + 1; i < x.end[p]; i++ {
			if t.Elements[i].Parent == p && len(x.texts[i]) > 0 {
				texted++
			}
		}
		if texted != len(g) {
			continue
		}
		r := x.texts[g[0]][0]
		c.Report(r.Span, rule.Msg{
			Zh: "列表里每一项的进度都写死为全部完成（" + quote(strings.TrimSpace(r.Text)) + "…都标记为已到达），与实际状态无关：这是占位的假状态，请按数据显示真实进度。",
			En: "Every item of the list shows all progress steps as reached (\"" + strings.TrimSpace(r.Text) + "\"… all marked active in the template), whatever the real state: a placeholder status. Show the real progress from the data.",
		})
	}
}

// inList: e or an ancestor repeats over a list (wx:for, a:for, tt:for, s-for).
func inList(t *template.Facts, e int) bool {
	for ; e >= 0; e = t.Elements[e].Parent {
		for _, a := range t.Elements[e].Attrs {
			if i := strings.IndexAny(a.Name, ":-"); i >= 0 && a.Name[i+1:] == "for" {
				return true
			}
		}
	}
	return false
}
