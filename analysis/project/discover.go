package project

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Discover finds the mini-programs under workspaceRoot and loads each: a
// developer-tools project file (project.config.json and the other
// platforms' ones) names its root through miniprogramRoot (default: its own
// folder), or srcMiniprogramRoot when a build step compiles that into
// miniprogramRoot (root.go); an app.json or game.json no project file
// claims is a root of its own. A workspace may hold several (apps/a,
// apps/b). Symlinks are followed only within the workspace, and loops end.
// Node modules, build output (a compiled copy included), vendored
// libraries, hidden folders and the ignore globs are not searched.
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
		dir      string // abs
		projFile string // name of the project file, or ""
		app      bool
	}
	var dirs []*found
	w.skipDir = func(rel, name string) bool {
		if skippedDirs[name] || strings.HasPrefix(name, ".") || ign.ignored(rel, true) {
			return true
		}
		// Build output and vendored libraries hold copies of an app.json
		// (a compiled copy, a library's demo): not projects of their own.
		return isBuildDirName(name) || vendoredDir(filepath.Join(ws, filepath.FromSlash(rel)), name) != ""
	}
	w.dir = func(abs, rel string, entries []os.DirEntry) bool {
		f := &found{dir: abs}
		for _, e := range entries {
			switch e.Name() {
			case "app.json", "game.json":
				f.app = true
			}
		}
		for _, n := range projectFiles {
			for _, e := range entries {
				if e.Name() == n && f.projFile == "" {
					f.projFile = n
				}
			}
		}
		if f.app || f.projFile != "" {
			dirs = append(dirs, f)
		}
		return true
	}
	w.start(ws)

	type cand struct{ root, configDir, copyDir string }
	var cands []cand
	claimed := map[string]bool{}
	var copies []string // compiled copies of a srcMiniprogramRoot
	for _, f := range dirs {
		if f.projFile == "" {
			continue
		}
		root, copyDir := chooseRoot(f.dir, readRootFields(f.dir, opts), func(abs string) bool { return w.inside(abs) })
		if root == "" {
			continue
		}
		if copyDir != "" {
			copies = append(copies, copyDir)
		}
		if claimed[root] {
			continue
		}
		claimed[root] = true
		cands = append(cands, cand{root, f.dir, copyDir})
	}
	for _, f := range dirs {
		if f.app && !claimed[f.dir] {
			claimed[f.dir] = true
			cands = append(cands, cand{f.dir, "", ""})
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].root < cands[j].root })
	out := make([]*Project, 0, len(cands))
	for _, c := range cands {
		if inAny(c.root, copies) {
			continue // the compiled copy, found by its own app.json or project file
		}
		p := load(c.root, ws, c.configDir, opts)
		if c.copyDir != "" {
			if rel, ok := p.Rel(c.copyDir); ok && rel != "." {
				p.skips.buildDirs = []string{rel}
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// inAny reports whether abs is one of dirs or inside one.
func inAny(abs string, dirs []string) bool {
	for _, d := range dirs {
		if within(abs, d) {
			return true
		}
	}
	return false
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
