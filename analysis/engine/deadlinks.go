package engine

import (
	"strings"

	"mpls/analysis/project"
	"mpls/analysis/rule"
)

// deadLinks finds pages whose every link is a navigation in a function
// nothing calls (a method no template binds and no code calls): like an
// orphan page, no user reaches it. Anything else that may open the page —
// a template's url, a route in data, a string handed to a helper — keeps
// it. Decided lazily, only for pages that have findings.
type deadLinks struct {
	env  *rule.Env
	on   bool // the env holds the project's units, not one file's
	live *rule.Liveness
	memo map[string]bool
}

var navAPIs = map[string]bool{"navigateTo": true, "redirectTo": true, "reLaunch": true, "switchTab": true}

// only reports whether the page the file at path belongs to is opened only
// from code that never runs.
func (d *deadLinks) only(path string) bool {
	if !d.on {
		return false
	}
	route, files, ok := d.env.Project.PageOpeners(path)
	if !ok {
		return false
	}
	if v, ok := d.memo[route]; ok {
		return v
	}
	if d.memo == nil {
		d.memo = map[string]bool{}
		d.live = rule.NewLiveness(d.env)
	}
	v := d.decide(route, files)
	d.memo[route] = v
	return v
}

func (d *deadLinks) decide(route string, files []string) bool {
	for _, file := range files {
		u := d.env.Units[file]
		if u == nil || u.Script == nil {
			return false // a template, a config, a file not loaded: may open it
		}
		s := u.Script
		seen := false
		for _, str := range s.Strings {
			if str.IsKey || !project.Opens(str.Value, route) {
				continue
			}
			seen = true
			if !navAPIs[str.Arg] || str.Call < 0 || str.Call >= len(s.Calls) {
				return false
			}
			if d.live.Runs(file, s.Calls[str.Call].Func) {
				return false
			}
		}
		if !seen {
			return false // written in a way we do not read as one string
		}
	}
	return true
}

// DeadLinkedFiles returns which of paths belong to a page that only code
// which never runs opens, for an editor that checks files one at a time
// and publishes them with the project's findings: their findings a user
// would see are left out, as Unseen does (none in the strict profile).
func (e *Engine) DeadLinkedFiles(env *rule.Env, paths []string) map[string]bool {
	out := map[string]bool{}
	if env == nil || env.Project == nil || env.Strict {
		return out
	}
	d := deadLinks{env: env, on: true}
	for _, p := range paths {
		if d.only(p) {
			out[p] = true
		}
	}
	return out
}

// Unseeable reports whether f is a finding seenOnly leaves out on a page
// no user reaches (security findings and whole-project ones stay).
func (e *Engine) Unseeable(f rule.Finding) bool {
	r := e.known[f.Rule]
	return !(r != nil && r.Whole || strings.HasPrefix(f.Rule, "security/"))
}
