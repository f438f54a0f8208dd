package server

import (
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"go.lsp.dev/protocol"
	"go.lsp.dev/uri"
	"go.uber.org/zap"

	"mpls/analysis/engine"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/source"
	"mpls/analysis/text"
)

// proj is the server's view of one mini-program: every file's unit and
// findings. Units are immutable; the maps are guarded by workspace.mu.
type proj struct {
	root  string
	model *project.Project // nil for files outside any mini-program
	units map[string]*rule.Unit
	fileF map[string][]rule.Finding
	// fileU is the unit each file's findings were computed on: between a
	// new text's unit and its findings (the file rules running), the old
	// findings' spans are no good for it, so nothing is published then.
	fileU map[string]*rule.Unit
	projF map[string][]rule.Finding
	// projVer is the version of the unit each file's project findings were
	// computed on: their byte spans are only good for that text.
	projVer map[string]int32
	// hidden holds, per file, the file findings no user would see, as of
	// the last project check (engine.Unseen with the whole project's units:
	// a page only dead code opens, an element that never renders); they
	// are not published, as the CLI leaves them out.
	hidden map[string]map[findingKey]bool
	open   map[string]bool
	// outside: a loose folder under a project's project file but outside
	// its mini-program root (see findLocked): nothing is published.
	outside bool
	// ns is the API namespace (wx, tt …) each unit was built with: script
	// facts name calls by it, so a platform change (settings, the project
	// file) leaves a unit of the old namespace stale.
	ns map[string]string

	timer *time.Timer
	// checking serialises project checks: a check that started earlier
	// (from older units) never stores its findings after a later one.
	checking sync.Mutex
}

func newProj(root string, model *project.Project) *proj {
	return &proj{root: root, model: model, units: map[string]*rule.Unit{}, fileF: map[string][]rule.Finding{}, fileU: map[string]*rule.Unit{}, projF: map[string][]rule.Finding{}, projVer: map[string]int32{}, open: map[string]bool{}, ns: map[string]string{}}
}

// builtWith is the namespace p's unit of rel was built with.
func (w *workspace) builtWith(p *proj, rel string) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return p.ns[rel]
}

type workspace struct {
	s  *Server
	mu sync.Mutex
	// pubMu makes reading a file's state and sending it one step, so
	// publishes leave in the order their states were read: an older state
	// never arrives after a newer one. Order: pubMu, then mu, then the
	// server's docsMu.
	pubMu    sync.Mutex
	roots    []string
	projects []*proj
	loose    map[string]*proj
	// scanned is closed when the first scan has loaded every file.
	scanned  chan struct{}
	scanOnce sync.Once
}

func newWorkspace(s *Server) *workspace {
	return &workspace{s: s, loose: map[string]*proj{}, scanned: make(chan struct{})}
}

func (w *workspace) setRoots(roots []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, r := range roots {
		roots[i] = filepath.Clean(r)
	}
	w.roots = roots
}

// find returns the project holding abs (creating a loose one if none).
func (w *workspace) find(abs string) *proj {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.findLocked(abs)
}

func (w *workspace) findLocked(abs string) *proj {
	var best *proj
	for _, p := range w.projects {
		if within(p.root, abs) && (best == nil || len(p.root) > len(best.root)) {
			best = p
		}
	}
	if best != nil {
		return best
	}
	dir := filepath.Dir(abs)
	if p := w.loose[dir]; p != nil {
		return p
	}
	p := newProj(dir, nil)
	for _, q := range w.projects {
		// beside a project's mini-program root, under its project file:
		// the build output of srcMiniprogramRoot, tooling; the CLI checks
		// nothing there, nor do we
		if m := q.model; m != nil && m.ConfigDir != "" && within(m.ConfigDir, abs) {
			p.outside = true
		}
	}
	w.loose[dir] = p
	return p
}

