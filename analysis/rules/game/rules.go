// Package game holds the mini-game rules of the catalogue.
package game

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	HealthNotice,
	Gambling,
	LicenseInfo,
}
