package content

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	ExtremeWords,
	BrandMisuse,
	Prohibited,
	UserCreatedPolls,
	Quiz,
	Unfinished,
	FloatAd,
	FakeSocialProof,
	BrokenLink,
}