func within(root, abs string) bool {
	return abs == root || strings.HasPrefix(abs, root+string(filepath.Separator))
}

// relPath is abs relative to its project root, "/"-separated.
func (w *workspace) relPath(abs string) string {
	p := w.find(abs)
	rel, err := filepath.Rel(p.root, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

func (w *workspace) setOpen(abs string, open bool) {
	p := w.find(abs)
	w.mu.Lock()
	p.open[w.rel(p, abs)] = open
	w.mu.Unlock()
}

func (w *workspace) rel(p *proj, abs string) string {
	rel, err := filepath.Rel(p.root, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// modelOf is p's project model (nil for a loose file's folder), read
// under mu: reloadModel replaces it while workers read it.
func (w *workspace) modelOf(p *proj) *project.Project {
	w.mu.Lock()
	defer w.mu.Unlock()
	return p.model
}

// fileEnv is the environment for file rules on the file at rel (dialect
// its template extension, if any): like the CLI's, it holds only that
// file's unit, so a keystroke does not copy the project's unit map (the
// project rules, debounced, get the full env).
func (w *workspace) fileEnv(p *proj, eng *engine.Engine, dialect string, u *rule.Unit) *rule.Env {
	w.mu.Lock()
	m := p.model
	platform := ""
	if m == nil && eng.Settings.Platform == "" {
		// a loose file: its own dialect says most, then its neighbours'
		platform = platformByFiles(map[string]*rule.Unit{"": {Dialect: dialect}})
		if platform == rule.WeChat {
			platform = platformByFiles(p.units)
		}
	}
	w.mu.Unlock()
	env := eng.Env(m, nil)
	if u != nil {
		env.Units = map[string]*rule.Unit{u.Path: u}
	}
	if platform != "" {
		env.Platform = platform
		env.Namespace = engine.Namespace(platform)
	}
	return env
}

// env is the rule environment for p over its current units.
func (w *workspace) env(p *proj, eng *engine.Engine) *rule.Env {
	w.mu.Lock()
	m := p.model
	units := make(map[string]*rule.Unit, len(p.units))
	for k, v := range p.units {
		units[k] = v
	}
	w.mu.Unlock()
	env := eng.Env(m, units)
	if m == nil && eng.Settings.Platform == "" {
		env.Platform = platformByFiles(units)
		env.Namespace = engine.Namespace(env.Platform)
	}
	return env
}

// platformByFiles guesses a loose file's platform from its extension.
func platformByFiles(units map[string]*rule.Unit) string {
	for _, u := range units {
		switch u.Dialect {
		case "ttml":
			return rule.Douyin
		case "axml":
			return rule.Alipay
		case "swan":
			return rule.Baidu
		case "qml":
			return rule.QQ
		}
	}
	return rule.WeChat
}

// engFor is the engine for a project: the client's settings over the
// project's mpls.json.
func (w *workspace) engFor(p *proj) *engine.Engine {
	w.mu.Lock()
	m := p.model
	w.mu.Unlock()
	return w.s.engine().For(m)
}

// modelFiles are the files the project model is read from: an edit to one
// of them reloads the model and re-checks the project.
var modelFiles = map[string]bool{"app.json": true, "mpls.json": true, "project.config.json": true, "game.json": true}

// reloadModel re-reads p's model, seeing open buffers rather than the
// disk, and re-runs every file's rules against it.
// self is the open file whose analysis asked for it (its own worker is
// the caller); the other open files are handed to their workers, which
// may be analysing a newer buffer with the old model right now: their
// results must not be overwritten with those of an older unit.
func (w *workspace) reloadModel(p *proj, self string) {
	w.mu.Lock()
	old := p.model
	w.mu.Unlock()
	if old == nil {
		return
	}
	// the same root, project file and workspace as discovery found, and
	// the last listing's skips (the project/skipped-files diagnostic)
	m := project.Reload(old, project.Options{Platform: w.s.engine().Settings.Platform, ReadFile: w.s.readOverlay})
	w.mu.Lock()
	p.model = m
	units := make([]*rule.Unit, 0, len(p.units))
	for _, u := range p.units {
		units = append(units, u)
	}
	w.mu.Unlock()
	eng := w.engFor(p)
	env := w.env(p, eng)
	var others []*document
	for _, u := range units {
		if u.Path != self {
			if d := w.s.doc(uri.File(filepath.Join(p.root, filepath.FromSlash(u.Path)))); d != nil {
				others = append(others, d)
				continue
			}
			if w.builtWith(p, u.Path) != env.Namespace {
				// the model changed the platform: read it again with the
				// new namespace (the workers do so for open files)
				w.loadDisk(p, filepath.Join(p.root, filepath.FromSlash(u.Path)), eng, env.Namespace)
				w.publish(p, u.Path)
				continue
			}
		}
		fs := eng.CheckFile(env, u)
		w.mu.Lock()
		current := p.units[u.Path] == u // not replaced meanwhile
		changed := current && !sameFindings(p.fileF[u.Path], fs)
		if current {
			p.fileF[u.Path] = fs
			p.fileU[u.Path] = u
		}
		w.mu.Unlock()
		if changed {
			w.publish(p, u.Path)
		}
	}
	for _, d := range others {
		select {
		case d.changed <- struct{}{}:
		default: // already signalled
		}
	}
	w.checkProject(p)
}

// leaveLoose forgets abs in the loose project of its folder once a real
// project holds it (the scan found the project after the file was opened).
func (w *workspace) leaveLoose(p *proj, abs string) {
	if w.modelOf(p) == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	lp := w.loose[filepath.Dir(abs)]
	if lp == nil {
		return
	}
	rel := filepath.Base(abs)
	delete(lp.units, rel)
	delete(lp.fileF, rel)
	delete(lp.fileU, rel)
	delete(lp.projF, rel)
	if len(lp.units) == 0 {
		delete(w.loose, filepath.Dir(abs))
	}
}

// analyseOpen checks an open buffer's snapshot and publishes it.
// base, when not nil, is the unit of the text before edit e (edited) or
// of this same text (not edited): the facts are spliced or reused.
func (w *workspace) analyseOpen(abs string, u protocol.DocumentURI, f *source.File, base *rule.Unit, e text.ByteEdit, edited bool) *rule.Unit {
	p := w.find(abs)
	w.leaveLoose(p, abs)
	eng := w.engFor(p)
	ns := w.fileEnv(p, eng, f.Dialect(), nil).Namespace
	if base != nil && w.builtWith(p, base.Path) != ns {
		// the platform changed under the buffer: its facts name calls by
		// the old namespace, so they are built afresh
		engine.Release(base)
		base = nil
	}
	var unit *rule.Unit
	switch {
	case base != nil && edited:
		unit = engine.Rebuild(f, ns, base, e)
	case base != nil:
		unit = base
	default:
		unit = engine.BuildUnit(f, ns)
	}
	w.mu.Lock()
	p.units[unit.Path] = unit
	p.ns[unit.Path] = ns
	if base != nil && edited && p.projVer[unit.Path] == base.Version {
		// keep the project's findings in step with the text until the
		// project rules run again (debounced): shifted past the edit
		p.projF[unit.Path] = shiftFindings(p.projF[unit.Path], unit.Path, e)
		p.projVer[unit.Path] = unit.Version
	}
	w.mu.Unlock()
	findings := eng.CheckFile(w.fileEnv(p, eng, unit.Dialect, unit), unit)
	w.mu.Lock()
	if p.units[unit.Path] == unit { // not replaced meanwhile
		p.fileF[unit.Path] = findings
		p.fileU[unit.Path] = unit
	}
	w.mu.Unlock()
	w.publish(p, unit.Path)
	// Only a new text of a model file reloads the model: a re-run of the
	// same text (the kick reloadModel gives every other open file) must
	// not, or two open model files (app.json, project.config.json) would
	// kick each other for ever. A page's JSON or a reached template or
	// script reloads it when the text changes which files the app uses
	// (the model read that text, so a re-run does not).
	m := w.modelOf(p)
	if m != nil && (modelFiles[path.Base(unit.Path)] && (base == nil || edited) || m.ReachChanged(unit.Path, unit.Text)) {
		w.reloadModel(p, unit.Path)
		return unit
	}
	w.scheduleProject(p)
	return unit
}

// publish sends the diagnostics of one file: its own findings and the
// project's findings that land in it, with the open buffer's version.
func (w *workspace) publish(p *proj, rel string) {
	w.pubMu.Lock()
	defer w.pubMu.Unlock()
	w.mu.Lock()
	unit := p.units[rel]
	if unit != nil && p.fileU[rel] != unit {
		// its file rules are running on this text and publish when done:
		// the findings held are of the text before, at its positions
		w.mu.Unlock()
		return
	}
	fs := append(p.seenFileF(rel), p.projFor(rel, unit)...)
	w.mu.Unlock()
	abs := filepath.Join(p.root, filepath.FromSlash(rel))
	params := map[string]any{"uri": uri.File(abs), "diagnostics": w.s.diagnostics(unit, fs)}
	if unit != nil && w.isOpen(abs) {
		params["version"] = unit.Version
	}
	w.s.log.Debug("publish", zap.String("path", rel), zap.Int("count", len(fs)), zap.Any("version", params["version"]))
	w.s.notify("textDocument/publishDiagnostics", params)
}

func (w *workspace) isOpen(abs string) bool {
	return w.s.doc(uri.File(abs)) != nil
}

// scheduleProject re-runs the project rules shortly (bursts coalesce).
func (w *workspace) scheduleProject(p *proj) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(40*time.Millisecond, func() { w.checkProject(p) })
}

func (w *workspace) checkProject(p *proj) {
	p.checking.Lock()
	defer p.checking.Unlock()
	defer func() {
		if v := recover(); v != nil {
			w.s.log.Error("project check panicked", zap.Any("panic", v))
		}
	}()
	eng := w.engFor(p)
	env := w.env(p, eng)
	fs := eng.CheckProject(env)
	w.mu.Lock()
	var fileFs []rule.Finding
	for _, list := range p.fileF {
		fileFs = append(fileFs, list...)
	}
	w.mu.Unlock()
	hidden := hiddenFindings(fileFs, eng.Unseen(env, append([]rule.Finding(nil), fileFs...)))
	by := map[string][]rule.Finding{}
	for _, f := range fs {
		by[f.Path] = append(by[f.Path], f)
	}
	ver := map[string]int32{}
	for path := range by {
		if u := env.Units[path]; u != nil {
			ver[path] = u.Version
		}
	}
	w.mu.Lock()
	var changed []string
	for path, list := range by {
		// the same findings on another version of the text are news too:
		// publish leaves out findings of a version the file no longer has
		// (a file just opened or closed), so they were not shown
		oldV, hadV := p.projVer[path]
		newV, hasV := ver[path]
		if oldV != newV || hadV != hasV || !sameFindings(p.projF[path], list) {
			changed = append(changed, path)
		}
	}
	for path := range p.projF {
		if _, ok := by[path]; !ok {
			changed = append(changed, path)
		}
	}
	for path, set := range hidden {
		if !maps.Equal(set, p.hidden[path]) {
			changed = append(changed, path)
		}
	}
	for path := range p.hidden {
		if _, ok := hidden[path]; !ok {
			changed = append(changed, path)
		}
	}
	p.hidden = hidden
	p.projF = by
	p.projVer = ver
	w.mu.Unlock()
	sort.Strings(changed)
	for _, path := range slices.Compact(changed) {
		w.publish(p, path)
	}
}

func sameFindings(a, b []rule.Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Rule != b[i].Rule || a[i].Span != b[i].Span || a[i].Message != b[i].Message || a[i].Severity != b[i].Severity {
			return false
		}
	}
	return true
}

// loadDisk parses a file from disk into p (not open in the editor).
func (w *workspace) loadDisk(p *proj, abs string, eng *engine.Engine, ns string) {
	rel := w.rel(p, abs)
	unit := engine.LoadUnit(p.root, rel, ns) // the CLI's own loader: same unit
	if unit == nil {
		return
	}
	w.mu.Lock()
	env := eng.Env(p.model, nil)
	w.mu.Unlock()
	env.Units = map[string]*rule.Unit{rel: unit}
	findings := eng.CheckFile(env, unit)
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.isOpen(abs) {
		return // opened meanwhile: the editor's buffer wins over the disk
	}
	p.units[rel] = unit
	p.ns[rel] = ns
	p.fileF[rel] = findings
	p.fileU[rel] = unit
}

func (w *workspace) saved(abs string) {}

// closed reverts a closed buffer to the file on disk: files of a
// mini-program keep their findings; a lone file's are cleared.
// It runs off the read loop: if the editor reopened the file meanwhile,
// the new buffer is left alone.
func (w *workspace) closed(abs string, u protocol.DocumentURI) {
	if w.isOpen(abs) {
		return
	}
	p := w.find(abs)
	rel := w.rel(p, abs)
	w.mu.Lock()
	delete(p.open, rel)
	w.mu.Unlock()
	if w.modelOf(p) == nil {
		w.pubMu.Lock()
		defer w.pubMu.Unlock()
		w.mu.Lock()
		reopened := w.isOpen(abs)
		if !reopened {
			delete(p.units, rel)
			delete(p.fileF, rel)
			delete(p.fileU, rel)
			delete(p.projF, rel)
		}
		w.mu.Unlock()
		if !reopened {
			w.s.notify("textDocument/publishDiagnostics", map[string]any{"uri": u, "diagnostics": []any{}})
		}
		return
	}
	eng := w.engFor(p)
	if _, err := os.Stat(abs); err != nil {
		w.forget(p, rel)
		return
	}
	w.loadDisk(p, abs, eng, w.fileEnv(p, eng, "", nil).Namespace)
	w.publish(p, rel)
	w.scheduleProject(p)
}

func (w *workspace) forget(p *proj, rel string) {
	abs := filepath.Join(p.root, filepath.FromSlash(rel))
	w.pubMu.Lock()
	w.mu.Lock()
	if w.isOpen(abs) { // an open buffer outlives its file on disk
		w.mu.Unlock()
		w.pubMu.Unlock()
		return
	}
	delete(p.units, rel)
	delete(p.fileF, rel)
	delete(p.fileU, rel)
	delete(p.projF, rel)
	w.mu.Unlock()
	w.s.notify("textDocument/publishDiagnostics", map[string]any{"uri": uri.File(abs), "diagnostics": []any{}})
	w.pubMu.Unlock()
	w.scheduleProject(p)
}

// unit returns the current unit of abs and its project.
func (w *workspace) unit(abs string) (*proj, *rule.Unit) {
	p := w.find(abs)
	w.mu.Lock()
	defer w.mu.Unlock()
	return p, p.units[w.rel(p, abs)]
}

// findings returns the findings published for abs.
func (w *workspace) findings(abs string) (*proj, *rule.Unit, []rule.Finding) {
	p := w.find(abs)
	rel := w.rel(p, abs)
	w.mu.Lock()
	defer w.mu.Unlock()
	u := p.units[rel]
	var fs []rule.Finding
	if p.fileU[rel] == u { // else the file rules are still running on u's text
		fs = p.seenFileF(rel)
	}
	return p, u, append(fs, p.projFor(rel, u)...)
}

// seenFileF is a copy of rel's file findings, less those the last project
// check found no user would see (p.hidden). Under w.mu.
func (p *proj) seenFileF(rel string) []rule.Finding {
	if p.outside {
		return nil
	}
	out := make([]rule.Finding, 0, len(p.fileF[rel]))
	for _, f := range p.fileF[rel] {
		if p.hidden[rel][keyOf(f)] {
			continue
		}
		out = append(out, f)
	}
	return out
}

// findingKey names a finding within its file.
type findingKey struct {
	rule string
	span text.Span
}

func keyOf(f rule.Finding) findingKey { return findingKey{f.Rule, f.Span} }

// hiddenFindings is, per file, the findings of all that kept leaves out.
func hiddenFindings(all, kept []rule.Finding) map[string]map[findingKey]bool {
	seen := map[string]map[findingKey]bool{}
	for _, f := range kept {
		if seen[f.Path] == nil {
			seen[f.Path] = map[findingKey]bool{}
		}
		seen[f.Path][keyOf(f)] = true
	}
	out := map[string]map[findingKey]bool{}
	for _, f := range all {
		if seen[f.Path][keyOf(f)] {
			continue
		}
		if out[f.Path] == nil {
			out[f.Path] = map[findingKey]bool{}
		}
		out[f.Path][keyOf(f)] = true
	}
	return out
}

// projFor returns the project findings of rel if they were computed on u's
// text (or shifted to it); stale ones wait for the next project check
// rather than be published at the wrong place.
func (p *proj) projFor(rel string, u *rule.Unit) []rule.Finding {
	if p.outside || u == nil || p.projVer[rel] != u.Version {
		return nil
	}
	return p.projF[rel]
}

// shiftFindings moves findings of path computed before edit e to the text
// after it; a finding (or a fix) that the edit touches is dropped.
func shiftFindings(fs []rule.Finding, path string, e text.ByteEdit) []rule.Finding {
	delta := e.NewEnd - e.OldEnd
	move := func(s text.Span) (text.Span, bool) {
		switch {
		case s.End <= e.Start:
			return s, true // before the edit
		case s.Start >= e.OldEnd:
			return text.Span{Start: s.Start + delta, End: s.End + delta}, true
		}
		return s, false // the edit touches it: the next project check decides
	}
	out := make([]rule.Finding, 0, len(fs))
	for _, f := range fs {
		sp, ok := move(f.Span)
		if !ok {
			continue
		}
		f.Span = sp
		var fixes []rule.Fix
		for _, fx := range f.Fixes {
			edits := make([]rule.Edit, 0, len(fx.Edits))
			keep := true
			for _, ed := range fx.Edits {
				if ed.Path == "" || ed.Path == path {
					if ed.Span, keep = move(ed.Span); !keep {
						break
					}
				}
				edits = append(edits, ed)
			}
			if keep {
				fx.Edits = edits
				fixes = append(fixes, fx)
			}
		}
		f.Fixes = fixes
		out = append(out, f)
	}
	return out
}

// recheck returns the findings of u's file were its text txt: its file
// rules and the project rules that land in it, over the project as it is
// otherwise. Fix-all uses it for the fixes a first round had to leave out.
func (w *workspace) recheck(p *proj, u *rule.Unit, txt []byte) []rule.Finding {
	f := source.New(u.Path, u.Lang, u.Version, txt)
	defer f.Close()
	eng := w.engFor(p)
	nu := engine.BuildUnit(f, w.fileEnv(p, eng, f.Dialect(), nil).Namespace)
	defer engine.Release(nu)
	fs := eng.CheckFile(w.fileEnv(p, eng, nu.Dialect, nu), nu)
	env := w.env(p, eng)
	env.Units[u.Path] = nu
	for _, x := range eng.CheckProject(env) {
		if x.Path == u.Path {
			fs = append(fs, x)
		}
	}
	return fs
}
