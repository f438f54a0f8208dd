package report

import (
	"sort"

	"mpls/analysis/engine"
	"mpls/analysis/output"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// scan answers the report's questions from one project's units and
// findings.
type scan struct {
	base    string
	pr      *engine.ProjectResult
	changed map[string]bool // files changed since --since, relative to DIR
	since   bool
	paths   []string // unit paths, sorted
}

func (s *scan) units() []string {
	if s.paths == nil {
		s.paths = make([]string, 0, len(s.pr.Units))
		for p := range s.pr.Units {
			s.paths = append(s.paths, p)
		}
		sort.Strings(s.paths)
	}
	return s.paths
}

// at is a place in unit path at span.
func (s *scan) at(path string, span text.Span, what string) Place {
	file := output.RelTo(s.base, s.pr.Project.Root, path)
	line := 1
	if u := s.pr.Units[path]; u != nil && u.Index != nil {
		line = u.Index.Position(span.Start).Line + 1
	}
	return Place{What: what, File: file, Line: line, Changed: s.changed[file]}
}

// callName is how a report names a call: wx.getLocation, or
// wx.getRecorderManager().start for a method on a platform object.
func callName(c *script.Call) string {
	if c.Factory != "" {
		return c.Namespace + "." + c.Factory + "()." + c.API
	}
	return c.Namespace + "." + c.API
}

// platformCalls yields every call of a platform API in the project.
func (s *scan) platformCalls(f func(path string, c *script.Call)) {
	for _, p := range s.units() {
		u := s.pr.Units[p]
		if u.Script == nil {
			continue
		}
		for i := range u.Script.Calls {
			if c := &u.Script.Calls[i]; c.Namespace != "" {
				f(p, c)
			}
		}
	}
}

// elements yields every template element of the project.
func (s *scan) elements(f func(path string, t *template.Facts, i int)) {
	for _, p := range s.units() {
		u := s.pr.Units[p]
		if u.Template == nil {
			continue
		}
		for i := range u.Template.Elements {
			f(p, u.Template, i)
		}
	}
}
