// Package security holds the security rules of the catalogue.
package security

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	InsecureTransport,
	AppSecretInClient,
	DebugMode,
}
