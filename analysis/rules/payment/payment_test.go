package payment_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

const root = "../../../testdata/rules/payment/"

func TestIOSVirtual(t *testing.T) {
	ruletest.Cases(t, root+"ios-virtual", "", "payment/ios-virtual")
}

func TestIOSVirtualFix(t *testing.T) {
	ruletest.FixCases(t, root+"ios-virtual", "", "payment/ios-virtual")
}

func TestIOSPriceShelf(t *testing.T) {
	ruletest.Cases(t, root+"ios-price-shelf", "", "payment/ios-price-shelf")
}

func TestExternalGuidance(t *testing.T) {
	ruletest.Cases(t, root+"external-guidance", "", "payment/external-guidance")
}

func TestThirdPartyQR(t *testing.T) {
	ruletest.Cases(t, root+"third-party-qr", "", "payment/third-party-qr")
}

func TestDonation(t *testing.T) {
	ruletest.Cases(t, root+"donation", "", "payment/donation")
}

// An arrow's expression body and the body of a brace-less if cannot take
// a statement before them: reported, with no fix.
func TestIOSVirtualNoFix(t *testing.T) {
	fs, _ := ruletest.Findings(t, root+"ios-virtual/wx-arrow-body-no-fix", "", "payment/ios-virtual")
	if len(fs) != 3 {
		t.Fatalf("want 3 findings, got %d", len(fs))
	}
	for _, f := range fs {
		if len(f.Fixes) > 0 {
			t.Errorf("%s %v: offers a fix it cannot apply safely", f.Path, f.Span)
		}
	}
}
