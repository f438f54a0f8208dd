package privacy

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	PromptBeforeAuthorize,
	RepeatedAuthorize,
	LocationNoFallback,
	IPGeolocation,
	VaguePurpose,
	PermissionDescMissing,
	RequiredPrivateInfos,
	UnusedPrivateInfos,
	FuzzyPreciseConflict,
	NoAgreementFlow,
	RecordOnEntry,
	ClipboardOnEntry,
	UndeclaredCategory,
	UnusedDeclaration,
	DeclaredPurpose,
	OthersPhoneShown,
}
