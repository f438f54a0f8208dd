package behavior

import "testing"

// The words of a name or a path are whole words (presigned holds no
// resignation), and a leave is a request only beside apply, ask or
// request (leaveMessage is a message).
func TestPrivateTerms(t *testing.T) {
	for s, want := range map[string]bool{
		"ocrBank":                    true,
		"OCRBankCard":                true,
		"/ocr/idcard":                true,
		"recognizeIdFront":           true,
		"submitApprove":              true,
		"/oa/approval/list":          true,
		"pages/resignApply/detail":   true,
		"askForLeave":                true,
		"/oa/leave/apply":            true,
		"uploadBankCard":             true,
		"reimbursementClaim":         true,
		"invoiceTitle":               true,
		"uploadWithPresignedUrl":     false,
		"leaveMessage":               false,
		"/wall/leaveMessage":         false,
		"verifyForm":                 false,
		"pages/moment/publish":       false,
		"doctor/procrastination/tip": false,
		"bankName":                   false,
	} {
		if got := privateTerms(s); got != want {
			t.Errorf("privateTerms(%q) = %v, want %v", s, got, want)
		}
	}
}
