package engine

import (
	"fmt"
	"strings"
	"sync"

	"mpls/analysis/project"
)

// FromConfig turns a project's mpls.json into engine settings.
func FromConfig(c project.Config) Settings {
	s := Settings{Platform: string(c.Platform), Locale: c.Locale, Profile: c.Profile, LexAdd: c.Lexicon.Add, LexAllow: c.Lexicon.Allow, Ignore: c.Ignore}
	if len(c.Rules) > 0 {
		s.Rules = map[string]string{}
		for k, v := range c.Rules {
			s.Rules[k] = string(v)
		}
	}
	return s
}

var forCache sync.Map // forKey -> *Engine

// forKey names an engine by its base and the project's settings, not by
// the project: the model is rebuilt on every edit of app.json, and a key
// per model would keep a new engine (and lexicon) per keystroke.
type forKey struct {
	e        *Engine
	settings string
}

// For returns the engine for project p: its mpls.json settings with this
// engine's settings (editor or command line) laid over them.
func (e *Engine) For(p *project.Project) *Engine {
	if p == nil || isZeroConfig(p.Config) {
		return e
	}
	k := forKey{e, fmt.Sprintf("%#v", FromConfig(p.Config))}
	if v, ok := forCache.Load(k); ok {
		return v.(*Engine)
	}
	pe := New(MergeSettings(FromConfig(p.Config), e.Settings))
	forCache.Store(k, pe)
	return pe
}

func isZeroConfig(c project.Config) bool {
	return c.Platform == "" && c.Locale == "" && c.Profile == "" && len(c.Rules) == 0 && len(c.Lexicon.Add) == 0 && len(c.Lexicon.Allow) == 0 && len(c.Ignore) == 0
}

// severitySetting finds the setting for id: exact, then "area/*".
func severitySetting(rules map[string]string, id string) (string, bool) {
	if v, ok := rules[id]; ok {
		return v, true
	}
	if i := strings.IndexByte(id, '/'); i > 0 {
		if v, ok := rules[id[:i]+"/*"]; ok {
			return v, true
		}
	}
	return "", false
}
