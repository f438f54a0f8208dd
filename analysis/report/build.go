package report

import (
	"path/filepath"
	"strings"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/project"
)

// Change is one changed file, its path relative to the folder checked.
type Change struct {
	// Status is A (added), M (modified) or D (deleted); type changes count
	// as M, copies as A. Untracked files (not ignored) count as A.
	Status string
	Path   string
}

// Options say what the notes are drafted against.
type Options struct {
	// Since is the git ref the change list is computed from ("" without:
	// the notes leave the change list to fill in).
	Since string
	// Changed are the files changed since Since.
	Changed []Change
	// Locale is the language of the finding messages: zh-CN or en.
	Locale string
}

// Notes checks dir with eng and returns the submission notes as Markdown.
func Notes(eng *engine.Engine, dir string, opt Options) (string, error) {
	res, err := eng.CheckPath(dir)
	if err != nil {
		return "", err
	}
	return Markdown(Build(res, eng, opt)), nil
}

// Build answers the notes' questions for every project of a check.
func Build(res *engine.Result, eng *engine.Engine, opt Options) Doc {
	since, changed, locale := opt.Since, opt.Changed, opt.Locale
	doc := Doc{Since: since, Projects: []Project{}}
	changedFiles := map[string]bool{}
	for _, c := range changed {
		if c.Status != "D" {
			changedFiles[c.Path] = true
		}
	}
	for _, pr := range res.Projects {
		s := &scan{base: res.Base, pr: pr, changed: changedFiles, since: since != ""}
		p := pr.Project
		rp := Project{
			Name:         projectName(p),
			Root:         output.RelTo(res.Base, p.Root, "."),
			Platform:     string(p.Platform),
			PlatformName: p.Platform.DisplayName(),
			Game:         p.IsGame,
			Pages:        len(p.Pages),
			Components:   len(p.Components),
		}
		if since != "" {
			rp.Changes = changesOf(res.Base, p, changed)
		}
		rp.TestAccount = s.testAccount()
		rp.Privacy = s.privacy()
		rp.Payment = s.payment()
		rp.UGC = s.ugc()
		rp.External = s.external()
		rp.Category = s.category(rp.Payment, rp.UGC)
		rp.Findings = s.findings(eng, locale)
		doc.Projects = append(doc.Projects, rp)
	}
	return doc
}

// projectName is what the user calls the mini-program: app.json's window
// title, else project.config.json's projectname, else the folder's name.
func projectName(p *project.Project) string {
	if p.App != nil && p.App.Window.NavigationBarTitleText != nil {
		if t := strings.TrimSpace(p.App.Window.NavigationBarTitleText.Value); t != "" {
			return t
		}
	}
	if pc := p.ProjectConfig; pc != nil && pc.Value != nil {
		if n, ok := pc.Value.Get("projectname").AsString(); ok && strings.TrimSpace(n) != "" {
			return n
		}
	}
	return filepath.Base(p.Root)
}
