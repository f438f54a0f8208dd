package payment

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	IOSVirtual,
	IOSPriceShelf,
	ExternalGuidance,
	ThirdPartyQR,
	Donation,
}
