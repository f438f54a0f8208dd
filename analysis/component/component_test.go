package component_test

import (
	"os"
	"path/filepath"
	"testing"

	"mpls/analysis/component"
	"mpls/analysis/engine"
	"mpls/analysis/rule"
)

// load writes a project and returns its environment with every unit.
func load(t *testing.T, files map[string]string) *rule.Env {
	t.Helper()
	dir := t.TempDir()
	for rel, s := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := engine.New(engine.Settings{}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	return res.Projects[0].Env
}

func TestUsesAndValues(t *testing.T) {
	env := load(t, map[string]string{
		"app.json":                    `{"pages": ["pages/a/a", "pages/b/b"], "usingComponents": {"sheet": "/components/sheet/index"}}`,
		"components/btn/index.json":   `{"component": true}`,
		"components/btn/index.js":     "Component({ properties: { label: { type: String, value: '确定' }, kind: String } })",
		"components/btn/index.wxml":   `<button open-type="{{kind}}">{{ label || '好' }}</button>`,
		"components/sheet/index.json": `{"component": true, "usingComponents": {"my-btn": "/components/btn/index"}}`,
		"components/sheet/index.js":   "Component({ properties: { title: String } })",
		"components/sheet/index.wxml": `<view><my-btn label="{{title}}" kind="getPhoneNumber" /></view>`,
		"pages/a/a.json":              `{"usingComponents": {"my-btn": "/components/btn/index"}}`,
		"pages/a/a.js":                "Page({ data: { text: '下一步', busy: '' }, go() { this.setData({ busy: 'x' }) } })",
		"pages/a/a.wxml":              `<my-btn label="立即登录" /><my-btn /><my-btn label="{{text}}" /><my-btn label="{{busy}}" /><sheet title="去授权" />`,
		"pages/b/b.js":                "Page({})",
		"pages/b/b.wxml":              `<sheet />`,
	})
	m := component.Build(env)
	uses := m.Uses("components/btn/index")
	got := map[string]string{}
	for _, u := range uses {
		v, ok := u.Value("label")
		if !ok {
			t.Fatalf("label is a property")
		}
		text := "?"
		if v.Known {
			text = v.Text()
		}
		src := env.Units[v.From.Path]
		at := ""
		if src != nil && v.From.Span.End <= len(src.Text) {
			at = v.From.Path + ":" + string(src.Text[v.From.Span.Start:v.From.Span.End])
		}
		got[u.Page()+" "+text] = at
	}
	want := map[string]string{
		"pages/a/a.wxml 立即登录": "pages/a/a.wxml:立即登录",               // passed as written
		"pages/a/a.wxml 确定":   "components/btn/index.js:确定",        // the default
		"pages/a/a.wxml 下一步":  "pages/a/a.js:下一步",                  // the page's fixed data
		"pages/a/a.wxml ?":    "",                                  // data the page changes
		"pages/a/a.wxml 去授权":  "pages/a/a.wxml:去授权",                // through the sheet
		"pages/b/b.wxml ":     "components/sheet/index.wxml:title", // the sheet's title, empty by type, passed on there
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%s: got %q (present %v), want %q", k, g, ok, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("uses %v", got)
	}
	// the template's expression, per use: an empty label falls back to '好'
	comp := m.Components["components/btn/index"]
	in := comp.Template.Template.Interps[len(comp.Template.Template.Interps)-1]
	for _, u := range uses {
		if u.Page() == "pages/b/b.wxml" {
			if v := u.Eval(in); !v.Known || v.Text() != "好" || v.From.Path != "components/btn/index.wxml" {
				t.Errorf("fallback label %+v", v)
			}
		}
	}
	if r := component.Resolve(env.Project, "pages/a/a.wxml", "my-btn"); r != "components/btn/index" {
		t.Errorf("Resolve = %q", r)
	}
	if r := component.Resolve(env.Project, "pages/a/a.wxml", "view"); r != "" {
		t.Errorf("Resolve(view) = %q", r)
	}
}
