package privacy_test

import (
	"strings"
	"testing"

	"mpls/analysis/rules/ruletest"
)

// TestNoAgreementFlowNamesReachedUses: the notice names only the privacy
// APIs of pages users reach — not the orphan demo page's chooseMedia, nor
// getLocation on the coupon page that only an unbound method opens (the
// engine's dead links) — and stands on the cart page's use.
func TestNoAgreementFlowNamesReachedUses(t *testing.T) {
	fs, _ := ruletest.Findings(t, root+"no-agreement-flow/reached-among-unreached", "", "privacy/no-agreement-flow")
	if len(fs) != 1 {
		t.Fatalf("want one notice, got %d: %+v", len(fs), fs)
	}
	msg := fs[0].Message.En
	if !strings.Contains(msg, "(wx.setClipboardData)") {
		t.Errorf("the notice names the reached use alone: %s", msg)
	}
	for _, api := range []string{"chooseMedia", "getLocation"} {
		if strings.Contains(msg, api) {
			t.Errorf("the notice names %s, used only on a page no user reaches: %s", api, msg)
		}
	}
}
