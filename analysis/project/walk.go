package project

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// skippedDirs are package folders, never the project's own code, left out
// without a word (the privacy scan reads them as libraries).
var skippedDirs = map[string]bool{
	"node_modules":    true,
	"miniprogram_npm": true,
	"__MACOSX":        true, // a zip made on a Mac: its metadata, never code
}

// appleDouble reports a macOS metadata file ("._app.js" beside app.js on a
// disk or in a zip that is not a Mac's): binary, never the app's code.
func appleDouble(name string) bool { return strings.HasPrefix(name, "._") }

// maxWalkDepth bounds how deep discovery and listing go.
const maxWalkDepth = 32

// walker walks a folder tree without leaving boundary (a real path).
// Symlinks to files inside it are listed; symlinks that lead outside it,
// dangle or loop are reported and not followed; symlinks to folders inside
// it are not followed either, as the walk reaches those folders by their
// real path. Each real folder is entered once.
type walker struct {
	boundary string
	visited  map[string]bool
	// dir is called for each folder (rel "" for the start) with its
	// entries; it returns false to leave the folder out (its files and
	// sub-folders).
	dir func(abs, rel string, entries []os.DirEntry) bool
	// skipDir is called for each sub-folder before entering it.
	skipDir func(rel, name string) bool
	// file is called for each regular file (or symlink to one).
	file func(abs, rel string, info os.FileInfo)
	// skip reports a path left out for a reason worth telling, in
	// Chinese and English.
	skip func(abs, rel string, dir bool, zh, en string)
}

func newWalker(boundary string) (*walker, error) {
	real, err := filepath.EvalSymlinks(boundary)
	if err != nil {
		return nil, err
	}
	real, err = filepath.Abs(real)
	if err != nil {
		return nil, err
	}
	return &walker{boundary: real, visited: map[string]bool{}}, nil
}

// inside reports whether the real path p is the boundary or under it.
func (w *walker) inside(p string) bool {
	if p == w.boundary {
		return true
	}
	b := w.boundary
	if !strings.HasSuffix(b, string(filepath.Separator)) {
		b += string(filepath.Separator)
	}
	return strings.HasPrefix(p, b)
}

// walk walks the folder abs (shown as rel) whose real path is real.
func (w *walker) walk(abs, real, rel string, depth int) {
	if depth > maxWalkDepth || w.visited[real] {
		return
	}
	w.visited[real] = true
	entries, err := os.ReadDir(abs)
	if err != nil {
		if w.skip != nil && rel != "" {
			w.skip(abs, rel, true, "无法读取文件夹："+err.Error(), "cannot read folder: "+err.Error())
		}
		return
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	if w.dir != nil && !w.dir(abs, rel, entries) {
		return
	}
	for _, e := range entries {
		name := e.Name()
		cabs := filepath.Join(abs, name)
		crel := name
		if rel != "" {
			crel = rel + "/" + name
		}
		creal := filepath.Join(real, name)
		mode := e.Type()
		var info os.FileInfo
		if mode&os.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(cabs)
			if err != nil {
				if w.skip != nil {
					w.skip(cabs, crel, false, "符号链接失效或成环，未跟随", "broken or looping symbolic link: not followed")
				}
				continue
			}
			if !filepath.IsAbs(target) {
				target, _ = filepath.Abs(target)
			}
			if !w.inside(target) {
				if w.skip != nil {
					w.skip(cabs, crel, false, "符号链接指向 "+target+"，在 "+w.boundary+" 之外，未跟随", "symbolic link to "+target+", outside "+w.boundary+": not followed")
				}
				continue
			}
			st, err := os.Stat(target)
			if err != nil {
				continue
			}
			if st.IsDir() {
				// A folder inside the boundary is walked by its real path:
				// following the link too would list it twice (or loop).
				continue
			}
			creal = target
			info = st
			mode = st.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if w.skipDir != nil && w.skipDir(crel, name) {
				continue
			}
			w.walk(cabs, creal, crel, depth+1)
		case mode.IsRegular():
			if w.file == nil {
				continue
			}
			if info == nil {
				info, err = e.Info()
				if err != nil {
					continue
				}
			}
			w.file(cabs, crel, info)
		}
	}
}

// start walks from the boundary itself.
func (w *walker) start(abs string) {
	w.walk(abs, w.boundary, "", 0)
}
