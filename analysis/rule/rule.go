// Package rule defines what a rule is and what it reports. Rules live in
// analysis/rules, one file each; the engine in analysis/engine runs them.
// Nothing here knows LSP: spans are byte offsets, messages are bilingual.
package rule

import (
	"sort"

	"mpls/analysis/text"
)

// Severity uses the LSP numbering so the server converts by cast.
type Severity int

const (
	Error       Severity = 1
	Warning     Severity = 2
	Information Severity = 3
	Hint        Severity = 4
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Information:
		return "information"
	case Hint:
		return "hint"
	}
	return "off"
}

// ParseSeverity reads "error", "warning", "information"/"info", "hint";
// ok is false for anything else ("off" included).
func ParseSeverity(s string) (Severity, bool) {
	switch s {
	case "error":
		return Error, true
	case "warning", "warn":
		return Warning, true
	case "information", "info":
		return Information, true
	case "hint":
		return Hint, true
	}
	return 0, false
}

// Platforms mpls knows; a rule lists those it applies to (none = all).
const (
	WeChat = "wechat"
	Douyin = "douyin"
	Alipay = "alipay"
	Baidu  = "baidu"
	QQ     = "qq"
)

// AllPlatforms in a fixed order.
var AllPlatforms = []string{WeChat, Douyin, Alipay, Baidu, QQ}

// Msg is a text in both languages mpls speaks.
type Msg struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// In picks the text for a locale ("en…" gives English, anything else Chinese).
func (m Msg) In(locale string) string {
	if len(locale) >= 2 && locale[:2] == "en" && m.En != "" {
		return m.En
	}
	if m.Zh == "" {
		return m.En
	}
	return m.Zh
}

// Edit replaces a byte span of a file. Path "" means the finding's file.
type Edit struct {
	Path    string    `json:"path,omitempty"`
	Span    text.Span `json:"span"`
	NewText string    `json:"newText"`
}

// Fix is a set of edits that resolves a finding.
type Fix struct {
	Title     Msg    `json:"title"`
	Edits     []Edit `json:"edits"`
	Preferred bool   `json:"preferred,omitempty"`
	// Safe fixes may be applied without looking (fix-all, check --fix).
	Safe bool `json:"safe,omitempty"`
}

// Finding is one problem at one place.
type Finding struct {
	Rule     string    `json:"rule"`
	Severity Severity  `json:"severity"`
	Path     string    `json:"path"`
	Span     text.Span `json:"span"`
	Message  Msg       `json:"message"`
	Fixes    []Fix     `json:"fixes,omitempty"`
	// Cite overrides the rule's citation for this finding (a lexicon
	// sub-category with its own section); the engine renders it.
	Cite string `json:"cite,omitempty"`
}

// Doc is a rule's documentation, in the sections ruff uses.
type Doc struct {
	What  Msg
	Why   Msg
	Wrong string // an example that fires
	Right string // the same, fixed
	// Excerpt quotes the rulebook passage the rule enforces.
	Excerpt string
	// Profiles says what the recommended profile reports and what strict
	// adds; empty when both report the same.
	Profiles Msg
}

// Scope says what a rule looks at.
type Scope int

const (
	// FileScope rules see one file at a time.
	FileScope Scope = iota
	// ProjectScope rules see the facts of every file in the project.
	ProjectScope
)

// Rule is one review rule.
type Rule struct {
	ID        string
	Severity  Severity
	Platforms []string // empty: every platform
	Citation  string   // e.g. "DY §1.1.2.1, WX §14.1.1"
	Title     Msg
	Doc       Doc
	Scope     Scope
	// Whole: a finding speaks for the whole project (app.json's
	// requiredPrivateInfos missing an API the code calls: the call fails
	// wherever it is); its place is only where to look, so it stands even
	// on a page nothing opens.
	Whole bool
	// Notice: one finding tells the project something (give reviewers a
	// test account, add a logout, declare the privacy APIs in the
	// console); it is anchored on its evidence, which must be on a page
	// users see (ProjectContext.Unseen), but no line is the right one.
	Notice bool
	// Check runs on one file (FileScope).
	Check func(c *FileContext)
	// CheckProject runs once over the project (ProjectScope).
	CheckProject func(c *ProjectContext)
}

// AppliesTo reports whether the rule runs on platform p.
func (r *Rule) AppliesTo(p string) bool {
	if len(r.Platforms) == 0 {
		return true
	}
	for _, x := range r.Platforms {
		if x == p {
			return true
		}
	}
	return false
}

// SortFindings orders findings by file, position, then rule.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Span.End != b.Span.End {
			return a.Span.End < b.Span.End
		}
		return a.Rule < b.Rule
	})
}
