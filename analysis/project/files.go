package project

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
)

// Files lists every file of the project mpls analyses (templates, scripts,
// JSON), root-relative with slashes, sorted. It leaves out node_modules,
// miniprogram_npm, hidden folders, the ignore globs (of opts and of
// mpls.json), folders that are other mini-programs, and symlinks that lead
// out of the root; and, returned as skips with the reason, files over the
// size limit, binary or unreadable files, vendored libraries (vendor.go),
// type declarations and build output (build.go). A folder that holds a
// page of app.json is never left out for its name. The skips are kept on
// p (Skipped) for the project check to report.
func Files(p *Project, opts Options) ([]string, []Skip) {
	files, skips := listFiles(p, opts)
	if p != nil {
		p.setSkipped(skips)
	}
	return files, skips
}

func listFiles(p *Project, opts Options) ([]string, []Skip) {
	if p == nil {
		return nil, nil
	}
	w, err := newWalker(p.Root)
	if err != nil {
		return nil, []Skip{newSkip(p.Root, ".", true, SkipUnreadable, "无法读取项目根目录："+err.Error(), "cannot read the project root: "+err.Error())}
	}
	ign := newMatcher(p.Root, p.ignoreEntries(opts))
	maxSize := opts.maxSize()
	if opts.MaxFileSize == 0 && p.opts.MaxFileSize > 0 {
		maxSize = p.opts.MaxFileSize
	}
	var files []string
	var skips []Skip
	add := func(abs, rel string, dir bool, kind SkipKind, zh, en string) {
		skips = append(skips, newSkip(abs, rel, dir, kind, zh, en))
	}
	w.skip = func(abs, rel string, dir bool, zh, en string) {
		add(abs, rel, dir, SkipUnreadable, zh, en)
	}
	w.dir = func(abs, rel string, entries []os.DirEntry) bool {
		// A folder inside the root that is a mini-program of its own.
		return rel == "" || !hasMarker(entries)
	}
	w.skipDir = func(rel, name string) bool {
		if skippedDirs[name] || strings.HasPrefix(name, ".") || ign.ignored(rel, true) {
			return true
		}
		if p.holdsPage(rel) {
			return false
		}
		abs := p.Abs(rel)
		switch {
		case p.isBuildCopy(rel):
			add(abs, rel, true, SkipBuildOutput, "srcMiniprogramRoot 编译出的副本（miniprogramRoot），未分析",
				"the copy compiled from srcMiniprogramRoot (miniprogramRoot): not analysed")
		case isBuildDirName(name):
			add(abs, rel, true, SkipBuildOutput, "构建产物目录，未分析", "build output folder: not analysed")
		case typingDirs[strings.ToLower(name)]:
			add(abs, rel, true, SkipDeclaration, "类型声明目录，未分析", "type declarations folder: not analysed")
		default:
			lib := vendoredDir(abs, name)
			if lib == "" {
				return false
			}
			add(abs, rel, true, SkipVendored, "第三方库 "+lib+"，未分析", "vendored library "+lib+": not analysed")
		}
		return true
	}
	w.file = func(abs, rel string, info os.FileInfo) {
		k := KindOf(rel)
		if k == KindNone || ign.ignored(rel, false) || appleDouble(path.Base(rel)) {
			return
		}
		if isDeclaration(rel) {
			add(abs, rel, false, SkipDeclaration, "TypeScript 声明文件，未分析", "TypeScript declaration file: not analysed")
			return
		}
		if k == KindScript && compiledFromTS(abs) {
			add(abs, rel, false, SkipBuildOutput, "由同名 .ts 编译出的 .js，分析的是 .ts", "compiled from the .ts beside it: the .ts is analysed")
			return
		}
		own := p.ownEntry(rel)
		if k == KindScript && !own {
			if lib, ok := vendoredBundle(rel, nil); ok {
				add(abs, rel, false, SkipVendored, vendoredZh(lib), vendoredEn(lib))
				return
			}
		}
		head, zh, en, kind := inspect(abs, info.Size(), maxSize)
		if kind != "" {
			add(abs, rel, false, kind, zh, en)
			return
		}
		if k == KindScript && !own {
			if lib, ok := vendoredBundle(rel, head); ok {
				add(abs, rel, false, SkipVendored, vendoredZh(lib), vendoredEn(lib))
				return
			}
		}
		files = append(files, rel)
	}
	w.start(p.Root)
	sortSkips(skips)
	return files, skips
}

