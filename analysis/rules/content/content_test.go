package content_test

import (
	"strings"
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

// TestScanMessages: a scan whose success callback is empty is told so; it
// is not said to log a result it does not log.
func TestScanMessages(t *testing.T) {
	fs, res := ruletest.Findings(t, root+"unfinished/wx-scan-result", "", "content/unfinished")
	want := map[string]string{
		"pages/home/home.js:4:8-4:16 content/unfinished":   "回调是空的",
		"pages/home/home.js:13:8-13:16 content/unfinished": "只打印到控制台",
	}
	for _, f := range fs {
		l := ruletest.Line(res, f)
		w, ok := want[l]
		if !ok {
			continue
		}
		delete(want, l)
		if !strings.Contains(f.Message.Zh, w) || w == "回调是空的" && strings.Contains(f.Message.Zh, "console") {
			t.Errorf("%s: %s", l, f.Message.Zh)
		}
	}
	for l := range want {
		t.Errorf("missing %s", l)
	}
}
