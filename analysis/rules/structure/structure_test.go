package structure_test

import (
	"testing"

	"mpls/analysis/rules/ruletest"
)

func TestPureH5(t *testing.T) {
	ruletest.Cases(t, "../../../testdata/rules/structure/pure-h5", "", "structure/pure-h5")
}
