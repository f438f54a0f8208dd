package engine

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"mpls/analysis/parse"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/source"
)

// ProjectResult is one mini-program's units and findings.
type ProjectResult struct {
	Project  *project.Project
	Env      *rule.Env
	Units    map[string]*rule.Unit
	Findings []rule.Finding // paths relative to the project root
}

// Result of checking a path.
type Result struct {
	Base     string // the path given, made absolute (a file's folder)
	Projects []*ProjectResult
	Skipped  []project.Skip
}

// CheckPath checks every mini-program under path (a folder or a file) the
// way the server does: the same units, the same rules.
func (e *Engine) CheckPath(path string) (*Result, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	res := &Result{Base: abs}
	var only string
	root := abs
	if !st.IsDir() {
		only = abs
		root = filepath.Dir(abs)
		res.Base = root
	}
	ps, err := project.Discover(root, project.Options{Ignore: e.Settings.Ignore, Platform: e.Settings.Platform})
	if err != nil {
		return nil, err
	}
	if only != "" {
		ps = nil // a lone file: check it by itself, in its own folder
	}
	if len(ps) == 0 {
		p := project.Loose(root, e.Settings.Platform)
		ps = []*project.Project{p}
	}
	for _, p := range ps {
		var files []string
		if only != "" {
			rel, _ := filepath.Rel(p.Root, only)
			files = []string{filepath.ToSlash(rel)}
		} else {
			var skips []project.Skip
			files, skips = project.Files(p, project.Options{Ignore: e.Settings.Ignore})
			res.Skipped = append(res.Skipped, skips...)
		}
		res.Projects = append(res.Projects, e.For(p).checkProject(p, files))
	}
	return res, nil
}

func (e *Engine) checkProject(p *project.Project, files []string) *ProjectResult {
	// The walk of the files the app uses (and of the pages nothing opens)
	// runs beside the first parses: the first CheckFile would otherwise
	// compute it while the other workers wait.
	go p.OrphanPage("app.json")
	env := e.Env(p, nil)
	units := make(map[string]*rule.Unit, len(files))
	var mu sync.Mutex
	var all []rule.Finding
	ch := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for rel := range ch {
				u := LoadUnit(p.Root, rel, env.Namespace)
				if u == nil {
					continue
				}
				fenv := *env
				fenv.Units = map[string]*rule.Unit{rel: u}
				fs := e.CheckFile(&fenv, u)
				mu.Lock()
				units[rel] = u
				all = append(all, fs...)
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		ch <- f
	}
	close(ch)
	wg.Wait()
	env.Units = units
	all = append(e.Unseen(env, all), e.CheckProject(env)...)
	rule.SortFindings(all)
	return &ProjectResult{Project: p, Env: env, Units: units, Findings: all}
}

// LoadUnit reads, parses and analyses one file of a project.
func LoadUnit(root, rel, ns string) *rule.Unit {
	lang := parse.ByExt(rel)
	if lang == parse.None {
		return nil
	}
	src, err := ReadBounded(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		f := source.New(rel, parse.None, 0, nil)
		f.Skip = "cannot read: " + err.Error()
		return BuildUnit(f, ns)
	}
	f := source.New(rel, lang, 0, src)
	defer f.Close()
	return BuildUnit(f, ns)
}

// ReadBounded reads a file, but never more than source.MaxBytes+1 bytes:
// an oversized file costs no more memory than the limit.
func ReadBounded(abs string) ([]byte, error) {
	fh, err := os.Open(abs)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	n := st.Size()
	if lim := int64(source.MaxBytes) + 1; n > lim {
		n = lim
	}
	buf := make([]byte, n)
	m, err := readFull(fh, buf)
	return buf[:m], err
}

// Sorted returns all findings with paths relative to Base.
func (r *Result) Sorted() []rule.Finding {
	var out []rule.Finding
	for _, p := range r.Projects {
		for _, f := range p.Findings {
			abs := filepath.Join(p.Project.Root, filepath.FromSlash(f.Path))
			rel, err := filepath.Rel(r.Base, abs)
			if err == nil {
				f.Path = filepath.ToSlash(rel)
			}
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// UnitFor finds the unit of a finding path relative to Base.
func (r *Result) UnitFor(rel string) *rule.Unit {
	abs := filepath.Join(r.Base, filepath.FromSlash(rel))
	for _, p := range r.Projects {
		pr, err := filepath.Rel(p.Project.Root, abs)
		if err != nil {
			continue
		}
		if u := p.Units[filepath.ToSlash(pr)]; u != nil {
			return u
		}
	}
	return nil
}

func readFull(f *os.File, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := f.Read(buf[n:])
		n += m
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return n, err
		}
	}
	return n, nil
}
