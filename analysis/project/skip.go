package project

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"
)

// SkipKind says why a file or folder is not analysed.
type SkipKind string

const (
	// The app's own code may be in these, so the user is told: a line on
	// stderr (mpls check) and one information diagnostic per project.
	SkipTooLarge   SkipKind = "too-large"
	SkipBinary     SkipKind = "binary"
	SkipUnreadable SkipKind = "unreadable" // cannot be read, or a link not followed

	// Not the app's own code: left out so that a finding is not reported
	// in someone else's code or twice; summarised quietly.
	SkipVendored    SkipKind = "vendored"     // a third-party library copied into the sources
	SkipDeclaration SkipKind = "declaration"  // TypeScript *.d.ts
	SkipBuildOutput SkipKind = "build-output" // a compiled copy of the sources
)

// Expected reports a skip of code that is not the app's own (vendored,
// declaration, build output): nothing the user needs to act on.
func (k SkipKind) Expected() bool {
	switch k {
	case SkipVendored, SkipDeclaration, SkipBuildOutput:
		return true
	}
	return false
}

func newSkip(abs, rel string, dir bool, kind SkipKind, zh, en string) Skip {
	return Skip{Path: rel, Abs: abs, Dir: dir, Kind: kind, Zh: zh, En: en, Reason: zh + " / " + en}
}

// In is the reason in a locale ("en…" English, else Chinese).
func (s Skip) In(locale string) string {
	if strings.HasPrefix(locale, "en") {
		return s.En
	}
	return s.Zh
}

// skipState is what Files left out the last time it listed the project,
// and the compiled copies of the sources the project file points at. The
// project check reports it (the same diagnostic in the editor and the
// CLI) and the privacy scan reads the vendored libraries in it.
type skipState struct {
	mu   sync.Mutex
	list []Skip
	// buildDirs are root-relative folders that are a compiled copy of the
	// sources (miniprogramRoot when srcMiniprogramRoot is analysed).
	buildDirs []string
}

// Skipped returns what the last Files call on p left out.
func (p *Project) Skipped() []Skip {
	if p == nil {
		return nil
	}
	p.skips.mu.Lock()
	defer p.skips.mu.Unlock()
	return append([]Skip(nil), p.skips.list...)
}

func (p *Project) setSkipped(s []Skip) {
	p.skips.mu.Lock()
	p.skips.list = append([]Skip(nil), s...)
	p.skips.mu.Unlock()
}

// IsVendored reports whether a root-relative path lies in a vendored
// library (or is a vendored bundle) that the last Files call left out.
func (p *Project) IsVendored(rel string) bool {
	if p == nil {
		return false
	}
	p.skips.mu.Lock()
	defer p.skips.mu.Unlock()
	for _, s := range p.skips.list {
		if s.Kind == SkipVendored && (s.Path == rel || (s.Dir && strings.HasPrefix(rel, s.Path+"/"))) {
			return true
		}
	}
	return false
}

// Reload reads old's model again (app.json or the mpls.json changed) with
// the same root, workspace and project file, keeping what old's files
// listing left out until the next listing.
func Reload(old *Project, opts Options) *Project {
	p := load(old.Root, old.Workspace, old.ConfigDir, opts)
	p.skips.buildDirs = old.skips.buildDirs
	p.setSkipped(old.Skipped())
	return p
}

// DescribeSkips says, one line each, what was left out, in a locale: a
// line per file (or folder) that may be the app's own code, then one line
// for all that is not (vendored libraries, declarations, build output).
// show turns a skip into the path to print (e.g. relative to the folder
// the user named).
func DescribeSkips(skips []Skip, locale string, show func(Skip) string) []string {
	en := strings.HasPrefix(locale, "en")
	var lines []string
	var quiet []string
	decl := 0
	for _, s := range skips {
		name := show(s)
		if s.Dir {
			name += "/"
		}
		switch {
		case !s.Kind.Expected():
			lines = append(lines, name+": "+s.In(locale))
		case s.Kind == SkipDeclaration && !s.Dir:
			decl++
		case en:
			quiet = append(quiet, name+" ("+shortReason(s, en)+")")
		default:
			quiet = append(quiet, name+"（"+shortReason(s, en)+"）")
		}
	}
	if decl > 0 {
		if en {
			quiet = append(quiet, plural(decl, "TypeScript declaration file", "TypeScript declaration files")+" (*.d.ts)")
		} else {
			quiet = append(quiet, fmt.Sprintf("%d 个 TypeScript 声明文件（*.d.ts）", decl))
		}
	}
	if len(quiet) > 0 {
		if en {
			lines = append(lines, "left out as not the app's own code: "+strings.Join(quiet, ", "))
		} else {
			lines = append(lines, "不是应用自己的代码，未分析："+strings.Join(quiet, "、"))
		}
	}
	return lines
}

// shortReason names an expected skip's kind in a few words.
func shortReason(s Skip, en bool) string {
	switch s.Kind {
	case SkipVendored:
		if en {
			return "vendored"
		}
		return "第三方库"
	case SkipDeclaration:
		if en {
			return "declarations"
		}
		return "类型声明"
	}
	if en {
		return "build output"
	}
	return "构建产物"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// sortSkips orders skips by path.
func sortSkips(s []Skip) {
	sort.SliceStable(s, func(i, j int) bool { return s[i].Path < s[j].Path })
}

// holdsPage reports whether the root-relative folder rel holds a page of
// app.json: such a folder is the app's own, whatever its name.
func (p *Project) holdsPage(rel string) bool {
	for _, pg := range p.Pages {
		if strings.HasPrefix(pg.Route, rel+"/") {
			return true
		}
	}
	if p.App != nil {
		for _, sp := range p.App.Subpackages {
			r := strings.Trim(path.Clean("/"+sp.Root.Value), "/")
			if r != "" && (r == rel || strings.HasPrefix(r, rel+"/")) {
				return true
			}
		}
	}
	return false
}

// ownEntry reports whether a file is a page's, a component's or the app's
// own: never taken for a vendored bundle, whatever its shape.
func (p *Project) ownEntry(rel string) bool {
	if _, ok := p.PageOf(rel); ok {
		return true
	}
	return p.IsComponentFile(rel) || p.IsAppFile(rel)
}
