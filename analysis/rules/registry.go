// Package rules registers every rule mpls has, in one place: each area
// package lists its rules in its rules.go; this file lists the areas.
// Each rule lives in its own file, with its docs and its check.
package rules

import (
	"mpls/analysis/rule"
	"mpls/analysis/rules/behavior"
	"mpls/analysis/rules/content"
	"mpls/analysis/rules/game"
	"mpls/analysis/rules/login"
	"mpls/analysis/rules/payment"
	"mpls/analysis/rules/privacy"
	"mpls/analysis/rules/security"
	"mpls/analysis/rules/structure"
	"mpls/analysis/rules/syntax"
)

// All returns the registered rules.
func All() []*rule.Rule { return all }

var all = concat(
	syntax.Rules,
	privacy.Rules,
	login.Rules,
	payment.Rules,
	behavior.Rules,
	security.Rules,
	content.Rules,
	structure.Rules,
	game.Rules,
)

func concat(lists ...[]*rule.Rule) []*rule.Rule {
	var out []*rule.Rule
	seen := map[string]bool{}
	for _, l := range lists {
		for _, r := range l {
			if seen[r.ID] {
				panic("mpls: rule registered twice: " + r.ID)
			}
			seen[r.ID] = true
			out = append(out, r)
		}
	}
	return out
}
