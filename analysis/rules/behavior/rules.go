// Package behavior holds the behavior rules of the catalogue.
package behavior

import "mpls/analysis/rule"

// Rules of this area, in catalogue order.
var Rules = []*rule.Rule{
	InducedShare,
	InducedContact,
	JumpWithoutTap,
	AutoplayMedia,
	UnclosablePopup,
	FakeSystemNotice,
	ClipboardToken,
	UGCUnchecked,
	MultiLevelDistribution,
}
