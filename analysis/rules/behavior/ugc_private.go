package behavior

import (
	"regexp"
	"strings"
	"unicode"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// A page whose purpose is a private request to the operator publishes
// nothing to other users: a withdrawal (the payout QR code), an exchange,
// return or refund (photos of the goods), identity verification (ID card
// photos). The route often says nothing (pages/withWechat, pages/huanpro);
// the page's own words and the API paths it sends to do.

var (
	// privatePurpose: what the page is for, in its title or its text.
	// An approval or a recognition is private too: a leave or
	// resignation request to the employer, an expense claim, an invoice,
	// a bank card read by OCR to pay the user. So is feedback (意见反馈,
	// 问题反馈, an 意见箱): the operator reads it, and answers the author.
	// Not 申请 alone: a friend request's note (好友申请) goes to another
	// user.
	privatePurpose = regexp.MustCompile(`反馈|意见|提现|收款码|收款二维码|退款|退货|换货|售后|实名|身份证|(?:身份|资质|企业|个人|商家|店铺)认证|认证(?:资料|信息|材料|申请)|审批|离职|请假|销假|调休|报销|发票|开票|银行卡|工资卡|发薪|识别`)
	// publicPurpose: the page also publishes (a review with photos after
	// an order, a post): then its uploads are public.
	publicPurpose = regexp.MustCompile(`评价|晒单|评论|发布|发表|动态|帖子|说说|留言板`)
	// privateAPIWords: words of an API path for such a request
	// (/member/ExchangeOrder, /user/withdraw, /advice/, /suggestion/add).
	privateAPIWords = []string{"exchange", "refund", "aftersale", "returngoods", "withdraw", "cashout", "tixian", "realname", "idcard", "certif", "complain", "feedback",
		"advice", "suggest", "fankui", "yijian"}
)

// privatePage reports whether page p is a private request to the
// operator: its title or template text names one, or a path it sends to
// does, and nothing on it speaks of publishing.
func (pf *ugcProject) privatePage(p string) bool {
	if v, ok := pf.private[p]; ok {
		return v
	}
	v := privatePageOf(pf.c, p)
	if pf.private == nil {
		pf.private = map[string]bool{}
	}
	pf.private[p] = v
	return v
}

func privatePageOf(c *rule.ProjectContext, p string) bool {
	private, public := false, false
	if c.Project != nil {
		for _, pg := range c.Project.Pages {
			if pg.Files.Script == p && pg.NavigationBarTitleText != nil {
				v := pg.NavigationBarTitleText.Value
				private, public = privatePurpose.MatchString(v), publicPurpose.MatchString(v)
			}
		}
	}
	// the text: one link (a 提现 entry on a settings page) is not the
	// page's purpose, several labels are (换货商品, 换货原因)
	runs := 0
	if t := companionTemplate(c.Units, p); t != nil {
		for _, r := range t.Template.Texts {
			if r.Attr == "" || r.Attr == "placeholder" {
				if privatePurpose.MatchString(r.Text) {
					runs++
				}
				public = public || publicPurpose.MatchString(r.Text)
			}
		}
	}
	private = private || runs >= 2 || sendsPrivately(c.Units[p])
	return private && !public
}

// sendsPrivately: a request of the page goes to a private API path
// (a string among the arguments of a call that leaves the file; a page
// route it opens is not one).
func sendsPrivately(u *rule.Unit) bool {
	if u == nil || u.Script == nil {
		return false
	}
	s := u.Script
	var spans []text.Span
	for i := range s.Calls {
		if isSendCall(&s.Calls[i]) {
			spans = append(spans, s.Calls[i].Span)
		}
	}
	for _, iv := range s.Invokes {
		if _, own := s.Bodies[iv.Name]; !own {
			spans = append(spans, iv.Span)
		}
	}
	for _, str := range s.Strings {
		if !strings.Contains(str.Value, "/") || strings.Contains(str.Value, "pages/") || !privateAPIPath(str.Value) {
			continue
		}
		for _, sp := range spans {
			if sp.Start <= str.Span.Start && str.Span.End <= sp.End {
				return true
			}
		}
	}
	return false
}

// privateAPIPath: a URL or API path whose words name a private request.
func privateAPIPath(s string) bool {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "://"); i >= 0 { // not the host
		s = s[i+3:]
		if j := strings.Index(s, "/"); j >= 0 {
			s = s[j:]
		} else {
			return false
		}
	}
	s = strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(s))
	for _, w := range privateAPIWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return privateTerms(s)
}

// privateTerms reports whether the words of an identifier or a path —
// split at camelCase, snake_case and slashes, so that a word is never the
// inside of another (presignedUrl is no resignation) — name a request
// only the operator or the employer reads: OCR or recognition
// (ocrBank, /ocr/idcard, recognizeText), an approval (submitApprove,
// /oa/approval), a resignation or a leave request (resignApply,
// askForLeave; leaveMessage is a message), an expense claim or an
// invoice, a bank card or the payroll.
func privateTerms(s string) bool {
	ws := splitWords(s)
	for i, w := range ws {
		switch {
		case w == "ocr" || w == "payroll" || w == "bankcard" || w == "qingjia" || w == "shenpi" || w == "baoxiao" || w == "fapiao":
			return true
		case strings.HasPrefix(w, "recogni") || strings.HasPrefix(w, "approv") || strings.HasPrefix(w, "resign") ||
			strings.HasPrefix(w, "reimburs") || strings.HasPrefix(w, "invoice"):
			return true
		case w == "card" && i > 0 && ws[i-1] == "bank":
			return true
		case w == "leave":
			for _, o := range ws {
				if o == "apply" || o == "application" || o == "ask" || o == "request" || strings.HasPrefix(o, "approv") {
					return true
				}
			}
		}
	}
	return false
}

// splitWords lower-cases the words of s: letters and digits, a new word at
// each capital after a lower-case letter or digit (ocrBank), and at the
// last capital of a run followed by a lower-case letter (OCRBank).
func splitWords(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r):
			prev := len(cur) > 0 && !unicode.IsUpper(cur[len(cur)-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prev || len(cur) > 0 && nextLower {
				flush()
			}
			cur = append(cur, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}
