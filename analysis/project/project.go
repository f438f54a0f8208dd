// Package project models a mini-program on disk: where its root is, which
// platform it targets and why, what app.json (or game.json) declares with
// the exact spans of every value, each page's and component's files, and
// the user's mpls.json.
//
// Paths in the model are slash-separated and relative to Project.Root
// unless a field says "abs". Spans are byte offsets into the file they name.
package project

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"mpls/analysis/jsonv"
	"mpls/analysis/text"
)

// DefaultMaxFileSize is the size above which a file is skipped (2 MiB).
const DefaultMaxFileSize = 2 << 20

// Options steer discovery and file listing.
type Options struct {
	// Platform forces the platform (from client settings or a flag); a
	// name ParsePlatform accepts. Empty: detect.
	Platform string
	// Ignore holds globs of files and folders to leave out, relative to
	// the project root or to the workspace root; `**` spans folders, a
	// pattern without a slash matches a name at any depth.
	Ignore []string
	// MaxFileSize in bytes; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// ReadFile overrides how files are read (the server passes one that
	// sees unsaved editor buffers). It gets absolute paths.
	ReadFile func(abs string) ([]byte, error)
}

func (o Options) maxSize() int64 {
	if o.MaxFileSize > 0 {
		return o.MaxFileSize
	}
	return DefaultMaxFileSize
}

func (o Options) read(abs string) ([]byte, error) {
	if o.ReadFile != nil {
		return o.ReadFile(abs)
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, errors.New("is a directory")
	}
	if st.Size() > o.maxSize() {
		return nil, errTooLarge
	}
	return os.ReadFile(abs)
}

var errTooLarge = errors.New("file too large")

// PlatformSource says how the platform was decided.
type PlatformSource string

const (
	// SourceOverride: the client settings, a flag or mpls.json said so.
	SourceOverride PlatformSource = "override"
	// SourceProjectConfig: project.config.json (appid prefix, qq markers)
	// or a platform's own project file (project.tt.json, mini.project.json,
	// project.swan.json, project.qq.json).
	SourceProjectConfig PlatformSource = "project-config"
	// SourceAppStyle: the app's own style sheet (app.ttss → Douyin …).
	SourceAppStyle PlatformSource = "app-style"
	// SourceTemplateExt: the template files present (.ttml → Douyin …).
	SourceTemplateExt PlatformSource = "template-ext"
	// SourceNamespace: the API object scripts call (tt. vs wx. …).
	SourceNamespace PlatformSource = "namespace"
	// SourceDefault: nothing said; WeChat.
	SourceDefault PlatformSource = "default"
)

// Project is one mini-program (or mini-game).
type Project struct {
	// Root is the mini-program root (abs): where app.json / game.json is.
	Root string
	// Workspace is the folder discovery started from (abs), or Root.
	Workspace string
	// ConfigDir is the folder of project.config.json (abs), or "".
	ConfigDir string
	// ProjectConfig is project.config.json (or the platform's own project
	// file when there is none), nil if absent.
	ProjectConfig *JSONFile

	Platform       Platform
	PlatformSource PlatformSource
	// PlatformReason explains the decision in words, e.g.
	// "project.config.json appid tt12…".
	PlatformReason string

	// IsGame: a mini-game (game.json, or compileType "game").
	IsGame bool
	// App is app.json's model (game.json's for a mini-game); never nil,
	// but App.File is nil when the file is missing.
	App *App

	// Pages in app.json order (main package, then subpackages).
	Pages []*Page
	// Components by base path (root-relative, no extension), every one
	// reachable from app.json and the pages.
	Components map[string]*Component

	// Config is mpls.json (workspace root's, then the root's over it).
	Config Config
	// ConfigFiles are the mpls.json files read, with their problems.
	ConfigFiles []*ConfigFile

	opts       Options
	ignores    []ignoreEntry     // from mpls.json files
	byBase     map[string]string // file base (no ext) → page route
	compBases  map[string]bool
	reachState reachState // the files the app uses (reach.go)
	memo       pageMemo   // answers about pages' openers (openers.go)
	namesOnce  sync.Once
	names      map[string]bool // bare page names (orphan.go)
	skips      skipState       // what the last Files left out (skip.go)
}

// JSONFile is a parsed JSON file of the project.
type JSONFile struct {
	Path   string // relative to Project.Root (may start with ../ for project.config.json)
	Abs    string
	Src    []byte
	Value  *jsonv.Value // nil when nothing could be parsed
	Errors []jsonv.SyntaxError
}

// Ref is a string value of a JSON file and where it is.
type Ref struct {
	Value string
	Span  text.Span
}

// Skip is a file (or folder) left out of the analysis and why.
type Skip struct {
	Path   string // relative to the project root, slash-separated
	Abs    string
	Dir    bool // a whole folder
	Kind   SkipKind
	Reason string // "中文 / English", for logs
	// Zh and En are the reason in one language each.
	Zh, En string
}

// Abs turns a root-relative path into an absolute one.
func (p *Project) Abs(rel string) string {
	return filepath.Join(p.Root, filepath.FromSlash(rel))
}

// Rel turns an absolute path (or a root-relative one) into a clean
// root-relative slash path; ok is false outside the root.
func (p *Project) Rel(pth string) (string, bool) {
	if filepath.IsAbs(pth) {
		r, err := filepath.Rel(p.Root, pth)
		if err != nil {
			return "", false
		}
		pth = r
	}
	pth = path.Clean(filepath.ToSlash(pth))
	if pth == ".." || strings.HasPrefix(pth, "../") {
		return "", false
	}
	return pth, true
}

