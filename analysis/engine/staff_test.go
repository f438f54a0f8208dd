package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestStaffPages: pages a 工作台 opens only in a staff role's branch (clock
// in, the kitchen board) or after `if (!isAdmin) return` (the admin page)
// get no finding an ordinary user would have to see; the page every user
// gets keeps its finding, strict reports them all, and moving the clock-in
// link out of the role's branch brings its finding back.
func TestStaffPages(t *testing.T) {
	const dir = "../../testdata/staff-pages"
	onStaffPage := func(keys []string) []string {
		var out []string
		for _, k := range keys {
			if !strings.Contains(k, "no-agreement-flow") && (strings.HasPrefix(k, "pages/clock/") || strings.HasPrefix(k, "pages/kitchen/") || strings.HasPrefix(k, "pages/admin/")) {
				out = append(out, k)
			}
		}
		return out
	}
	got := findingKeys(t, dir)
	if s := onStaffPage(got); len(s) > 0 {
		t.Errorf("staff pages reported in the recommended profile: %q", s)
	}
	if !slices.Contains(got, "pages/nearby/index.js privacy/prompt-before-authorize") {
		t.Errorf("the page every user gets lost its finding: %q", got)
	}

	strict := profileKeys(t, dir, "strict")
	if s := onStaffPage(strict); len(s) != 3 {
		t.Errorf("strict must report the three staff pages' findings: %q", s)
	}

	// the clock-in link offered to every user
	tmp := editedCopy(t, dir, "pages/work/index.js", "items: [{ text: '附近食堂', url: '/pages/nearby/index' }]", "items: [{ text: '附近食堂', url: '/pages/nearby/index' }, { text: '打卡', url: '/pages/clock/index' }]")
	if got := findingKeys(t, tmp); !slices.Contains(got, "pages/clock/index.js privacy/prompt-before-authorize") {
		t.Errorf("a clock-in link every user sees must bring its finding back: %q", got)
	}
}
