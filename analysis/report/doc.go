// Package report drafts the submission notes (提审说明) a reviewer reads,
// in the shape of the usual template: 本次版本变更 (新增/优化/修复), 测试账号,
// 补充说明 (privacy, payment/UGC/external links, category), then the open
// findings that may get the build rejected. Everything but the change list
// comes from the analysis; the change list comes from the files changed
// since a git ref, which the caller reads (`mpls report --since`: cmd/mpls
// runs git; nothing in analysis/ runs another program).
//
// `mpls report` and the editor's mpls.submissionNotes command both call
// Notes (or Build and Markdown); the privacy declaration is
// privacydecl.Derive, reached from a folder through Declaration.
package report

// Doc is the report as data: `--format json` prints it as it is,
// the Markdown is rendered from it.
type Doc struct {
	// Since is the git ref the change list is computed from ("" without).
	Since    string    `json:"since,omitempty"`
	Projects []Project `json:"projects"`
}

// Project is the notes of one mini-program.
type Project struct {
	Name string `json:"name"`
	// Root is the project's folder relative to DIR ("." for DIR itself).
	Root         string `json:"root"`
	Platform     string `json:"platform"`
	PlatformName string `json:"platformName"`
	Game         bool   `json:"game,omitempty"`
	Pages        int    `json:"pages"`
	Components   int    `json:"components"`

	// Changes is the change list (nil without --since).
	Changes     *ChangeList  `json:"changes"`
	TestAccount TestAccount  `json:"testAccount"`
	Privacy     []PrivacyUse `json:"privacy"`
	Payment     []Place      `json:"payment"`
	UGC         []Place      `json:"ugc"`
	External    []Place      `json:"external"`
	Category    []Signal     `json:"categorySignals"`
	// Findings are the open findings at warning or above, by rule.
	Findings []RuleGroup `json:"findings"`
}

// Place is one thing found at one place. Paths are relative to DIR,
// lines 1-based.
type Place struct {
	What string `json:"what"`
	// Note says what the thing does, when What alone does not.
	Note string `json:"note,omitempty"`
	File string `json:"file"`
	Line int    `json:"line"`
	// Changed: the file changed since --since.
	Changed bool `json:"changed,omitempty"`
}

// ChangeList is what changed since the ref, by page and component.
type ChangeList struct {
	Added    []ChangeItem `json:"added"`
	Modified []ChangeItem `json:"modified"`
	// Removed are pages and components whose files were all deleted.
	Removed []ChangeItem `json:"removed"`
	// Other are changed files that belong to no page or component
	// (app.json, app.js, utils/ …).
	Other []string `json:"other"`
}

// ChangeItem is one page or component that changed.
type ChangeItem struct {
	Kind  string   `json:"kind"` // "page" or "component"
	Path  string   `json:"path"` // route or component base, relative to the project root
	Title string   `json:"title,omitempty"`
	Files []string `json:"files"` // changed files, relative to DIR
}

// TestAccount says whether the reviewer needs an account, and why.
type TestAccount struct {
	Required bool `json:"required"`
	// Certain: the login/test-account rule (or its detector) found an
	// account system; false when only login calls hint at one.
	Certain bool `json:"certain,omitempty"`
	// Source: "login/test-account", "detected", "login-calls"; or
	// "platform-login" (not Required): the only way in is the platform's,
	// so the reviewer signs in with their own account.
	Source   string `json:"source,omitempty"`
	Evidence *Place `json:"evidence,omitempty"`
}

// PrivacyUse is one privacy category the code touches, with where.
type PrivacyUse struct {
	Category string   `json:"category"`
	Label    string   `json:"label"`
	Scopes   []string `json:"scopes"`
	Uses     []Place  `json:"uses"`
}

// Signal is a hint that the service category or its qualifications matter.
type Signal struct {
	Kind   string  `json:"kind"`
	Text   string  `json:"text"`
	Places []Place `json:"places"`
}

// RuleGroup is the open findings of one rule.
type RuleGroup struct {
	Rule     string        `json:"rule"`
	Title    string        `json:"title"`
	Citation string        `json:"citation"`
	Severity string        `json:"severity"`
	Items    []FindingItem `json:"items"`
}

// FindingItem is one open finding.
type FindingItem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}
