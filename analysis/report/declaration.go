package report

import (
	"fmt"
	"path/filepath"

	"mpls/analysis/engine"
	"mpls/analysis/privacydecl"
)

// ErrManyApps: the folder holds more than one mini-program; the
// declaration is one app's (Apps lists them).
type ErrManyApps struct {
	Dir  string
	Apps []string // each app's folder, dir joined with its root
}

func (e *ErrManyApps) Error() string {
	return fmt.Sprintf("%s holds %d mini-programs; run it on one of them", e.Dir, len(e.Apps))
}

// App checks dir for the privacy declaration (only the units are needed:
// one cheap rule runs) and returns its one mini-program, the project
// with an app.json. platform is "" to detect it.
func App(platform, dir string) (*engine.ProjectResult, error) {
	eng := engine.New(engine.Settings{Platform: platform, Only: []string{"privacy/declared-purpose"}})
	res, err := eng.CheckPath(dir)
	if err != nil {
		return nil, err
	}
	var prs []*engine.ProjectResult
	for _, pr := range res.Projects {
		if pr.Project.App != nil && pr.Project.App.File != nil {
			prs = append(prs, pr)
		}
	}
	switch len(prs) {
	case 0:
		return nil, fmt.Errorf("no mini-program (app.json) in %s", dir)
	case 1:
		return prs[0], nil
	}
	e := &ErrManyApps{Dir: dir}
	for _, pr := range prs {
		rel, err := filepath.Rel(res.Base, pr.Project.Root)
		if err != nil {
			rel = pr.Project.Root
		}
		e.Apps = append(e.Apps, filepath.Join(dir, rel))
	}
	return nil, e
}

// Declaration is the privacy declaration (微信 用户隐私保护指引 / 抖音
// 用户隐私保护协议) the code of the mini-program in dir calls for, as
// Markdown. An editor that holds the project's units already calls
// privacydecl.Derive(env).Markdown() instead.
func Declaration(platform, dir string) (string, error) {
	pr, err := App(platform, dir)
	if err != nil {
		return "", err
	}
	return privacydecl.Derive(pr.Env).Markdown(), nil
}
