// Package game holds the game rules of the catalogue.
package game

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{}
