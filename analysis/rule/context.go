package rule

import (
	"sync"

	"mpls/analysis/flat"
	"mpls/analysis/jsonv"
	"mpls/analysis/lexicon"
	"mpls/analysis/parse"
	"mpls/analysis/project"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Unit is everything known about one file after one parse: immutable, so
// the project rules can read every file's unit while editors keep typing.
type Unit struct {
	Path    string
	Lang    parse.Lang
	Dialect string // template extension without the dot
	Version int32
	Text    []byte
	Index   *text.Index
	Skip    string

	Template  *template.Facts
	Script    *script.Facts
	JSON      *jsonv.Value
	JSONError []jsonv.SyntaxError
	Syntax    []text.Span // ERROR and MISSING nodes
	// Suppressions parsed from the file's comments.
	Suppress *Suppressions
	// Walk is a script's flattened syntax tree, kept for the next edit's
	// analysis (engine.Rebuild copies what the parser reused from it).
	// Only units of documents being edited have one; it holds C memory
	// until the next Rebuild uses it up or engine.Release frees it.
	Walk *flat.Snapshot

	visibleOnce sync.Once
	visible     []Piece
	hitsMu      sync.Mutex
	hits        *pieceHits
}

// Env is what every check may read besides its file.
type Env struct {
	Project   *project.Project
	Platform  string
	Namespace string // wx, tt, my, swan, qq
	Lexicon   *lexicon.Lexicon
	// Strict is the "strict" profile: report the letter of the rulebook,
	// not only what reviewers reject in practice.
	Strict bool
	// Units of the whole project by path (nil for a lone file).
	Units map[string]*Unit
}

// FileContext is handed to a FileScope rule.
type FileContext struct {
	*Env
	Unit *Unit
	Rule *Rule
	out  *[]Finding
}

// NewFileContext is for the engine and tests.
func NewFileContext(env *Env, u *Unit, r *Rule, out *[]Finding) *FileContext {
	return &FileContext{Env: env, Unit: u, Rule: r, out: out}
}

// Report records a finding of the running rule in this file.
func (c *FileContext) Report(s text.Span, m Msg, fixes ...Fix) {
	*c.out = append(*c.out, Finding{Rule: c.Rule.ID, Severity: c.Rule.Severity, Path: c.Unit.Path, Span: s, Message: m, Fixes: fixes})
}

// ReportCite is Report with a citation of its own (see Finding.Cite).
func (c *FileContext) ReportCite(cite string, s text.Span, m Msg, fixes ...Fix) {
	c.Report(s, m, fixes...)
	(*c.out)[len(*c.out)-1].Cite = cite
}

// Str returns the file's text at s.
func (c *FileContext) Str(s text.Span) string { return string(c.Unit.Text[s.Start:s.End]) }

// ProjectContext is handed to a ProjectScope rule.
type ProjectContext struct {
	*Env
	Rule *Rule
	out  *[]Finding
	// PageUnseen, set by the engine, reports whether the file at path
	// belongs to a page the engine leaves out as unseen in the recommended
	// profile (an orphan, a page only dead code or a staff role's branch
	// opens); nil when unknown. See Unseen.
	PageUnseen func(path string) bool
}

// Unseen reports whether, in the profile checked, no user reaches the page
// the file at path belongs to: never in strict; in recommended, when the
// page is unreached (project.Unreached: an orphan, or opened only from
// unreached pages) or the engine leaves it out (PageUnseen). A rule whose
// one finding gathers evidence across the project (a Notice) takes only
// evidence users see. Files that are no page's are seen.
func (c *ProjectContext) Unseen(path string) bool {
	if c.Env == nil || c.Strict || c.Project == nil {
		return false
	}
	return c.Project.Unreached(path) || c.PageUnseen != nil && c.PageUnseen(path)
}

// NewProjectContext is for the engine and tests.
func NewProjectContext(env *Env, r *Rule, out *[]Finding) *ProjectContext {
	return &ProjectContext{Env: env, Rule: r, out: out}
}

// Report records a finding of the running rule in the file at path.
func (c *ProjectContext) Report(path string, s text.Span, m Msg, fixes ...Fix) {
	*c.out = append(*c.out, Finding{Rule: c.Rule.ID, Severity: c.Rule.Severity, Path: path, Span: s, Message: m, Fixes: fixes})
}
