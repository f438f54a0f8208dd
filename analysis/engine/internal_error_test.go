package engine

import (
	"strings"
	"testing"

	"mpls/analysis/rule"
)

// TestRuleFailureIsReported: a rule that panics on a file leaves a
// project/internal-error finding there naming it (a project rule's on
// app.json), and the other rules' findings stand. Before, the CLI said
// nothing (only the server logged it), so a crash read as a pass.
func TestRuleFailureIsReported(t *testing.T) {
	fileBoom := &rule.Rule{ID: "test/file-boom", Severity: rule.Warning, Scope: rule.FileScope,
		Check: func(c *rule.FileContext) {
			if strings.HasSuffix(c.Unit.Path, ".wxml") {
				var m map[string]int
				m["x"] = 1 // assignment to entry in nil map
			}
		}}
	projBoom := &rule.Rule{ID: "test/project-boom", Severity: rule.Warning, Scope: rule.ProjectScope,
		CheckProject: func(c *rule.ProjectContext) { panic("no page list") }}
	saved := registered
	registered = append(append([]*rule.Rule(nil), saved...), fileBoom, projBoom)
	defer func() { registered = saved }()

	dir := copyFixture(t, "../../testdata/example")
	res, err := New(Settings{}).CheckPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	var crashes, others int
	onApp := false
	for _, f := range res.Sorted() {
		switch {
		case f.Rule != InternalError.ID:
			others++
		case strings.Contains(f.Message.En, "test/file-boom") && strings.HasSuffix(f.Path, ".wxml"):
			crashes++
		case strings.Contains(f.Message.En, "test/project-boom") && f.Path == "app.json":
			onApp = true
		default:
			t.Errorf("internal error %+v", f)
		}
	}
	if crashes == 0 || !onApp {
		t.Fatalf("failures not reported (file %d, project %v): %v", crashes, onApp, res.Sorted())
	}
	if others == 0 {
		t.Fatal("the other rules' findings are gone")
	}
}
