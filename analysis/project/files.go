package project

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// Files lists every file of the project mpls analyses (templates, scripts,
// JSON), root-relative with slashes, sorted. It leaves out node_modules,
// miniprogram_npm, dist, unpackage, hidden folders, the ignore globs (of
// opts and of mpls.json), folders that are other mini-programs, and
// symlinks that lead out of the root. Files over the size limit and binary
// files are returned as skips, with the reason.
func Files(p *Project, opts Options) ([]string, []Skip) {
	if p == nil {
		return nil, nil
	}
	w, err := newWalker(p.Root)
	if err != nil {
		return nil, []Skip{{Path: ".", Abs: p.Root, Reason: "cannot read the project root: " + err.Error()}}
	}
	ign := newMatcher(p.Root, p.ignoreEntries(opts))
	maxSize := opts.maxSize()
	if opts.MaxFileSize == 0 && p.opts.MaxFileSize > 0 {
		maxSize = p.opts.MaxFileSize
	}
	var files []string
	var skips []Skip
	w.skip = func(abs, rel, reason string) {
		skips = append(skips, Skip{Path: rel, Abs: abs, Reason: reason})
	}
	w.dir = func(abs, rel string, entries []os.DirEntry) bool {
		// A folder inside the root that is a mini-program of its own.
		return rel == "" || !hasMarker(entries)
	}
	w.skipDir = func(rel, name string) bool {
		return skippedDirs[name] || strings.HasPrefix(name, ".") || ign.ignored(rel, true)
	}
	w.file = func(abs, rel string, info os.FileInfo) {
		if KindOf(rel) == KindNone || ign.ignored(rel, false) {
			return
		}
		if reason := skipReason(abs, info.Size(), maxSize); reason != "" {
			skips = append(skips, Skip{Path: rel, Abs: abs, Reason: reason})
			return
		}
		files = append(files, rel)
	}
	w.start(p.Root)
	return files, skips
}

// LibraryFiles lists the scripts and templates of packages the project
// ships: everything under miniprogram_npm/ and node_modules/ folders in
// the root (WeChat's own privacy scan reads these too). Sizes and binaries
// are filtered as in Files, silently; at most maxLibraryFiles are listed.
func LibraryFiles(p *Project) []string {
	if p == nil {
		return nil
	}
	w, err := newWalker(p.Root)
	if err != nil {
		return nil
	}
	maxSize := p.opts.maxSize()
	var out []string
	w.dir = func(abs, rel string, entries []os.DirEntry) bool {
		return len(out) < maxLibraryFiles
	}
	w.skipDir = func(rel, name string) bool {
		if strings.HasPrefix(name, ".") {
			return true
		}
		inLib := inLibrary(rel)
		// Outside the libraries only walk towards them; skip build output.
		return !inLib && (name == "dist" || name == "unpackage")
	}
	w.file = func(abs, rel string, info os.FileInfo) {
		if len(out) >= maxLibraryFiles || !inLibrary(rel) {
			return
		}
		k := KindOf(rel)
		if k != KindScript && k != KindTemplate {
			return
		}
		if strings.HasSuffix(rel, ".d.ts") || skipReason(abs, info.Size(), maxSize) != "" {
			return
		}
		out = append(out, rel)
	}
	w.start(p.Root)
	return out
}

const maxLibraryFiles = 20000

// inLibrary reports whether rel lies in a miniprogram_npm or node_modules
// folder.
func inLibrary(rel string) bool {
	for _, e := range strings.Split(rel, "/") {
		if e == "miniprogram_npm" || e == "node_modules" {
			return true
		}
	}
	return false
}

// hasMarker reports whether a folder's entries make it a mini-program root.
func hasMarker(entries []os.DirEntry) bool {
	for _, e := range entries {
		switch e.Name() {
		case "app.json", "game.json":
			return true
		}
		for _, n := range projectFiles {
			if e.Name() == n {
				return true
			}
		}
	}
	return false
}

// skipReason says why a file is not analysed ("" if it is).
func skipReason(abs string, size, max int64) string {
	if size > max {
		return fmt.Sprintf("文件 %s 超过 %s 上限，未分析 / file is %s, over the %s limit: not analysed",
			humanSize(size), humanSize(max), humanSize(size), humanSize(max))
	}
	f, err := os.Open(abs)
	if err != nil {
		return "无法读取 / cannot read: " + err.Error()
	}
	defer f.Close()
	var buf [8192]byte
	n, _ := io.ReadFull(f, buf[:])
	if bytes.IndexByte(buf[:n], 0) >= 0 {
		return "二进制文件，未分析 / binary file (NUL byte in the first 8 KiB): not analysed"
	}
	return ""
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// ignoreEntries are the option globs (relative to the root or to the
// workspace) and the mpls.json globs (relative to their file's folder).
func (p *Project) ignoreEntries(opts Options) []ignoreEntry {
	var out []ignoreEntry
	for _, g := range opts.Ignore {
		out = append(out, ignoreEntry{pattern: g, bases: []string{p.Root, p.Workspace}})
	}
	return append(out, p.ignores...)
}
