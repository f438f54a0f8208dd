// Package privacydecl derives a mini-program's privacy declaration (微信
// 用户隐私保护指引; 抖音 用户隐私保护协议) from its code, and reads the
// declaration the team keeps in the repository (privacy.json at the
// mini-program root, in the shape of WeChat's setprivacysetting payload,
// or the same object under mpls.json's "privacy" key).
//
// Derive is what `mpls privacy` prints and `mpls report` includes; the
// project rules privacy/undeclared-category, privacy/unused-declaration
// and privacy/declared-purpose hold the code to the kept declaration; the
// hover hook (ruledoc.HoverAt) shows a privacy API's category. All of it
// reads the one table in analysis/privacy.
package privacydecl

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/lexicon"
	"mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Declaration is the declaration the code calls for.
type Declaration struct {
	Platform string `json:"platform"`
	// Settings are the categories the code triggers, in the console's
	// order.
	Settings []Setting `json:"settings"`
	// Suggestions are categories only the app's own data reveals (an
	// ID-number field, a publish form …): never declared silently.
	Suggestions []Suggestion `json:"suggestions"`
	// RequiredPrivateInfos is app.json's requiredPrivateInfos picture
	// (WeChat; empty lists elsewhere).
	RequiredPrivateInfos RequiredInfos `json:"requiredPrivateInfos"`
	// Inferred: the category mapping is inferred (Douyin).
	Inferred bool `json:"-"`
	// Project names the mini-program (project.config.json projectname or
	// the root folder's name), for the Markdown title.
	Project string `json:"-"`
}

// Setting is one category to declare.
type Setting struct {
	PrivacyKey string `json:"privacy_key"`
	Label      string `json:"label"`
	// PrivacyText is the purpose drafted from the code, or the table's
	// default when the code says nothing (Draft).
	PrivacyText string `json:"privacy_text"`
	Draft       bool   `json:"draft"`
	// Inferred is set on Douyin, whose API → category mapping is inferred.
	Inferred bool  `json:"inferred,omitempty"`
	Uses     []Use `json:"uses"`
	// From says where PrivacyText came from ("" for the table default).
	From *Source `json:"-"`
}

// Source is where a drafted purpose was read.
type Source struct {
	// Kind is "showModal", "permission" (app.json permission desc) or
	// "button" (the label of the element that starts the call).
	Kind string
	File string
	Span text.Span
	// Range is Span as an LSP range (0-based, UTF-16).
	Range text.Range
	// Text is the text as written there.
	Text string
}

// Use is one place the code triggers a category.
type Use struct {
	File  string     `json:"file"`
	Range text.Range `json:"range"`
	// API is the privacy table's name: "getLocation",
	// "getRecorderManager.start", "<live-pusher>",
	// "open-type=getPhoneNumber", "<input type=nickname>".
	API string `json:"api"`
	// Library: the use is inside miniprogram_npm/ or node_modules/.
	Library bool      `json:"library"`
	Span    text.Span `json:"-"`
}

// Suggestion is a category the app's data reveals.
type Suggestion struct {
	PrivacyKey  string     `json:"privacy_key"`
	Label       string     `json:"label"`
	PrivacyText string     `json:"privacy_text"`
	Evidence    []Evidence `json:"evidence"`
}

// Evidence is one piece of text that reveals a suggested category.
type Evidence struct {
	File  string     `json:"file"`
	Range text.Range `json:"range"`
	Text  string     `json:"text"`
	Span  text.Span  `json:"-"`
}

// RequiredInfos compares what app.json requiredPrivateInfos must list
// with what it lists.
type RequiredInfos struct {
	Needed   []string `json:"needed"`
	Declared []string `json:"declared"`
	Missing  []string `json:"missing"`
	Unused   []string `json:"unused"`
	// Conflict: the fuzzy (getFuzzyLocation) and precise location APIs
	// are both declared, or both needed; they exclude each other.
	Conflict bool `json:"conflict"`
}

