package behavior

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// hasOpenType reports whether element e's open-type lists kind ("share",
// "contact"). Any element counts: component libraries forward open-type.
func hasOpenType(e *template.Element, kind string) bool {
	a := e.Attr("open-type")
	if a == nil {
		return false
	}
	for _, part := range strings.Split(a.Literal(), "|") {
		if strings.TrimSpace(part) == kind {
			return true
		}
	}
	return false
}

// labelRuns are the visible text runs that label element idx: its text,
// or its text/title attribute (<van-button text="…">).
func labelRuns(t *template.Facts, idx int) []template.TextRun {
	runs := t.ElementText(idx)
	for _, r := range t.Texts {
		if r.Elem == idx && r.Attr != "" && (strings.EqualFold(r.Attr, "text") || strings.EqualFold(r.Attr, "title")) {
			runs = append(runs, r)
		}
	}
	return runs
}

// overlaps reports whether s overlaps any span in list.
func overlaps(s text.Span, list []text.Span) bool {
	for _, o := range list {
		if s.Start < o.End && o.Start < s.End {
			return true
		}
	}
	return false
}

// quote wraps a word in Chinese quotation marks.
func quote(s string) string { return "“" + s + "”" }

// apiName is how messages name a platform call: "wx.navigateToMiniProgram".
func apiName(ns, api string) string {
	if ns == "" {
		return api
	}
	return ns + "." + api
}

// platformNS is the call's namespace, or the project's for uni/Taro.
func platformNS(c *rule.FileContext, ns string) string {
	if ns == "" || ns == "uni" || ns == "Taro" {
		return c.Namespace
	}
	return ns
}
