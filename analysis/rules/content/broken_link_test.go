package content_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

func TestBrokenLink(t *testing.T) {
	ruletest.Cases(t, root+"broken-link", "", "content/broken-link")
}
