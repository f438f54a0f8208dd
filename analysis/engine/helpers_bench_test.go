package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/source"
	"mpls/analysis/text"
	"mpls/internal/projgen"
)

// helperModules writes five helper modules (utils/m0.js … m4.js, each a
// mix of exported functions, one of them calling a privacy API) and a page
// that requires all five and calls them from its lifecycles and its tap
// handlers, into a generated project of about 300 files.
func helperModules(b *testing.B) (dir, page string) {
	dir = b.TempDir()
	if err := projgen.Project(dir, 300); err != nil {
		b.Fatal(err)
	}
	var app strings.Builder
	for m := 0; m < 5; m++ {
		var s strings.Builder
		s.WriteString("const base = 'https://api.example.com'\n")
		for f := 0; f < 40; f++ {
			fmt.Fprintf(&s, "function h%d_%d(opts) {\n  return new Promise((resolve, reject) => {\n", m, f)
			if f == 7 {
				s.WriteString("    wx.getLocation({ type: 'gcj02', success: resolve, fail: reject })\n")
			} else {
				fmt.Fprintf(&s, "    wx.request({ url: base + '/m%d/%d', data: opts, success: (res) => resolve(res.data), fail: reject })\n", m, f)
			}
			s.WriteString("  })\n}\n")
		}
		s.WriteString("module.exports = {\n")
		for f := 0; f < 40; f++ {
			fmt.Fprintf(&s, "  h%d_%d,\n", m, f)
		}
		s.WriteString("}\n")
		write(b, dir, fmt.Sprintf("utils/m%d.js", m), s.String())
	}
	page = "pages/p0/index.js"
	for m := 0; m < 5; m++ {
		fmt.Fprintf(&app, "const m%d = require('../../utils/m%d')\n", m, m)
	}
	app.WriteString("Page({\n  data: { list: [] },\n  onLoad() {\n    m0.h0_1().then((d) => this.setData({ list: d }))\n  },\n  onShow() {\n    m1.h1_2()\n  },\n")
	for i := 0; i < 300; i++ {
		m := i % 5
		fmt.Fprintf(&app, "  onTap%d(e) {\n    m%d.h%d_%d({ id: e.currentTarget.dataset.id }).then((d) => this.setData({ ['item%d']: d }))\n  },\n", i, m, m, i%40, i)
	}
	app.WriteString("})\n")
	write(b, dir, page, app.String())
	return dir, page
}

func write(b *testing.B, dir, rel, s string) {
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkKeystrokeHelperModules types in a page that requires helpers
// from five modules, in a project of about 300 files, and runs what the
// server runs for it: the incremental reparse and the file's facts and
// rules (file-ms: what is published first), then the project rules over
// every unit (project-ms: published after the 40 ms debounce). graph-ms
// is the share of the rules that ask the cross-file call graph
// (prompt-before-authorize, repeated-authorize, forced-on-entry), run by
// themselves on the same units. Medians.
func BenchmarkKeystrokeHelperModules(b *testing.B) {
	dir, page := helperModules(b)
	eng := New(Settings{})
	res, err := eng.CheckPath(dir)
	if err != nil {
		b.Fatal(err)
	}
	pr := res.Projects[0]
	src, err := os.ReadFile(filepath.Join(dir, page))
	if err != nil {
		b.Fatal(err)
	}
	f := source.New(page, parse.ByExt(page), 1, src)
	f.LazyFresh = true
	defer f.Close()
	env := pr.Env
	prev := BuildUnit(f, env.Namespace)
	line := f.Index.LineCount() / 2
	at := text.Position{Line: line, Character: 4}
	next := text.Position{Line: line, Character: 5}
	graphRules := New(Settings{Only: []string{"privacy/prompt-before-authorize", "privacy/repeated-authorize", "login/forced-on-entry"}})
	tf, tp, tg := make([]time.Duration, 0, b.N), make([]time.Duration, 0, b.N), make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := text.Change{Range: &text.Range{Start: at, End: at}, Text: "x"}
		if i%2 == 1 {
			c = text.Change{Range: &text.Range{Start: at, End: next}}
		}
		t0 := time.Now()
		f.Apply(int32(i+2), []text.Change{c})
		e, _, _ := f.TakeEdit()
		prev = Rebuild(f, env.Namespace, prev, e)
		fenv := *env
		fenv.Units = map[string]*rule.Unit{page: prev}
		eng.CheckFile(&fenv, prev)
		pr.Project.ReachChanged(page, prev.Text)
		t1 := time.Now()
		env.Units[page] = prev
		genv := *env
		graphRules.CheckProject(&genv) // first: the graph is cold after the edit
		t2 := time.Now()
		eng.CheckProject(env)
		t3 := time.Now()
		tf, tp, tg = append(tf, t1.Sub(t0)), append(tp, t3.Sub(t2)), append(tg, t2.Sub(t1))
	}
	Release(prev)
	b.ReportMetric(float64(median(tf))/1e6, "file-ms")
	b.ReportMetric(float64(median(tp))/1e6, "project-ms")
	b.ReportMetric(float64(median(tg))/1e6, "graph-ms")
}
