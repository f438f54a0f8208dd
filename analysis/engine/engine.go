// Package engine runs the rules. The LSP server and the CLI both call it:
// BuildUnit once per parse, CheckFile per file, CheckProject per project.
package engine

import (
	"fmt"
	sitter "github.com/smacker/go-tree-sitter"
	"sort"
	"strings"

	"mpls/analysis/flat"
	"mpls/analysis/jsonv"
	"mpls/analysis/lexicon"
	"mpls/analysis/parse"
	"mpls/analysis/project"
	"mpls/analysis/rule"
	"mpls/analysis/rules/syntax"
	"mpls/analysis/script"
	"mpls/analysis/source"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Settings are the user's choices, from mpls.json, the editor or flags.
type Settings struct {
	Platform string
	Locale   string
	// Profile is "recommended" (default) or "strict" (see project.ParseProfile).
	Profile string
	// Rules maps a rule id to "off" or a severity name.
	Rules    map[string]string
	Only     []string // when set, only these rules (ids or "area/*")
	Disable  []string
	LexAdd   map[string][]string
	LexAllow []string
	Ignore   []string // globs of files not to check
}

// MergeSettings lays over on base: set fields of over win.
func MergeSettings(base, over Settings) Settings {
	if over.Platform != "" {
		base.Platform = over.Platform
	}
	if over.Locale != "" {
		base.Locale = over.Locale
	}
	if over.Profile != "" {
		base.Profile = over.Profile
	}
	if len(over.Rules) > 0 {
		m := map[string]string{}
		for k, v := range base.Rules {
			m[k] = v
		}
		for k, v := range over.Rules {
			m[k] = v
		}
		base.Rules = m
	}
	if len(over.Only) > 0 {
		base.Only = over.Only
	}
	base.Disable = append(append([]string(nil), base.Disable...), over.Disable...)
	if len(over.LexAdd) > 0 {
		m := map[string][]string{}
		for k, v := range base.LexAdd {
			m[k] = append(m[k], v...)
		}
		for k, v := range over.LexAdd {
			m[k] = append(m[k], v...)
		}
		base.LexAdd = m
	}
	base.LexAllow = append(append([]string(nil), base.LexAllow...), over.LexAllow...)
	base.Ignore = append(append([]string(nil), base.Ignore...), over.Ignore...)
	return base
}

// Engine is a configured rule set. It is immutable and safe to share.
type Engine struct {
	rules    []*rule.Rule
	known    map[string]*rule.Rule
	severity map[string]rule.Severity
	lex      *lexicon.Lexicon
	Settings Settings
}

// New configures an engine.
func New(s Settings) *Engine {
	e := &Engine{known: map[string]*rule.Rule{}, severity: map[string]rule.Severity{}, Settings: s}
	for _, r := range registered {
		e.known[r.ID] = r
		if !enabled(r.ID, s) {
			continue
		}
		sev := r.Severity
		if v, ok := severitySetting(s.Rules, r.ID); ok {
			if v == "off" {
				continue
			}
			if sv, ok := rule.ParseSeverity(v); ok {
				sev = sv
			}
		}
		e.severity[r.ID] = sev
		e.rules = append(e.rules, r)
	}
	e.lex = lexicon.Default()
	if len(s.LexAdd) > 0 || len(s.LexAllow) > 0 {
		e.lex = e.lex.With(s.LexAdd, s.LexAllow)
	}
	return e
}

func match(list []string, id string) bool {
	for _, x := range list {
		if x == id || (strings.HasSuffix(x, "/*") && strings.HasPrefix(id, strings.TrimSuffix(x, "*"))) || (!strings.Contains(x, "/") && strings.HasPrefix(id, x+"/")) {
			return true
		}
	}
	return false
}

func enabled(id string, s Settings) bool {
	if len(s.Only) > 0 && !match(s.Only, id) {
		return false
	}
	return !match(s.Disable, id)
}

// Rule returns a registered rule by id.
func (e *Engine) Rule(id string) *rule.Rule { return e.known[id] }

// Rules lists every registered rule, sorted by id.
func Rules() []*rule.Rule {
	rs := append([]*rule.Rule(nil), registered...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// Lexicon is the engine's lexicon (defaults plus the user's words).
func (e *Engine) Lexicon() *lexicon.Lexicon { return e.lex }

// Env builds the environment for a project (p may be nil for lone files).
func (e *Engine) Env(p *project.Project, units map[string]*rule.Unit) *rule.Env {
	env := &rule.Env{Project: p, Lexicon: e.lex, Units: units, Platform: rule.WeChat, Strict: e.Settings.Profile == project.ProfileStrict}
	if p != nil {
		env.Platform = string(p.Platform)
	}
	if e.Settings.Platform != "" {
		env.Platform = e.Settings.Platform
	}
	env.Namespace = Namespace(env.Platform)
	return env
}

// Namespace is the API object of a platform.
func Namespace(platform string) string {
	switch platform {
	case rule.Douyin:
		return "tt"
	case rule.Alipay:
		return "my"
	case rule.Baidu:
		return "swan"
	case rule.QQ:
		return "qq"
	}
	return "wx"
}

// BuildUnit extracts the facts of a parsed file. ns is the platform
// namespace used to resolve API calls.
func BuildUnit(f *source.File, ns string) *rule.Unit {
	return build(f, ns, nil, text.ByteEdit{})
}

// Rebuild is BuildUnit after an edit: prev is the unit of the text before
// edit e (a merged edit from source.File.TakeEdit). Template facts are
// updated around the edit rather than recomputed (see template.Reanalyze);
// script facts are recomputed from a flat tree that copies what the parser
// reused from prev's (see script.AnalyzeReusing). The unit returned keeps
// that flat tree for the next Rebuild: Release it when the document closes.
func Rebuild(f *source.File, ns string, prev *rule.Unit, e text.ByteEdit) *rule.Unit {
	if prev == nil || f.Tree == nil || prev.Lang != f.Lang || prev.Dialect != f.Dialect() {
		Release(prev)
		return BuildUnit(f, ns)
	}
	switch {
	case f.Lang == parse.Template && prev.Template != nil, f.Lang.IsScript():
		return build(f, ns, prev, e)
	}
	Release(prev)
	return BuildUnit(f, ns)
}

// Release frees what a unit keeps for the next Rebuild (nil is fine).
func Release(u *rule.Unit) {
	if u != nil {
		u.Walk.Close()
	}
}

func build(f *source.File, ns string, prev *rule.Unit, e text.ByteEdit) *rule.Unit {
	u := &rule.Unit{Path: f.Path, Lang: f.Lang, Dialect: f.Dialect(), Version: f.Version, Text: f.Text, Index: f.Index, Skip: f.Skip}
	if f.Tree == nil {
		return u
	}
	root := f.Tree.RootNode()
	var comments []text.Span
	switch f.Lang {
	case parse.Template:
		if prev != nil && f.Tree != nil {
			pointOf := func(off int) sitter.Point {
				p := f.Index.Point(off)
				return sitter.Point{Row: p.Row, Column: p.Column}
			}
			u.Template = template.Reanalyze(prev.Template, template.Edit{Start: e.Start, OldEnd: e.OldEnd, NewEnd: e.NewEnd}, root, f.Text, pointOf)
		} else {
			u.Template = template.Analyze(root, f.Text)
		}
		u.Syntax = u.Template.Errors
		for _, c := range u.Template.Comments {
			comments = append(comments, c.Span)
		}
	case parse.JavaScript, parse.TypeScript:
		opt := script.Options{Namespaces: []string{ns, "uni", "Taro"}}
		if prev != nil {
			u.Script, u.Walk = script.AnalyzeReusing(f.Tree, f.Text, opt, prev.Walk, flat.Edit{Start: e.Start, OldEnd: e.OldEnd, NewEnd: e.NewEnd})
		} else {
			u.Script = script.Analyze(root, f.Text, opt)
		}
		u.Syntax = u.Script.Errors
		for _, c := range u.Script.Comments {
			comments = append(comments, c.Span)
		}
	case parse.JSON:
		u.JSON, u.JSONError = jsonv.Parse(root, f.Text)
		for _, se := range u.JSONError {
			u.Syntax = append(u.Syntax, se.Span)
		}
	}
	u.Suppress = rule.ParseSuppressions(f.Index, comments, f.Text)
	if prev != nil {
		u.CarryFrom(prev) // the lexicon hits of the pieces the edit left alone
	}
	return u
}

// CheckFile runs the file rules on one unit and applies its suppressions.
func (e *Engine) CheckFile(env *rule.Env, u *rule.Unit) (out []rule.Finding) {
	if !uses(env, u.Path) {
		return nil // the built app never loads it (see project.Uses)
	}
	for _, r := range e.rules {
		if r.Check == nil || !r.AppliesTo(env.Platform) {
			continue
		}
		e.run(r, func() { r.Check(rule.NewFileContext(env, u, r, &out)) }, &out, u.Path)
	}
	out = append(out, e.unknownSuppressions(u)...)
	// what other files decide (dead links, never-rendered blocks) is left
	// to Unseen: a finding dropped here would not come back when the file
	// that decided it changes, since this file is not checked again
	return e.finish(e.seenOnly(env, out, false), map[string]*rule.Unit{u.Path: u}, env.Platform)
}

// CheckProject runs the project rules over env.Units.
func (e *Engine) CheckProject(env *rule.Env) (out []rule.Finding) {
	unseen := e.pageUnseen(env)
	for _, r := range e.rules {
		if r.CheckProject == nil || !r.AppliesTo(env.Platform) {
			continue
		}
		e.run(r, func() {
			c := rule.NewProjectContext(env, r, &out)
			c.PageUnseen = unseen
			r.CheckProject(c)
		}, &out, appJSON(env))
	}
	kept := out[:0]
	for _, f := range out {
		if uses(env, f.Path) {
			kept = append(kept, f)
		}
	}
	return e.finish(e.seenOnly(env, kept, true), env.Units, env.Platform)
}

// pageUnseen is what seenOnly asks of a finding's file, for the project
// rules that choose their evidence among pages users see
// (rule.ProjectContext.Unseen): the file's page is an orphan or only code
// that never runs opens it. Nil in strict and without a project.
func (e *Engine) pageUnseen(env *rule.Env) func(path string) bool {
	if env == nil || env.Project == nil || env.Strict {
		return nil
	}
	dead := &deadLinks{env: env, on: len(env.Units) > 1}
	return func(path string) bool {
		if _, orphan := env.Project.OrphanPage(path); orphan {
			return true
		}
		return dead.only(path) || dead.componentOnly(path)
	}
}

// seenOnly leaves out, in the recommended profile, the findings on a page
// nothing in the app opens (project.OrphanPage), or that only code which
// never runs opens, or a component only such pages use (deadLinks,
// componentOnly: decided with the whole project's units, so
// a file checked alone keeps them until Unseen runs): no user or reviewer
// sees it. Code scans read every packaged file, so security findings stay, and
// so do findings that speak for the whole project (Rule.Whole); strict
// keeps them all. In every profile, findings inside a page's block that
// never renders are left out first (see unrendered).
func (e *Engine) seenOnly(env *rule.Env, fs []rule.Finding, whole bool) []rule.Finding {
	fs = e.oldClientOnly(env, fs) // code only a client too old to matter runs
	if whole {
		fs = e.unrendered(env, fs)
	}
	if env == nil || env.Project == nil || env.Strict {
		return fs
	}
	kept := fs[:0]
	dead := deadLinks{env: env, on: whole && len(env.Units) > 1}
	for _, f := range fs {
		if !e.Unseeable(f) {
			kept = append(kept, f)
			continue
		}
		if _, orphan := env.Project.OrphanPage(f.Path); orphan || dead.only(f.Path) || dead.componentOnly(f.Path) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// Unseen applies seenOnly with the whole project's units to findings
// checked file by file (CheckFile sees one unit): the CLI after a scan,
// the editor when it publishes.
func (e *Engine) Unseen(env *rule.Env, fs []rule.Finding) []rule.Finding {
	return e.seenOnly(env, fs, true)
}

// uses reports whether the app uses the file at rel: a file no page,
// component, import or require reaches gets no finding, since neither the
// compiler (which leaves it out of the package) nor a reviewer sees it.
func uses(env *rule.Env, rel string) bool {
	return env == nil || env.Project == nil || rel == "" || env.Project.Uses(rel)
}

// run isolates a rule: a panic in one rule is reported, not fatal. The
// findings it made before failing stand; the failure itself is a finding
// (InternalError) on path, or on app.json for a project rule.
func (e *Engine) run(r *rule.Rule, f func(), out *[]rule.Finding, path string) {
	defer func() {
		if v := recover(); v != nil {
			if OnPanic != nil {
				OnPanic(r.ID, path, v)
			}
			if path != "" {
				*out = append(*out, crashed(r, path, v))
			}
		}
	}()
	f()
}

// appJSON is where a project rule's failure is told: the project's
// app.json ("" without one: then only OnPanic hears of it).
func appJSON(env *rule.Env) string {
	if env == nil || env.Project == nil || env.Project.App == nil || env.Project.App.File == nil {
		return ""
	}
	return env.Project.App.File.Path
}

// OnPanic, when set, hears about a rule that panicked (the server logs it).
var OnPanic func(ruleID, path string, v any)

// finish applies severities, suppressions and citations (the rulebook
// sections of the project's platform, appended to every message) and
// sorts.
func (e *Engine) finish(fs []rule.Finding, units map[string]*rule.Unit, platform string) []rule.Finding {
	out := fs[:0]
	for _, f := range fs {
		cite := f.Cite
		if r := e.known[f.Rule]; cite == "" && r != nil {
			cite = r.Citation
		}
		f.Message = rule.WithCitation(f.Message, cite, platform)
		if sev, ok := e.severity[f.Rule]; ok {
			f.Severity = sev
		}
		if u := units[f.Path]; u != nil && u.Suppress != nil && f.Rule != UnknownSuppression.ID {
			if !u.Suppress.Allows(f.Rule, u.Index.LineOf(f.Span.Start)) {
				continue
			}
		}
		out = append(out, f)
	}
	rule.SortFindings(out)
	return out
}

// UnknownSuppression is raised here: only the engine knows every id.
var UnknownSuppression = syntax.UnknownSuppression

func (e *Engine) unknownSuppressions(u *rule.Unit) []rule.Finding {
	if u.Suppress == nil {
		return nil
	}
	var out []rule.Finding
	for _, n := range u.Suppress.Named {
		if _, ok := e.known[n.ID]; ok || strings.HasSuffix(n.ID, "/*") {
			continue
		}
		out = append(out, rule.Finding{Rule: UnknownSuppression.ID, Severity: UnknownSuppression.Severity, Path: u.Path, Span: n.Span,
			Message: rule.Msg{Zh: fmt.Sprintf("未知规则 %q：这条禁用注释不起作用", n.ID), En: fmt.Sprintf("unknown rule %q: this suppression has no effect", n.ID)}})
	}
	return out
}