// Setting returns the setting of a category key, or nil.
func (d *Declaration) Setting(key string) *Setting {
	for i := range d.Settings {
		if d.Settings[i].PrivacyKey == key {
			return &d.Settings[i]
		}
	}
	return nil
}

// Derive builds the declaration from env: env.Project, env.Platform,
// env.Namespace and env.Units (the project's own files, as the engine
// holds them: engine.Result's ProjectResult.Env after CheckPath, or the
// server's live units). The packages the project ships (miniprogram_npm/,
// node_modules/) are scanned from disk and cached per project.
func Derive(env *rule.Env) *Declaration {
	platform := env.Platform
	if platform == "" {
		platform = rule.WeChat
	}
	d := &Declaration{Platform: platform, Settings: []Setting{}, Suggestions: []Suggestion{}, Inferred: privacy.Douyin(platform)}
	d.Project = projectName(env)
	hits := projectHits(env)
	cats, order := privacy.CategoriesFor(platform)
	byKey := map[string]*Setting{}
	hitsOf := map[string][]*hit{}
	for i := range hits {
		h := &hits[i]
		for _, k := range privacy.KeysOf(h.api, platform, h.scope) {
			c, ok := cats[k]
			if !ok {
				continue
			}
			s := byKey[k]
			if s == nil {
				s = &Setting{PrivacyKey: k, Label: c.Label, Inferred: d.Inferred, Uses: []Use{}}
				byKey[k] = s
			}
			s.Uses = append(s.Uses, Use{File: h.file, Range: h.rng, API: h.api.Name, Library: h.library, Span: h.span})
			hitsOf[k] = append(hitsOf[k], h)
		}
	}
	lex := env.Lexicon
	if lex == nil {
		lex = lexicon.Default()
	}
	taken := map[string]bool{}
	for _, k := range order {
		s := byKey[k]
		if s == nil {
			continue
		}
		for _, src := range candidates(env, hitsOf[k], lex) {
			if !taken[src.purpose] {
				s.PrivacyText, s.From = src.purpose, &src.Source
				break
			}
		}
		if s.From == nil {
			s.PrivacyText, s.Draft = cats[k].Text, true
		}
		taken[s.PrivacyText] = true
		d.Settings = append(d.Settings, *s)
	}
	d.Suggestions = suggest(env, d)
	d.RequiredPrivateInfos = requiredInfos(env, hits)
	return d
}

// projectName is project.config.json's projectname, else the root's name.
func projectName(env *rule.Env) string {
	p := env.Project
	if p == nil {
		return ""
	}
	if pc := p.ProjectConfig; pc != nil {
		if n, ok := pc.Value.Get("projectname").AsString(); ok && strings.TrimSpace(n) != "" {
			return strings.TrimSpace(n)
		}
	}
	return path.Base(strings.ReplaceAll(p.Root, "\\", "/"))
}

// candidate is a drafted purpose and where it came from.
type candidate struct {
	Source
	purpose string
}

// candidates drafts purposes for a category from its uses, best first:
// the content of the showModal that asks before the call, then app.json's
// permission desc for its scope, then the label of the button that starts
// it. Library uses say nothing about the app's purpose.
func candidates(env *rule.Env, hs []*hit, lex *lexicon.Lexicon) []candidate {
	var modal, perm, button []candidate
	seenPerm := map[string]bool{}
	for _, h := range hs {
		if h.library || h.unit == nil {
			continue
		}
		if h.call != nil && h.unit.Script != nil {
			if m, ok := modalContent(h.unit, h); ok {
				if p, ok := Draft(m.Text, lex); ok {
					modal = append(modal, candidate{m, p})
				}
			}
		}
		for _, scope := range descScopes(h, env.Platform) {
			if seenPerm[scope] {
				continue
			}
			seenPerm[scope] = true
			if src, ok := permissionDesc(env, scope); ok {
				if p, ok := Draft(src.Text, lex); ok {
					perm = append(perm, candidate{src, p})
				}
			}
		}
		for _, src := range buttonLabels(env, h) {
			if p, ok := labelPurpose(src.Text, lex); ok {
				button = append(button, candidate{src, p})
			}
		}
	}
	return append(append(modal, perm...), button...)
}

