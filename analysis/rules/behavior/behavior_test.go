package behavior_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

const root = "../../../testdata/rules/behavior/"

func TestInducedShare(t *testing.T) {
	ruletest.Cases(t, root+"induced-share", "", "behavior/induced-share")
}

func TestInducedContact(t *testing.T) {
	ruletest.Cases(t, root+"induced-contact", "", "behavior/induced-contact")
}

func TestJumpWithoutTap(t *testing.T) {
	ruletest.Cases(t, root+"jump-without-tap", "", "behavior/jump-without-tap")
}

func TestAutoplayMedia(t *testing.T) {
	ruletest.Cases(t, root+"autoplay-media", "", "behavior/autoplay-media")
}

func TestAutoplayMediaFix(t *testing.T) {
	ruletest.FixCases(t, root+"autoplay-media", "", "behavior/autoplay-media")
}

func TestUnclosablePopup(t *testing.T) {
	ruletest.Cases(t, root+"unclosable-popup", "", "behavior/unclosable-popup")
}

func TestFakeSystemNotice(t *testing.T) {
	ruletest.Cases(t, root+"fake-system-notice", "", "behavior/fake-system-notice")
}

func TestClipboardToken(t *testing.T) {
	ruletest.Cases(t, root+"clipboard-token", "", "behavior/clipboard-token")
}

func TestUGCUnchecked(t *testing.T) {
	ruletest.Cases(t, root+"ugc-unchecked", "", "behavior/ugc-unchecked")
}

func TestMultiLevelDistribution(t *testing.T) {
	ruletest.Cases(t, root+"multi-level-distribution", "", "behavior/multi-level-distribution")
}
