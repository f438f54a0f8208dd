package syntax_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

func TestParseError(t *testing.T) {
	ruletest.Cases(t, "../../../testdata/rules/syntax/parse-error", "", "syntax/parse-error")
}
