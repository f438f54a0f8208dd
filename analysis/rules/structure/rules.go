// Package structure holds the structure rules of the catalogue.
package structure

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	PureH5,
}
