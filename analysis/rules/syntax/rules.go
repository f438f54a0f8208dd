package syntax

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	ParseError,
	UnknownSuppression,
	InvalidConfig,
}