// modalContent finds the showModal that asks before a confirmed call:
// the innermost one whose span holds the call (the call sits in its
// success callback), else, for the awaited form, the nearest one before
// the call in the same function. Its content must be a plain string.
func modalContent(u *rule.Unit, h *hit) (Source, bool) {
	c := h.call
	if !c.Confirmed {
		return Source{}, false
	}
	s := u.Script
	best := -1
	for i := range s.Calls {
		m := &s.Calls[i]
		if m.API != "showModal" || m.Factory != "" || m.Namespace == "" {
			continue
		}
		if m.Span.Start < c.Span.Start && c.Span.End <= m.Span.End && (best < 0 || m.Span.Start > s.Calls[best].Span.Start) {
			best = i
		}
	}
	if best < 0 {
		for i := range s.Calls {
			m := &s.Calls[i]
			if m.API != "showModal" || m.Factory != "" || m.Namespace == "" || m.Func != c.Func || m.Span.End > c.Span.Start {
				continue
			}
			if best < 0 || m.Span.Start > s.Calls[best].Span.Start {
				best = i
			}
		}
	}
	if best < 0 {
		return Source{}, false
	}
	p := s.Calls[best].Options.Get("content")
	if p == nil || !p.IsString {
		return Source{}, false
	}
	sp := p.ValueSpan
	if sp.Len() >= 2 {
		sp = text.Span{Start: sp.Start + 1, End: sp.End - 1}
	}
	return Source{Kind: "showModal", File: u.Path, Span: sp, Range: rangeOf(u, sp), Text: p.String}, true
}

func rangeOf(u *rule.Unit, s text.Span) text.Range {
	if u == nil || u.Index == nil {
		return text.Range{}
	}
	return u.Index.Range(s)
}

// descScopes are the permission scopes whose desc speaks for a use.
func descScopes(h *hit, platform string) []string {
	var out []string
	if h.scope != "" {
		out = append(out, h.scope)
	}
	if sc := privacy.ScopeOn(h.api, platform); sc != "" && sc != h.scope {
		out = append(out, sc)
	}
	if h.api.NeedsDesc && !contains(out, "scope.userLocation") {
		out = append(out, "scope.userLocation")
	}
	return out
}

// permissionDesc reads app.json permission[scope].desc: the open buffer's
// when it is a unit, else the project model's.
func permissionDesc(env *rule.Env, scope string) (Source, bool) {
	if u := env.Units["app.json"]; u != nil && u.JSON.IsObject() {
		v := u.JSON.Path("permission", scope, "desc")
		if !v.IsString() {
			return Source{}, false
		}
		sp := v.ContentSpan()
		return Source{Kind: "permission", File: "app.json", Span: sp, Range: rangeOf(u, sp), Text: v.Str}, true
	}
	if env.Project == nil || env.Project.App == nil {
		return Source{}, false
	}
	p := env.Project.App.PermissionFor(scope)
	if p == nil || !p.HasDesc {
		return Source{}, false
	}
	sp := p.Desc.Span
	if sp.Len() >= 2 {
		sp = text.Span{Start: sp.Start + 1, End: sp.End - 1}
	}
	return Source{Kind: "permission", File: "app.json", Span: sp, Text: p.Desc.Value}, true
}

// buttonLabels are the labels of the elements that start a use: the
// element itself for a component (a phone-number button), or, for a call,
// the elements of the page's template whose event binding names the
// function holding the call.
func buttonLabels(env *rule.Env, h *hit) []Source {
	var out []Source
	if h.elem >= 0 && h.unit.Template != nil {
		if src, ok := elementLabel(h.unit, h.elem); ok {
			out = append(out, src)
		}
		return out
	}
	if h.call == nil || h.call.Func == "" {
		return nil
	}
	for _, tu := range templatesOf(env.Units, h.unit.Path) {
		for _, b := range tu.Template.Bindings {
			if b.Handler != h.call.Func || b.Elem < 0 {
				continue
			}
			if src, ok := elementLabel(tu, b.Elem); ok {
				out = append(out, src)
			}
		}
	}
	return out
}

