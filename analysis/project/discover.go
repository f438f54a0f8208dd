package project

import (
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"mpls/analysis/jsonv"
)

// Discover finds the mini-programs under workspaceRoot and loads each: a
// developer-tools project file (project.config.json and the other
// platforms' ones) names its root through miniprogramRoot (default: its own
// folder); an app.json or game.json no project file claims is a root of its
// own. A workspace may hold several (apps/a, apps/b). Symlinks are
// followed only within the workspace, and loops end. Node modules, build
// output, hidden folders and the ignore globs are not searched.
func Discover(workspaceRoot string, opts Options) ([]*Project, error) {
	ws, err := filepath.Abs(workspaceRoot)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(ws)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		ws = filepath.Dir(ws)
	}
	w, err := newWalker(ws)
	if err != nil {
		return nil, err
	}
	var ignore []ignoreEntry
	for _, g := range opts.Ignore {
		ignore = append(ignore, ignoreEntry{pattern: g, bases: []string{ws}})
	}
	if c, _ := readConfigFile(filepath.Join(ws, ConfigFileName), opts); c != nil {
		for _, g := range c.Config.Ignore {
			ignore = append(ignore, ignoreEntry{pattern: g, bases: []string{ws}})
		}
	}
	ign := newMatcher(ws, ignore)

	type found struct {
		dir        string // abs
		projFile   string // name of the project file, or ""
		app, game  bool
		miniRoot   string // miniprogramRoot as written
		compileTyp string
	}
	var dirs []*found
	w.skipDir = func(rel, name string) bool {
		return skippedDirs[name] || strings.HasPrefix(name, ".") || ign.ignored(rel, true)
	}
	w.dir = func(abs, rel string, entries []os.DirEntry) bool {
		f := &found{dir: abs}
		for _, e := range entries {
			switch e.Name() {
			case "app.json":
				f.app = true
			case "game.json":
				f.game = true
			}
		}
		for _, n := range projectFiles {
			for _, e := range entries {
				if e.Name() == n && f.projFile == "" {
					f.projFile = n
				}
			}
		}
		if f.projFile != "" {
			if src, err := opts.read(filepath.Join(abs, f.projFile)); err == nil {
				v, _ := jsonv.ParseBytes(src)
				f.miniRoot, _ = v.Get("miniprogramRoot").AsString()
				f.compileTyp, _ = v.Get("compileType").AsString()
			}
		}
		if f.app || f.game || f.projFile != "" {
			dirs = append(dirs, f)
		}
		return true
	}
	w.start(ws)

	type cand struct{ root, configDir string }
	var cands []cand
	claimed := map[string]bool{}
	for _, f := range dirs {
		if f.projFile == "" {
			continue
		}
		root := f.dir
		if mr := strings.TrimSpace(f.miniRoot); mr != "" {
			r := filepath.Join(f.dir, filepath.FromSlash(path.Clean(strings.ReplaceAll(mr, "\\", "/"))))
			if real, err := filepath.EvalSymlinks(r); err == nil && w.inside(absOr(real)) {
				root = r
			}
		}
		if !hasAppFile(root) {
			if !hasAppFile(f.dir) {
				continue
			}
			root = f.dir
		}
		if claimed[root] {
			continue
		}
		claimed[root] = true
		cands = append(cands, cand{root, f.dir})
	}
	for _, f := range dirs {
		if (f.app || f.game) && !claimed[f.dir] {
			claimed[f.dir] = true
			cands = append(cands, cand{f.dir, ""})
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].root < cands[j].root })
	out := make([]*Project, 0, len(cands))
	for _, c := range cands {
		out = append(out, load(c.root, ws, c.configDir, opts))
	}
	return out, nil
}

func hasAppFile(dir string) bool {
	return fileExists(filepath.Join(dir, "app.json")) || fileExists(filepath.Join(dir, "game.json"))
}

func absOr(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// FindRoot returns the mini-program root that holds the file or folder at
// abs: the nearest folder upwards, up to workspace, with app.json or
// game.json; "" if none.
func FindRoot(abs, workspace string) string {
	dir := abs
	if st, err := os.Stat(abs); err == nil && !st.IsDir() {
		dir = filepath.Dir(abs)
	}
	for {
		if hasAppFile(dir) {
			return dir
		}
		if dir == workspace || dir == filepath.Dir(dir) {
			return ""
		}
		dir = filepath.Dir(dir)
	}
}
