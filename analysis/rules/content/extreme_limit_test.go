package content

import (
	"strings"
	"testing"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// TestStatedLimit: 最 with a measure followed by what it bounds is a rule
// or a ceiling; with a quality, 的 or a ranked subject it is a claim.
func TestStatedLimit(t *testing.T) {
	for _, c := range []struct {
		s      string
		interp bool // the text runs into {{…}}
		want   bool
	}{
		{"用户单笔最大提现额度为500元", false, true},
		{"平台最小提现金额为1元", false, true},
		{"授权成功最高免¥8999.00商品押金", false, true},
		{"授权成功最高免¥", false, true},
		{"单笔最高", true, true},
		{"每单最长 三十天 租期", false, true},
		{"最高可免 ¥300", false, true},
		{"最低起提 10 元", false, true},
		{"信用良好最高免押", false, true},
		{"单笔最高", false, false},
		{"人气最高的奶茶", false, false},
		{"价格最低只需 9.9 元", false, false},
		{"同类最低 ¥59 起", false, false},
		{"最高品质 19 元包邮", false, false},
		{"本周最低折扣", false, false},
		{"规模最大，服务 10 万家庭", false, false},
		{"最高端的租赁平台", false, false},
		{"最好的 3 款", false, false},
		{"最大录制时长为10分钟", false, true},
		{"单次最长上传时长", true, true},
		{"最高可录制时长 三十分钟", false, true},
		{"最大录制时长", false, false},
		{"最大优惠金额，尽在本店 9 折起", false, false},
		{"最大的录制时长为10分钟", false, false},
	} {
		i := strings.Index(c.s, "最")
		if got := statedLimit(c.s, i, i+len("最"), c.interp); got != c.want {
			t.Errorf("statedLimit(%q, interp %v) = %v, want %v", c.s, c.interp, got, c.want)
		}
	}
}

// TestSays: a loan word wins over a payout word; 到账 alone says neither.
func TestSays(t *testing.T) {
	for s, want := range map[string]string{
		"提现成功！工作人员会在24小时内审核并予以放款": "payout",
		"佣金结算后统一放款":               "payout",
		"借款审核通过即放款，放款后可提现":        "loan",
		"极速放款，当天到账":               "",
		"分期还款，最快当天放款":             "loan",
	} {
		if got := says(s); got != want {
			t.Errorf("says(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestInlineAfter: a text piece's clause goes on through inline children
// (<text>, <span>) and stops at other elements; it says when it runs into
// an interpolation.
func TestInlineAfter(t *testing.T) {
	for _, c := range []struct {
		src, piece string
		want       string
		interp     bool
	}{
		{"<view>最大录制时长为\n  <text class=\"num\">10</text>\n  分钟。</view>", "最大录制时长为", "10分钟。", false},
		{"<view>最高免<span>¥</span>{{price}}元</view>", "最高免", "¥", true},
		{"<view>最高品质</view><view>19 元</view>", "最高品质", "", false},
		{"<view>最大<image src=\"a.png\"/>10</view>", "最大", "", false},
	} {
		start := strings.Index(c.src, c.piece)
		p := rule.Piece{Span: text.Span{Start: start, End: start + len(c.piece)}, Text: c.piece, Where: "text"}
		more, interp := inlineAfter([]byte(c.src), p)
		if more != c.want || interp != c.interp {
			t.Errorf("inlineAfter(%q) = %q, %v; want %q, %v", c.src, more, interp, c.want, c.interp)
		}
	}
}
