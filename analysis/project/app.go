package project

import (
	"path"
	"strings"

	"mpls/analysis/jsonv"
	"mpls/analysis/text"
)

// App is what app.json (or a mini-game's game.json) declares. Every Ref
// and span points into File.Src. A malformed file gives what could be read;
// its syntax errors are in File.Errors.
type App struct {
	// File is app.json / game.json, nil when missing. File.Value is the
	// raw tree a fix edits.
	File   *JSONFile
	IsGame bool

	// Pages are the full routes, main package first, then each
	// subpackage's pages joined to its root ("pkgA/pages/list/list"); the
	// span is of the page string in the file.
	Pages       []Ref
	Subpackages []Subpackage
	// EntryPage is entryPagePath when set (its span), else the first page.
	EntryPage Ref
	// EntryPageDeclared: entryPagePath is present.
	EntryPageDeclared bool

	TabBar []TabItem
	// Window is the "window" object.
	Window Window

	// Permission is the "permission" object by scope, in file order.
	Permission []Permission
	// RequiredPrivateInfos lists the "requiredPrivateInfos" strings.
	RequiredPrivateInfos []Ref
	// UsePrivacyCheck is "__usePrivacyCheck__" (WeChat) or
	// "usePrivacyCheck" (Douyin) set to true.
	UsePrivacyCheck bool
	UsingComponents []ComponentRef
	Plugins         []Plugin
	// RequiredBackgroundModes lists "requiredBackgroundModes".
	RequiredBackgroundModes []Ref
}

// Window is app.json's "window" object.
type Window struct {
	// NavigationBarTitleText is window.navigationBarTitleText (Alipay:
	// window.defaultTitle), nil if absent.
	NavigationBarTitleText *Ref
	// Value is the raw object, nil if absent.
	Value *jsonv.Value
}

// Subpackage is one entry of subpackages / subPackages.
type Subpackage struct {
	Root        Ref
	Name        string
	Independent bool
	Pages       []Ref // full routes
}

// TabItem is one tabBar item.
type TabItem struct {
	PagePath Ref
	// Text is the label ("text"; Alipay "name"); Value "" if missing.
	Text Ref
}

// Permission is one permission scope and its purpose.
type Permission struct {
	Scope     string
	ScopeSpan text.Span // the key, quotes included
	// Desc is the "desc" string; HasDesc false when absent or not a string.
	Desc    Ref
	HasDesc bool
	// Value is the scope's object (for fixes).
	Value *jsonv.Value
}

// ComponentRef is one usingComponents entry.
type ComponentRef struct {
	Name     string
	NameSpan text.Span
	// Path is the value as written.
	Path Ref
	// Resolved is the component's base path (root-relative, no extension),
	// "" when it is a plugin, a library, or could not be found.
	Resolved string
	Plugin   bool // plugin://…
	// Library: resolved into miniprogram_npm / node_modules.
	Library bool
}

// Plugin is one plugins entry.
type Plugin struct {
	Alias     string
	AliasSpan text.Span
	Provider  Ref
	Version   Ref
}

// Permission returns the scope's permission entry, or nil.
func (a *App) PermissionFor(scope string) *Permission {
	for i := len(a.Permission) - 1; i >= 0; i-- {
		if a.Permission[i].Scope == scope {
			return &a.Permission[i]
		}
	}
	return nil
}

// Root is the app.json object (nil when missing or unparsable).
func (a *App) Root() *jsonv.Value {
	if a == nil || a.File == nil {
		return nil
	}
	return a.File.Value
}

// HasPage reports whether route (with or without a leading slash) is
// declared.
func (a *App) HasPage(route string) bool {
	route = strings.TrimPrefix(route, "/")
	for _, p := range a.Pages {
		if p.Value == route {
			return true
		}
	}
	return false
}

func refOf(v *jsonv.Value) (Ref, bool) {
	s, ok := v.AsString()
	if !ok {
		return Ref{}, false
	}
	return Ref{Value: s, Span: v.Span}, true
}

func refs(v *jsonv.Value) []Ref {
	if !v.IsArray() {
		return nil
	}
	var out []Ref
	for _, it := range v.Items {
		if r, ok := refOf(it); ok {
			out = append(out, r)
		}
	}
	return out
}

