package login_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

const root = "../../../testdata/rules/login/"

func TestPhoneButtonLabel(t *testing.T) {
	ruletest.Cases(t, root+"phone-button-label", "", "login/phone-button-label")
}

func TestPhoneButtonLabelFix(t *testing.T) {
	ruletest.FixCases(t, root+"phone-button-label", "", "login/phone-button-label")
}

func TestForcedOnEntry(t *testing.T) {
	ruletest.Cases(t, root+"forced-on-entry", "", "login/forced-on-entry")
}

func TestNonPlatformWording(t *testing.T) {
	ruletest.Cases(t, root+"non-platform-wording", "", "login/non-platform-wording")
}

func TestNonPlatformWordingFix(t *testing.T) {
	ruletest.FixCases(t, root+"non-platform-wording", "", "login/non-platform-wording")
}

func TestDeprecatedProfileAPI(t *testing.T) {
	ruletest.Cases(t, root+"deprecated-profile-api", "", "login/deprecated-profile-api")
}

func TestNoLogout(t *testing.T) {
	ruletest.Cases(t, root+"no-logout", "", "login/no-logout")
}

func TestTestAccount(t *testing.T) {
	ruletest.Cases(t, root+"test-account", "", "login/test-account")
}
