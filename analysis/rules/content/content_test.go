package content_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

const root = "../../../testdata/rules/content/"

func TestExtremeWords(t *testing.T) {
	ruletest.Cases(t, root+"extreme-words", "", "content/extreme-words")
}

func TestExtremeWordsFix(t *testing.T) {
	ruletest.FixCases(t, root+"extreme-words", "", "content/extreme-words")
}

func TestBrandMisuse(t *testing.T) {
	ruletest.Cases(t, root+"brand-misuse", "", "content/brand-misuse")
}

func TestProhibited(t *testing.T) {
	ruletest.Cases(t, root+"prohibited", "", "content/prohibited")
}

func TestUserCreatedPolls(t *testing.T) {
	ruletest.Cases(t, root+"user-created-polls", "", "content/user-created-polls")
}

func TestQuiz(t *testing.T) {
	ruletest.Cases(t, root+"quiz", "", "content/quiz")
}

func TestUnfinished(t *testing.T) {
	ruletest.Cases(t, root+"unfinished", "", "content/unfinished")
}

func TestFloatAd(t *testing.T) {
	ruletest.Cases(t, root+"float-ad", "", "content/float-ad")
}

func TestFakeSocialProof(t *testing.T) {
	ruletest.Cases(t, root+"fake-social-proof", "", "content/fake-social-proof")
}