func vendoredZh(lib string) string {
	if lib == "" {
		return "压缩打包的第三方代码，未分析"
	}
	return "第三方 SDK " + lib + "，未分析"
}

func vendoredEn(lib string) string {
	if lib == "" {
		return "minified third-party bundle: not analysed"
	}
	return "vendored SDK " + lib + ": not analysed"
}

// LibraryFiles lists the scripts and templates of packages the project
// ships: everything under miniprogram_npm/ and node_modules/ folders in
// the root (WeChat's own privacy scan reads these too), then the vendored
// libraries the last Files call left out (Skipped). Sizes and binaries
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
		return !inLib && (isBuildDirName(name) || typingDirs[strings.ToLower(name)])
	}
	keep := func(abs, rel string, size int64) {
		if len(out) >= maxLibraryFiles {
			return
		}
		k := KindOf(rel)
		if k != KindScript && k != KindTemplate {
			return
		}
		if isDeclaration(rel) {
			return
		}
		if _, _, _, kind := inspect(abs, size, maxSize); kind != "" {
			return
		}
		out = append(out, rel)
	}
	w.file = func(abs, rel string, info os.FileInfo) {
		if inLibrary(rel) {
			keep(abs, rel, info.Size())
		}
	}
	w.start(p.Root)
	for _, s := range p.Skipped() {
		if s.Kind != SkipVendored {
			continue
		}
		if !s.Dir {
			if st, err := os.Stat(s.Abs); err == nil {
				keep(s.Abs, s.Path, st.Size())
			}
			continue
		}
		vw, err := newWalker(s.Abs)
		if err != nil {
			continue
		}
		vw.skipDir = func(rel, name string) bool { return strings.HasPrefix(name, ".") }
		vw.file = func(abs, rel string, info os.FileInfo) { keep(abs, s.Path+"/"+rel, info.Size()) }
		vw.start(s.Abs)
	}
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

// headSize is how much of a file inspect reads: enough to see a NUL byte
// and a minified bundle's first line.
const headSize = 8192

// inspect reads the start of a file and says why it is not analysed
// (kind "" if it is): over the size limit, unreadable, or binary.
func inspect(abs string, size, max int64) (head []byte, zh, en string, kind SkipKind) {
	if size > max {
		return nil, fmt.Sprintf("文件 %s 超过 %s 上限，未分析", humanSize(size), humanSize(max)),
			fmt.Sprintf("file is %s, over the %s limit: not analysed", humanSize(size), humanSize(max)), SkipTooLarge
	}
	f, err := os.Open(abs)
	if err != nil {
		return nil, "无法读取：" + err.Error(), "cannot read: " + err.Error(), SkipUnreadable
	}
	defer f.Close()
	buf := make([]byte, headSize)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, "无法读取：" + err.Error(), "cannot read: " + err.Error(), SkipUnreadable
	}
	if bytes.IndexByte(buf[:n], 0) >= 0 {
		if bytes.HasPrefix(buf, []byte{0xff, 0xfe}) || bytes.HasPrefix(buf, []byte{0xfe, 0xff}) {
			return nil, "UTF-16 编码的文件，请存为 UTF-8，未分析", "UTF-16 encoded, save it as UTF-8: not analysed", SkipBinary
		}
		return nil, "二进制文件，未分析", "binary file (NUL byte in the first 8 KiB): not analysed", SkipBinary
	}
	return buf[:n], "", "", ""
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
