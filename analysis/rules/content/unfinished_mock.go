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
func mockCopies(c *rule.FileContext, t *template.Facts) {
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
	bound := boundElems(t)
	for _, k := range order {
		// the copies: untapped siblings without data whose texts (a name
		// and a price at least) are the same as another's
		byText := map[string][]int{}
		var texts []string
		for _, e := range groups[k] {
			if showsData(t, e) || hiddenStatically(t, e) || t.Elements[e].Attr("slot") != nil || tapped(t, e, bound) {
				continue
			}
			rs := t.ElementText(e)
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
			runs := t.ElementText(copies[0])
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

// tapped: a tap binding or a navigator on e, above or inside it.
func tapped(t *template.Facts, e int, bound map[int]bool) bool {
	hit := func(i int) bool {
		return bound[i] || t.Elements[i].Tag == "navigator" && t.Elements[i].Attr("url") != nil
	}
	if hit(e) {
		return true
	}
	for _, a := range t.Ancestors(e) {
		if hit(a) {
			return true
		}
	}
	for i := e + 1; i < len(t.Elements); i++ {
		if descends(t, i, e) && hit(i) {
			return true
		}
	}
	return false
}

func joinRuns(rs []template.TextRun) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(strings.TrimSpace(r.Text))
		b.WriteByte('|')
	}
	return b.String()
}
