package privacy_test

import (
	"strings"
	"testing"

	"mpls/analysis/rules/ruletest"
)

// TestPromptNamesTheNeverAskedBranch: a call in the else of
// authSetting[...] === false is reported with why that check lets the
// first visit through; a call with no such test is not told so.
func TestPromptNamesTheNeverAskedBranch(t *testing.T) {
	fs, _ := ruletest.Findings(t, root+"prompt-before-authorize/authsetting-refused-else", "", "privacy/prompt-before-authorize")
	if len(fs) != 2 {
		t.Fatalf("want two findings, got %d: %+v", len(fs), fs)
	}
	for _, f := range fs {
		if !strings.Contains(f.Message.En, "never asked (undefined)") || !strings.Contains(f.Message.Zh, "从未询问过的权限") {
			t.Errorf("the message does not say the check lets a scope never asked through: %s", f.Message.En)
		}
	}
	fs, _ = ruletest.Findings(t, root+"prompt-before-authorize/timer-helper", "", "privacy/prompt-before-authorize")
	for _, f := range fs {
		if strings.Contains(f.Message.En, "never asked") {
			t.Errorf("a call with no authSetting test is told about one: %s", f.Message.En)
		}
	}
}
