package engine

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mpls/analysis/fix"
	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/source"
)

// FuzzFixesKeepSyntax: on a file that parses cleanly (placed in the
// example project, on every platform), applying any one fix of any finding
// leaves every file it edits parsing cleanly too: a quick fix never
// introduces a syntax error; and a fix of the file alone leaves fewer
// findings of its rule than there were. Seeds are the fix fixtures' own
// files.
func FuzzFixesKeepSyntax(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/rules/*/*/fix-*/pages/*/*")
	more, _ := filepath.Glob("../../testdata/rules/*/*/fix-*/*.js*")
	for _, p := range append(seeds, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		where := 1 // a script
		switch filepath.Ext(p) {
		case ".wxml":
			where = 0
		case ".ttml":
			where = 5
		case ".json":
			where = 2
			if filepath.Base(p) == "app.json" {
				where = 3
			}
		}
		f.Add(uint8(where), uint8(0), string(b))
		f.Add(uint8(where), uint8(1), string(b)) // on Douyin too
	}
	f.Fuzz(func(t *testing.T, where, platform uint8, src string) {
		if len(src) > 4096 {
			t.Skip("input larger than this target explores")
		}
		ex := exampleProject(t)
		path := fuzzPaths[int(where)%len(fuzzPaths)]
		eng := New(Settings{Platform: rule.AllPlatforms[int(platform)%len(rule.AllPlatforms)]})
		env := eng.Env(ex.Project, nil)
		file := source.New(path, parse.ByExt(path), 7, []byte(src))
		u := BuildUnit(file, env.Namespace)
		file.Close()
		if len(u.Syntax) > 0 || u.Skip != "" {
			return // only clean input says something about the fixes
		}
		if u.Lang == parse.Template && (strings.LastIndex(src, "<") > strings.LastIndex(src, ">") ||
			strings.Count(src, "{{") != strings.Count(src, "}}") || strings.Count(src, `"`)%2 != 0 || strings.Count(src, "'")%2 != 0 ||
			len(endTag.FindAllString(src, -1)) != strings.Count(src, "</")) {
			// The template grammar recovers some broken markup without an
			// error node (a start tag cut by the end of the file, a quote
			// or {{ never closed, junk in an end tag): such a text is not
			// clean, only quiet.
			return
		}
		if u.Script != nil && strings.Contains(src, "await") && !strings.Contains(src, "async") {
			// tree-sitter reads `await x` in a function that is not async
			// (a SyntaxError in JavaScript) without an error node
			return
		}
		if u.Template != nil {
			for _, e := range u.Template.Elements {
				seen := map[string]bool{}
				for _, a := range e.Attrs {
					if seen[strings.ToLower(a.Name)] {
						return // a duplicated attribute: invalid markup, read as its first
					}
					seen[strings.ToLower(a.Name)] = true
				}
			}
		}
		units := make(map[string]*rule.Unit, len(ex.Units)+1)
		for k, v := range ex.Units {
			units[k] = v
		}
		units[path] = u
		env.Units = units
		fs := append(eng.CheckFile(env, u), eng.CheckProject(env)...)
		for _, fd := range fs {
			for _, fx := range fd.Fixes {
				byFile := map[string][]rule.Edit{}
				for _, e := range fx.Edits {
					p := e.Path
					if p == "" {
						p = fd.Path
					}
					byFile[p] = append(byFile[p], e)
				}
				for p, es := range byFile {
					un := units[p]
					if un == nil || len(un.Syntax) > 0 || un.Lang == parse.None {
						continue
					}
					out := fix.Apply(un.Text, es)
					nf := source.New(p, un.Lang, 8, out)
					nu := BuildUnit(nf, env.Namespace)
					nf.Close()
					if len(nu.Syntax) > 0 {
						t.Fatalf("%s's fix %q breaks the syntax of %s\nbefore:\n%s\nafter:\n%s", fd.Rule, fx.Title.En, p, un.Text, out)
					}
					if p == path && len(byFile) == 1 {
						// and the fix takes its finding away
						units[path] = nu
						env.Units = units
						after := append(eng.CheckFile(env, nu), eng.CheckProject(env)...)
						units[path] = u
						if count(after, fd.Rule) >= count(fs, fd.Rule) {
							t.Fatalf("%s's fix %q leaves as many %s findings\nbefore:\n%s\nafter:\n%s", fd.Rule, fx.Title.En, fd.Rule, un.Text, out)
						}
					}
					Release(nu)
				}
			}
		}
	})
}

func count(fs []rule.Finding, id string) int {
	n := 0
	for _, f := range fs {
		if f.Rule == id {
			n++
		}
	}
	return n
}

// endTag is a well-formed end tag.
var endTag = regexp.MustCompile(`</[A-Za-z0-9_:.-]+\s*>`)