// elementLabel is the visible text inside an element (its own and its
// descendants', interpolations left out), or its title-like attribute.
func elementLabel(u *rule.Unit, elem int) (Source, bool) {
	t := u.Template
	if elem < 0 || elem >= len(t.Elements) {
		return Source{}, false
	}
	e := &t.Elements[elem]
	var parts []string
	var sp text.Span
	for _, r := range t.Texts {
		if r.Attr != "" || r.Elem < 0 || !within(t, r.Elem, elem) {
			continue
		}
		if len(parts) == 0 {
			sp.Start = r.Span.Start
		}
		sp.End = r.Span.End
		parts = append(parts, r.Text)
	}
	if len(parts) == 0 {
		for _, name := range []string{"text", "title", "label"} {
			if a := e.Attr(name); a != nil && a.Static() && strings.TrimSpace(a.Value) != "" {
				return Source{Kind: "button", File: u.Path, Span: a.ValueSpan, Range: rangeOf(u, a.ValueSpan), Text: a.Value}, true
			}
		}
		return Source{}, false
	}
	label := strings.Join(parts, "")
	return Source{Kind: "button", File: u.Path, Span: sp, Range: rangeOf(u, sp), Text: label}, true
}

// within reports whether element i is elem or lies inside it.
func within(t *template.Facts, i, elem int) bool {
	for n := 0; i >= 0 && i < len(t.Elements) && n < 1000; n++ {
		if i == elem {
			return true
		}
		i = t.Elements[i].Parent
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// requiredInfos compares the requiredPrivateInfos names the code needs
// with app.json's list (WeChat; empty lists on Douyin, which has none).
func requiredInfos(env *rule.Env, hits []hit) RequiredInfos {
	r := RequiredInfos{Needed: []string{}, Declared: []string{}, Missing: []string{}, Unused: []string{}}
	if privacy.Douyin(env.Platform) {
		return r
	}
	need := map[string]bool{}
	for _, h := range hits {
		if h.api.RequiredPrivateInfos {
			need[h.api.Name] = true
		}
	}
	for _, n := range privacy.RequiredPrivateInfosNames {
		if need[n] {
			r.Needed = append(r.Needed, n)
		}
	}
	if u := env.Units["app.json"]; u != nil && u.JSON.IsObject() {
		r.Declared = append(r.Declared, u.JSON.Get("requiredPrivateInfos").Strings()...)
	} else if env.Project != nil && env.Project.App != nil {
		for _, ref := range env.Project.App.RequiredPrivateInfos {
			r.Declared = append(r.Declared, ref.Value)
		}
	}
	declared := map[string]bool{}
	for _, n := range r.Declared {
		declared[n] = true
	}
	for _, n := range r.Needed {
		if !declared[n] {
			r.Missing = append(r.Missing, n)
		}
	}
	seen := map[string]bool{}
	for _, n := range r.Declared {
		if !need[n] && !seen[n] {
			seen[n] = true
			r.Unused = append(r.Unused, n)
		}
	}
	r.Conflict = mixed(r.Declared) || mixed(r.Needed)
	return r
}

// mixed reports whether names hold both the fuzzy and a precise location
// API.
func mixed(names []string) bool {
	fuzzy, precise := false, false
	for _, n := range names {
		if a := privacy.Lookup(n); a != nil {
			fuzzy = fuzzy || a.Fuzzy
			precise = precise || a.Precise
		}
	}
	return fuzzy && precise
}

// sortSuggestions orders suggestions as the console lists categories.
func sortSuggestions(ss []Suggestion, order []string) {
	pos := map[string]int{}
	for i, k := range order {
		pos[k] = i
	}
	sort.SliceStable(ss, func(i, j int) bool { return pos[ss[i].PrivacyKey] < pos[ss[j].PrivacyKey] })
}
