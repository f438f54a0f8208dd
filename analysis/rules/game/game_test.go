package game_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

const root = "../../../testdata/rules/game/"

func TestHealthNotice(t *testing.T) {
	ruletest.Cases(t, root+"health-notice", "", "game/health-notice")
}

func TestHealthNoticeFix(t *testing.T) {
	ruletest.FixCases(t, root+"health-notice", "", "game/health-notice")
}

func TestGambling(t *testing.T) {
	ruletest.Cases(t, root+"gambling", "", "game/gambling")
}

func TestLicenseInfo(t *testing.T) {
	ruletest.Cases(t, root+"license-info", "", "game/license-info")
}