// cleanRoute normalises a route: no leading slash or "./", no extension
// problems, slashes only.
func cleanRoute(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\\", "/"))
	s = strings.TrimPrefix(s, "/")
	if s == "" {
		return ""
	}
	return strings.TrimPrefix(path.Clean(s), "./")
}

func parseApp(f *JSONFile, game bool) *App {
	a := &App{File: f, IsGame: game}
	if f == nil || !f.Value.IsObject() {
		return a
	}
	v := f.Value
	for _, r := range refs(v.Get("pages")) {
		r.Value = cleanRoute(r.Value)
		a.Pages = append(a.Pages, r)
	}
	for _, key := range []string{"subpackages", "subPackages"} {
		sp := v.Get(key)
		if !sp.IsArray() {
			continue
		}
		for _, it := range sp.Items {
			root, ok := refOf(it.Get("root"))
			if !ok {
				continue
			}
			s := Subpackage{Root: root}
			s.Name, _ = it.Get("name").AsString()
			s.Independent, _ = it.Get("independent").AsBool()
			base := cleanRoute(root.Value)
			for _, r := range refs(it.Get("pages")) {
				r.Value = cleanRoute(path.Join(base, cleanRoute(r.Value)))
				s.Pages = append(s.Pages, r)
				a.Pages = append(a.Pages, r)
			}
			a.Subpackages = append(a.Subpackages, s)
		}
	}
	if r, ok := refOf(v.Get("entryPagePath")); ok {
		r.Value = cleanRoute(r.Value)
		a.EntryPage = r
		a.EntryPageDeclared = true
	} else if len(a.Pages) > 0 {
		a.EntryPage = a.Pages[0]
	}
	if tb := v.Get("tabBar"); tb.IsObject() {
		list := tb.Get("list")
		if !list.IsArray() {
			list = tb.Get("items") // Alipay
		}
		if list.IsArray() {
			for _, it := range list.Items {
				var ti TabItem
				ti.PagePath, _ = refOf(it.Get("pagePath"))
				ti.PagePath.Value = cleanRoute(ti.PagePath.Value)
				t, ok := refOf(it.Get("text"))
				if !ok {
					t, _ = refOf(it.Get("name"))
				}
				ti.Text = t
				a.TabBar = append(a.TabBar, ti)
			}
		}
	}
	if w := v.Get("window"); w.IsObject() {
		a.Window = Window{NavigationBarTitleText: titleOf(w), Value: w}
	}
	if perm := v.Get("permission"); perm.IsObject() {
		for _, m := range perm.Members {
			p := Permission{Scope: m.Key, ScopeSpan: m.KeySpan, Value: m.Value}
			p.Desc, p.HasDesc = refOf(m.Value.Get("desc"))
			a.Permission = append(a.Permission, p)
		}
	}
	a.RequiredPrivateInfos = refs(v.Get("requiredPrivateInfos"))
	a.RequiredBackgroundModes = refs(v.Get("requiredBackgroundModes"))
	if b, _ := v.Get("__usePrivacyCheck__").AsBool(); b {
		a.UsePrivacyCheck = true
	}
	if b, _ := v.Get("usePrivacyCheck").AsBool(); b {
		a.UsePrivacyCheck = true
	}
	a.UsingComponents = componentRefs(v.Get("usingComponents"))
	if pl := v.Get("plugins"); pl.IsObject() {
		for _, m := range pl.Members {
			p := Plugin{Alias: m.Key, AliasSpan: m.KeySpan}
			p.Provider, _ = refOf(m.Value.Get("provider"))
			p.Version, _ = refOf(m.Value.Get("version"))
			a.Plugins = append(a.Plugins, p)
		}
	}
	return a
}

// titleOf reads a navigation bar title from a window-like object.
func titleOf(w *jsonv.Value) *Ref {
	for _, k := range []string{"navigationBarTitleText", "defaultTitle"} {
		if r, ok := refOf(w.Get(k)); ok {
			return &r
		}
	}
	return nil
}

func componentRefs(v *jsonv.Value) []ComponentRef {
	if !v.IsObject() {
		return nil
	}
	var out []ComponentRef
	for _, m := range v.Members {
		r, ok := refOf(m.Value)
		if !ok {
			continue
		}
		out = append(out, ComponentRef{Name: m.Key, NameSpan: m.KeySpan, Path: r, Plugin: strings.HasPrefix(r.Value, "plugin://") || strings.HasPrefix(r.Value, "plugin-private://")})
	}
	return out
}
