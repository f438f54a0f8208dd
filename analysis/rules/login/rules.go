package login

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	PhoneButtonLabel,
	ForcedOnEntry,
	NonPlatformWording,
	DeprecatedProfileAPI,
	NoLogout,
	TestAccount,
}
