package report

import (
	"sort"
	"strings"

	"mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
)

// ---- 1. 隐私信息 ----

// categoryOrder orders categories as the privacy table lists them.
var categoryOrder = func() map[string]int {
	m := map[string]int{}
	for _, a := range privacy.APIs {
		for _, c := range []string{a.Category, a.Category2} {
			if _, ok := m[c]; !ok && c != "" {
				m[c] = len(m)
			}
		}
	}
	return m
}()

// privacy lists the privacy categories the code touches (the privacy
// table over every call and every template element), with where.
func (s *scan) privacy() []PrivacyUse {
	douyin := s.pr.Env != nil && s.pr.Env.Platform == rule.Douyin
	byCat := map[string]*PrivacyUse{}
	add := func(cat, scope string, p Place) {
		if cat == "" {
			return
		}
		u := byCat[cat]
		if u == nil {
			label := cat
			if c, ok := privacy.Categories[cat]; ok {
				label = c.Label
			}
			u = &PrivacyUse{Category: cat, Label: label, Scopes: []string{}}
			byCat[cat] = u
		}
		if scope != "" && !contains(u.Scopes, scope) {
			u.Scopes = append(u.Scopes, scope)
		}
		u.Uses = append(u.Uses, p)
	}
	scopeOf := func(a *privacy.API) string {
		if douyin && a.DouyinScope != "" {
			return a.DouyinScope
		}
		return a.Scope
	}
	s.platformCalls(func(path string, c *script.Call) {
		a := lookupCall(c)
		if a == nil {
			return
		}
		if a.Name == "authorize" {
			if sc := optionText(c, "scope"); sc != "" {
				add(privacy.ScopeCategory[sc], sc, s.at(path, c.NameSpan, callName(c)+"（"+sc+"）"))
			}
			return
		}
		p := s.at(path, c.NameSpan, callName(c))
		add(a.Category, scopeOf(a), p)
		add(a.Category2, "", p)
	})
	s.elements(func(path string, t *template.Facts, i int) {
		e := &t.Elements[i]
		var hits []*privacy.API
		var whats []string
		if a := privacy.Lookup("<" + e.Tag + ">"); a != nil {
			hits, whats = append(hits, a), append(whats, "<"+e.Tag+">")
		}
		if ot := e.Attr("open-type"); ot != nil {
			for _, v := range strings.Split(ot.Literal(), "|") {
				v = strings.TrimSpace(v)
				if a := privacy.Lookup("open-type=" + v); a != nil {
					hits, whats = append(hits, a), append(whats, "<"+e.Tag+` open-type="`+v+`">`)
				}
			}
		}
		if tp := e.Attr("type"); tp != nil && e.Tag == "input" && tp.Literal() == "nickname" {
			if a := privacy.Lookup("<input type=nickname>"); a != nil {
				hits, whats = append(hits, a), append(whats, `<input type="nickname">`)
			}
		}
		for k, a := range hits {
			p := s.at(path, e.TagSpan, whats[k])
			add(a.Category, scopeOf(a), p)
			add(a.Category2, "", p)
		}
	})
	out := make([]PrivacyUse, 0, len(byCat))
	for _, u := range byCat {
		out = append(out, *u)
	}
	sort.Slice(out, func(i, j int) bool { return categoryOrder[out[i].Category] < categoryOrder[out[j].Category] })
	return out
}

// lookupCall finds a call in the privacy table: the API itself, or a
// method on a platform object ("getRecorderManager.start",
// "MapContext.moveToLocation" for createMapContext).
func lookupCall(c *script.Call) *privacy.API {
	if c.Factory == "" {
		return privacy.Lookup(c.API)
	}
	if a := privacy.Lookup(c.Factory + "." + c.API); a != nil {
		return a
	}
	return privacy.Lookup(strings.TrimPrefix(c.Factory, "create") + "." + c.API)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
