package project

import (
	"path"
	"path/filepath"
	"strings"

	"mpls/analysis/jsonv"
)

// Where a developer-tools project file puts the mini-program. WeChat's,
// QQ's and Douyin's project.config.json and Alipay's mini.project.json
// name it with miniprogramRoot (the folder of app.json, default the
// project file's own). WeChat's also has srcMiniprogramRoot: the sources,
// when a build step (TypeScript, a bundler) writes miniprogramRoot from
// them. Then the sources are what the developer edits and what mpls
// reads, and the compiled copy is build output.

// rootFields are a project file's root settings, as written.
type rootFields struct {
	mini, src string
}

// readRootFields reads miniprogramRoot and srcMiniprogramRoot from the
// project files in dir (the first that sets each, in projectFiles order).
func readRootFields(dir string, opts Options) rootFields {
	var rf rootFields
	for _, n := range projectFiles {
		abs := filepath.Join(dir, n)
		if !fileExists(abs) {
			continue
		}
		src, err := opts.read(abs)
		if err != nil {
			continue
		}
		v, _ := jsonv.ParseBytes(src)
		if s, ok := v.Get("miniprogramRoot").AsString(); ok && rf.mini == "" {
			rf.mini = strings.TrimSpace(s)
		}
		if s, ok := v.Get("srcMiniprogramRoot").AsString(); ok && rf.src == "" {
			rf.src = strings.TrimSpace(s)
		}
	}
	return rf
}

// chooseRoot decides the folder to analyse for the project file in dir:
// srcMiniprogramRoot when it holds app.json and differs from
// miniprogramRoot (which is then the compiled copy, copyDir); else
// miniprogramRoot when it holds app.json; else srcMiniprogramRoot; else
// dir itself. A root outside the workspace (inside reports) is ignored.
// root is "" when none of them holds app.json or game.json.
func chooseRoot(dir string, rf rootFields, inside func(abs string) bool) (root, copyDir string) {
	resolve := func(v string) string {
		if v == "" {
			return ""
		}
		r := filepath.Join(dir, filepath.FromSlash(path.Clean(strings.ReplaceAll(v, "\\", "/"))))
		real, err := filepath.EvalSymlinks(r)
		if err != nil || !inside(absOr(real)) {
			return ""
		}
		return r
	}
	mini, src := resolve(rf.mini), resolve(rf.src)
	if mini == "" && rf.mini == "" {
		mini = dir
	}
	switch {
	case src != "" && src != mini && hasAppFile(src):
		if mini != "" && mini != dir {
			copyDir = mini
		}
		return src, copyDir
	case mini != "" && hasAppFile(mini):
		return mini, ""
	case src != "" && hasAppFile(src):
		return src, ""
	case hasAppFile(dir):
		return dir, ""
	}
	return "", ""
}
