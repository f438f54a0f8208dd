package privacy_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mpls/analysis/rules/ruletest"
)

const root = "../../../testdata/rules/privacy/"

// run checks every case of a rule, then applies the fixes of each case
// named fix-* and compares with its fixed/ folder. (Fix cases carry an
// mpls.json that ignores fixed/, so the golden files are not analysed.)
func run(t *testing.T, name string) {
	t.Helper()
	id := "privacy/" + name
	ruletest.Cases(t, root+name, "", id)
	entries, err := os.ReadDir(root + name)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "fix-") {
			dir := filepath.Join(root+name, e.Name())
			t.Run("fix/"+e.Name(), func(t *testing.T) { ruletest.FixCase(t, dir, "", id) })
		}
	}
}

func TestPromptBeforeAuthorize(t *testing.T) { run(t, "prompt-before-authorize") }
func TestRepeatedAuthorize(t *testing.T)     { run(t, "repeated-authorize") }
func TestLocationNoFallback(t *testing.T)    { run(t, "location-no-fallback") }
func TestIPGeolocation(t *testing.T)         { run(t, "ip-geolocation") }
func TestVaguePurpose(t *testing.T)          { run(t, "vague-purpose") }
func TestPermissionDescMissing(t *testing.T) { run(t, "permission-desc-missing") }
func TestRequiredPrivateInfos(t *testing.T)  { run(t, "required-private-infos") }
func TestUnusedPrivateInfos(t *testing.T)    { run(t, "unused-private-infos") }
func TestFuzzyPreciseConflict(t *testing.T)  { run(t, "fuzzy-precise-conflict") }
func TestNoAgreementFlow(t *testing.T)       { run(t, "no-agreement-flow") }
func TestRecordOnEntry(t *testing.T)         { run(t, "record-on-entry") }
func TestClipboardOnEntry(t *testing.T)      { run(t, "clipboard-on-entry") }

func TestOthersPhoneShown(t *testing.T) { run(t, "others-phone-shown") }
