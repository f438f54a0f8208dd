// Package payment holds the payment rules of the catalogue.
package payment

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{}
