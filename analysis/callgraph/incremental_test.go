package callgraph

import (
	"testing"

	"mpls/analysis/parse"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/source"
)

func unit(t *testing.T, rel, src string) *rule.Unit {
	t.Helper()
	f := source.New(rel, parse.ByExt(rel), 1, []byte(src))
	defer f.Close()
	return &rule.Unit{Path: rel, Text: f.Text, Script: script.Analyze(f.Tree.RootNode(), f.Text, script.Options{})}
}

// An edit re-derives only what went through the edited file: the walk of
// a page whose helpers did not change is kept, one through the edited
// helper is redone.
func TestEditRedoesOnlyWalksThroughTheFile(t *testing.T) {
	env := &rule.Env{Project: project.Loose(t.TempDir(), ""), Units: map[string]*rule.Unit{
		"utils/geo.js":  unit(t, "utils/geo.js", "function locate() { wx.getLocation({}) }\nmodule.exports = { locate }"),
		"utils/text.js": unit(t, "utils/text.js", "function trim(s) { return s.trim() }\nmodule.exports = { trim }"),
		"pages/a/a.js":  unit(t, "pages/a/a.js", "const geo = require('../../utils/geo')\nPage({ onLoad() { geo.locate() } })"),
		"pages/b/b.js":  unit(t, "pages/b/b.js", "const text = require('../../utils/text')\nPage({ onLoad() { text.trim(' x ') } })"),
		"pages/c/c.js":  unit(t, "pages/c/c.js", "Page({ onLoad() { wx.chooseImage({}) } })"),
	}}
	walkOf := func(g *Graph, p string) *walkMemo {
		g.Entries(p)
		n := g.st.nodes[p]
		for k, m := range n.walks {
			if k.fn != 0 {
				return m
			}
		}
		t.Fatalf("no walk of %s's lifecycle", p)
		return nil
	}
	g := For(env)
	a0, b0 := walkOf(g, "pages/a/a.js"), walkOf(g, "pages/b/b.js")
	if len(a0.hits) != 1 || a0.hits[0].Call.API != "getLocation" {
		t.Fatalf("page a reaches %v", a0.hits)
	}

	env.Units["utils/geo.js"] = unit(t, "utils/geo.js", "function locate() { wx.getFuzzyLocation({}) }\nmodule.exports = { locate }")
	g = For(env)
	a1, b1 := walkOf(g, "pages/a/a.js"), walkOf(g, "pages/b/b.js")
	if b1 != b0 {
		t.Error("page b's walk was redone, though nothing it reaches changed")
	}
	if a1 == a0 || len(a1.hits) != 1 || a1.hits[0].Call.API != "getFuzzyLocation" {
		t.Errorf("page a's walk through the edited helper was not redone: %v", a1.hits)
	}
}
