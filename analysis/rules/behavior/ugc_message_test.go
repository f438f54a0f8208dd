package behavior_test

import (
	"strings"
	"testing"

	"mpls/analysis/rules/ruletest"
)

// The message says what the flow really sends: a picture kept only as a
// temp path in a request is no published image, and an upload to the
// user's own album is told as theirs, not as published.
func TestUGCMessages(t *testing.T) {
	fs, _ := ruletest.Findings(t, root+"ugc-unchecked/dy-profile-listed", "", "behavior/ugc-unchecked")
	if len(fs) != 1 {
		t.Fatalf("dy-profile-listed: %d findings, want 1", len(fs))
	}
	if m := fs[0].Message; !strings.Contains(m.Zh, "内容（“昵称”）") || !strings.Contains(m.En, "made (“昵称”)") {
		t.Errorf("a nickname sent with a temp file path: %q / %q", m.Zh, m.En)
	}
	fs, _ = ruletest.Findings(t, root+"ugc-unchecked/strict-own-album", "", "behavior/ugc-unchecked")
	own := 0
	for _, f := range fs {
		isOwn := strings.Contains(f.Message.En, "their own private space")
		if isOwn != strings.HasPrefix(f.Path, "pages/album/") {
			t.Errorf("%s: own=%v in %q", f.Path, isOwn, f.Message.En)
		}
		if isOwn {
			own++
		}
	}
	if own != 1 {
		t.Errorf("strict-own-album: %d own-album findings, want 1", own)
	}
}
