package engine

import (
	"slices"
	"strings"
	"testing"
)

// TestStaffMenu: a menu row drawn from data (bindtap="{{item.tap}}", shown
// while wx:if="{{item.visible}}") that starts hidden and is shown only from
// a staff flag opens the manage page, and the manage page the goods
// editor: neither is reported in the recommended profile, while the review
// page every user gets keeps its finding; strict reports the editor. The
// row's handler name 'manage' and the server paths host + '/manage/' are
// no links to pages/manage/manage. A row visible from the start, or shown
// from anything but a staff flag, brings the editor's finding back.
func TestStaffMenu(t *testing.T) {
	const dir = "../../testdata/staff-menu"
	const editor = "pages/goods-edit/goods-edit.js behavior/ugc-unchecked"
	staffOnly := func(keys []string) []string {
		var out []string
		for _, k := range keys {
			if strings.HasPrefix(k, "pages/manage/") || strings.HasPrefix(k, "pages/goods-edit/") {
				out = append(out, k)
			}
		}
		return out
	}
	got := findingKeys(t, dir)
	if s := staffOnly(got); len(s) > 0 {
		t.Errorf("pages only a manager's menu row opens reported in the recommended profile: %q", s)
	}
	if !slices.Contains(got, "pages/review/review.js behavior/ugc-unchecked") {
		t.Errorf("the review page every user gets lost its finding: %q", got)
	}

	strict := profileKeys(t, dir, "strict")
	if !slices.Contains(strict, editor) {
		t.Errorf("strict must report the goods editor: %q", strict)
	}

	for _, c := range []struct{ what, old, new string }{
		{"a row visible from the start", "tap: 'manage', visible: false", "tap: 'manage', visible: true"},
		{"a row shown from a login flag", "'rows[1].visible': app.globalData.isManager", "'rows[1].visible': !!app.globalData.token"},
		{"a row every run may show", "this.setData({ 'rows[1].visible': app.globalData.isManager })", "this.setData({ 'rows[1].visible': app.globalData.isManager })\n    this.setData({ rows: this.data.rows })"},
	} {
		tmp := editedCopy(t, dir, "pages/me/me.js", c.old, c.new)
		if got := findingKeys(t, tmp); !slices.Contains(got, editor) {
			t.Errorf("%s must bring the editor's finding back: %q", c.what, got)
		}
	}
}