// Namespace is the platform's API object (wx, tt, my, swan, qq).
func (p *Project) Namespace() string { return p.Platform.Namespace() }

// TemplateExt is the platform's template extension (".wxml" …).
func (p *Project) TemplateExt() string { return p.Platform.TemplateExt() }

// PageOf returns the route of the page a file belongs to (its template,
// script, json or style). relPath may be absolute or root-relative.
func (p *Project) PageOf(relPath string) (route string, ok bool) {
	rel, ok := p.Rel(relPath)
	if !ok || p.byBase == nil {
		return "", false
	}
	route, ok = p.byBase[stripExt(rel)]
	return route, ok
}

// Page returns the page of a route, or nil.
func (p *Project) Page(route string) *Page {
	route = strings.TrimPrefix(route, "/")
	for _, pg := range p.Pages {
		if pg.Route == route {
			return pg
		}
	}
	return nil
}

// IsEntryPage reports whether the file belongs to the entry page (the
// entryPagePath, or the first page).
func (p *Project) IsEntryPage(relPath string) bool {
	route, ok := p.PageOf(relPath)
	return ok && p.App != nil && route == p.App.EntryPage.Value
}

// IsComponentFile reports whether the file belongs to a component reached
// from usingComponents.
func (p *Project) IsComponentFile(relPath string) bool {
	rel, ok := p.Rel(relPath)
	return ok && p.compBases[stripExt(rel)]
}

// IsAppFile reports whether the file is the app's own script, template
// style or json (app.js, app.json, game.js …).
func (p *Project) IsAppFile(relPath string) bool {
	rel, ok := p.Rel(relPath)
	if !ok {
		return false
	}
	b := stripExt(rel)
	return b == "app" || (p.IsGame && b == "game")
}

// stripExt removes the extension of the last path element.
func stripExt(p string) string {
	if e := extOf(p); e != "" {
		return p[:len(p)-len(e)]
	}
	return p
}

// Loose is a project for a folder that holds no mini-program markers (lone
// files checked by themselves): it has no app.json, and its platform comes
// from the override or the files present.
func Loose(root string, platform string) *Project {
	abs, err := filepath.Abs(root)
	if err != nil {
		abs = root
	}
	p := &Project{Root: abs, Workspace: abs, App: &App{}, Components: map[string]*Component{}, byBase: map[string]string{}, compBases: map[string]bool{}}
	p.opts = Options{Platform: platform}
	p.loadConfig(abs)
	p.detectPlatform()
	return p
}

// Load builds the model of the mini-program whose root is root (the folder
// holding app.json or game.json). Discover calls it for each root found.
func Load(root string, opts Options) (*Project, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, &fs.PathError{Op: "load", Path: abs, Err: errors.New("not a directory")}
	}
	return load(abs, abs, "", opts), nil
}

// load builds a project; configDir is where project.config.json is ("" to
// look in root only).
func load(root, workspace, configDir string, opts Options) *Project {
	p := &Project{Root: root, Workspace: workspace, opts: opts, Components: map[string]*Component{}, byBase: map[string]string{}, compBases: map[string]bool{}}
	if configDir == "" {
		if findProjectFile(root) != "" {
			configDir = root
		}
	}
	p.ConfigDir = configDir
	if configDir != "" {
		if name := findProjectFile(configDir); name != "" {
			p.ProjectConfig = p.readJSON(filepath.Join(configDir, name))
		}
	}
	p.loadConfig(workspace)
	appAbs := filepath.Join(root, "app.json")
	gameAbs := filepath.Join(root, "game.json")
	switch {
	case fileExists(appAbs):
		p.App = parseApp(p.readJSON(appAbs), false)
	case fileExists(gameAbs):
		p.IsGame = true
		p.App = parseApp(p.readJSON(gameAbs), true)
	default:
		p.App = &App{}
	}
	if pc := p.ProjectConfig; pc != nil && !p.IsGame {
		if ct, _ := pc.Value.Get("compileType").AsString(); ct == "game" {
			p.IsGame = true
			p.App.IsGame = true
		}
	}
	p.detectPlatform()
	p.resolvePages()
	return p
}

// readJSON reads and parses a file of the project; nil if unreadable or
// if it is a symlink that leads out of the workspace.
func (p *Project) readJSON(abs string) *JSONFile {
	if !p.safe(abs) {
		return nil
	}
	src, err := p.opts.read(abs)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(p.Root, abs)
	if err != nil {
		rel = abs
	}
	v, errs := jsonv.ParseBytes(src)
	return &JSONFile{Path: filepath.ToSlash(rel), Abs: abs, Src: src, Value: v, Errors: errs}
}

// safe reports whether abs, symlinks resolved, stays in the workspace (a
// missing file is safe: reading it fails anyway, or an overlay has it).
func (p *Project) safe(abs string) bool {
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return true
	}
	ws := p.Workspace
	if r, err := filepath.EvalSymlinks(ws); err == nil {
		ws = r
	}
	return within(absOr(real), ws)
}

func fileExists(abs string) bool {
	st, err := os.Stat(abs)
	return err == nil && st.Mode().IsRegular()
}

// projectFiles are the project files of the developer tools, in the order
// they are preferred.
var projectFiles = []string{"project.config.json", "project.tt.json", "mini.project.json", "project.swan.json", "project.qq.json"}

// findProjectFile returns the name of the first project file in dir.
func findProjectFile(dir string) string {
	for _, n := range projectFiles {
		if fileExists(filepath.Join(dir, n)) {
			return n
		}
	}
	return ""
}
