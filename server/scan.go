package server

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"go.lsp.dev/protocol"
	"go.uber.org/zap"

	"mpls/analysis/engine"
	"mpls/analysis/project"
)

// discover finds the mini-programs under the workspace roots. It runs in
// initialize, before any document is opened, so every open document
// belongs to its project from the start.
func (w *workspace) discover() []*proj {
	w.mu.Lock()
	roots := append([]string(nil), w.roots...)
	w.mu.Unlock()
	eng := w.s.engine()
	var found []*proj
	for _, r := range roots {
		ps, err := project.Discover(r, project.Options{Ignore: eng.Settings.Ignore, Platform: eng.Settings.Platform})
		if err != nil {
			w.s.log.Warn("discover failed", zap.String("root", r), zap.Error(err))
			continue
		}
		for _, p := range ps {
			found = append(found, newProj(p.Root, p))
		}
	}
	w.mu.Lock()
	// A project found again keeps its state (units, findings) under the new
	// model: a settings change rediscovers, and a fresh, empty project would
	// leave open documents without a unit (no code actions, no hover) until
	// their workers ran again.
	old := map[string]*proj{}
	for _, p := range w.projects {
		old[p.root] = p
	}
	for i, p := range found {
		if o := old[p.root]; o != nil {
			o.model = p.model
			found[i] = o
		}
	}
	w.projects = found
	w.mu.Unlock()
	return found
}

// scan checks every file of the discovered projects and publishes,
// reporting $/progress when the client supports it. rediscover re-reads
// the project list first (after a settings or project-file change).
func (w *workspace) scan(rediscover bool) {
	defer func() {
		if v := recover(); v != nil {
			w.s.log.Error("workspace scan panicked", zap.Any("panic", v))
		}
	}()
	var found []*proj
	if rediscover {
		found = w.discover()
	} else {
		w.mu.Lock()
		found = append(found, w.projects...)
		w.mu.Unlock()
	}
	eng := w.s.engine()
	prog := w.s.beginProgress("mpls", "扫描小程序项目 / scanning mini-programs")
	total, done := 0, 0
	lists := make([][]string, len(found))
	for i, p := range found {
		files, skips := project.Files(w.modelOf(p), project.Options{Ignore: eng.Settings.Ignore})
		// what may be the app's own code one line each (the project check
		// also reports it on app.json), the rest in one line
		for _, line := range project.DescribeSkips(skips, "en", func(s project.Skip) string { return s.Path }) {
			w.s.log.Info("not analysed", zap.String("root", p.root), zap.String("what", line))
		}
		lists[i] = files
		total += len(files)
	}
	for i, p := range found {
		// a project kept from before may hold files the new list leaves
		// out (an ignore added): forget them (open buffers stay)
		listed := make(map[string]bool, len(lists[i]))
		for _, f := range lists[i] {
			listed[f] = true
		}
		w.mu.Lock()
		var gone []string
		for rel := range p.units {
			if !listed[rel] {
				gone = append(gone, rel)
			}
		}
		w.mu.Unlock()
		for _, rel := range gone {
			w.forget(p, rel)
		}
		peng := w.engFor(p)
		env := w.env(p, peng)
		w.loadAll(p, lists[i], peng, env.Namespace, func() {
			done++
			if total > 0 && (done%50 == 0 || done == total) {
				prog.report(fmt.Sprintf("%d/%d", done, total), done*100/total)
			}
		})
		w.checkProject(p)
		w.mu.Lock()
		var rels []string
		for rel := range p.units {
			rels = append(rels, rel)
		}
		w.mu.Unlock()
		for _, rel := range rels {
			if !w.isOpen(filepath.Join(p.root, filepath.FromSlash(rel))) {
				w.publish(p, rel)
			}
		}
	}
	prog.end(fmt.Sprintf("%d files", total))
	w.scanOnce.Do(func() { close(w.scanned) })
	// open documents re-run against the now complete project
	w.s.docsMu.Lock()
	for _, d := range w.s.docs {
		select {
		case d.changed <- struct{}{}:
		default:
		}
	}
	w.s.docsMu.Unlock()
}

// loadAll parses files (relative to p.root, not open) on all cores.
func (w *workspace) loadAll(p *proj, files []string, eng *engine.Engine, ns string, tick func()) {
	var mu sync.Mutex
	ch := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for abs := range ch {
				if !w.isOpen(abs) {
					w.loadDisk(p, abs, eng, ns)
				}
				mu.Lock()
				tick()
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		ch <- filepath.Join(p.root, filepath.FromSlash(f))
	}
	close(ch)
	wg.Wait()
}

// recheckAll re-runs every rule after a settings change.
func (w *workspace) recheckAll() {
	w.scan(true)
}

type watchedParams struct {
	Changes []struct {
		URI  protocol.DocumentURI `json:"uri"`
		Type int                  `json:"type"` // 1 created, 2 changed, 3 deleted
	} `json:"changes"`
}

func (s *Server) didChangeWatchedFiles(raw json.RawMessage) error {
	var p watchedParams
	if json.Unmarshal(raw, &p) != nil {
		return nil
	}
	go func() {
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("watched files panicked", zap.Any("panic", v))
			}
		}()
		rescan := false
		for _, c := range p.Changes {
			abs, err := uriPath(c.URI)
			if err != nil {
				continue
			}
			switch filepath.Base(abs) {
			case "app.json", "project.config.json", "game.json", "mpls.json":
				rescan = true
			}
			if s.doc(c.URI) != nil {
				continue // the buffer wins over the disk
			}
			pr := s.ws.find(abs)
			if c.Type == 3 {
				s.ws.forget(pr, s.ws.rel(pr, abs))
				continue
			}
			eng := s.ws.engFor(pr)
			s.ws.loadDisk(pr, abs, eng, s.ws.fileEnv(pr, eng, "", nil).Namespace)
			s.ws.publish(pr, s.ws.rel(pr, abs))
			s.ws.scheduleProject(pr)
		}
		if rescan {
			s.ws.scan(true)
		}
	}()
	return nil
}

// progress sends $/progress for one piece of work, if the client asked.
type progress struct {
	s     *Server
	token string
	on    bool
}

func (s *Server) beginProgress(title, message string) *progress {
	p := &progress{s: s, token: fmt.Sprintf("mpls-%p", s)}
	if !s.caps.workDoneProgress {
		return p
	}
	var res any
	if _, err := s.callClient("window/workDoneProgress/create", map[string]any{"token": p.token}, &res); err != nil {
		s.log.Debug("workDoneProgress/create refused", zap.Error(err))
		return p
	}
	p.on = true
	s.notify("$/progress", map[string]any{"token": p.token, "value": map[string]any{"kind": "begin", "title": title, "message": message, "percentage": 0}})
	return p
}

func (p *progress) report(msg string, pct int) {
	if p.on {
		p.s.notify("$/progress", map[string]any{"token": p.token, "value": map[string]any{"kind": "report", "message": msg, "percentage": pct}})
	}
}

func (p *progress) end(msg string) {
	if p.on {
		p.s.notify("$/progress", map[string]any{"token": p.token, "value": map[string]any{"kind": "end", "message": msg}})
	}
}
