package lexicon

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpus is ~100 KB of mini-program UI text: mostly innocent phrases (many
// of them look-alikes of lexicon words) with a hit now and then.
func corpus(size int) string {
	phrases := []string{
		"最近浏览", "最新上架", "猜你喜欢", "第一步：填写收货地址", "购物车", "立即购买", "加入购物车",
		"我的订单", "待付款", "待发货", "已完成", "申请售后", "联系客服", "收货地址管理", "优惠券",
		"最多可选3张图片", "上传进度100%", "唯一标识", "会员中心", "积分商城", "每日签到", "领取福利",
		"本店最好的选择", "分享给好友", "请输入手机号", "获取验证码", "手机号授权登录", "退出登录",
		"商品详情", "规格参数", "用户评价", "查看全部", "店铺首页", "全部分类", "热门推荐", "限时秒杀",
		"Lorem", "VIPER", "订单编号：202401010001", "配送时间：9点至21点", "由于相关规范，iOS 功能暂不可用",
		"微信支付", "支付宝", "余额", "确认订单", "提交订单", "支付成功", "查看物流", "包裹已到达转运中心",
	}
	r := rand.New(rand.NewSource(1))
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(phrases[r.Intn(len(phrases))])
		b.WriteString("，")
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	l := Default()
	text := corpus(100 << 10)
	for _, cat := range []string{"extreme", "prohibited", "external-payment"} {
		b.Run(cat, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				l.Find(cat, text)
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		cats := l.Categories()
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for _, c := range cats {
				l.Find(c, text)
			}
		}
	})
	b.Run("short", func(b *testing.B) { // a button label, once per keystroke
		for b.Loop() {
			l.Find("phone-label-bad", "抖音用户一键登录")
		}
	})
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

// checkHits verifies the invariants every Find result must satisfy.
func checkHits(t *testing.T, s string, hits []Hit) {
	t.Helper()
	last := 0
	for _, h := range hits {
		if h.Start < last || h.End <= h.Start || h.End > len(s) {
			t.Fatalf("bad hit %+v (previous end %d) in %q", h, last, s)
		}
		if !runeStart(s, h.Start) || !runeStart(s, h.End) {
			t.Fatalf("hit %+v not on rune boundaries in %q", h, s)
		}
		if !strings.EqualFold(s[h.Start:h.End], h.Word) {
			t.Fatalf("hit %+v: text %q", h, s[h.Start:h.End])
		}
		last = h.End
	}
}

// runeStart reports whether off is where utf8 decoding of s from 0 puts a
// rune start (or the end).
func runeStart(s string, off int) bool {
	for i := 0; i < len(s); {
		if i == off {
			return true
		}
		if i > off {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return off == len(s)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "最", "最近最好", "第一步第一", "VIPER VIP vip_", "21点30分 玩21点", "最高５元",
		"抵制不良游戏，拒绝盗版游戏。", "\xe6\x9c", "\xff最\x80好", "分享后解锁全部内容",
		"wx.cloud.openapi.security.msgSecCheck", "微信支付 微信 WeChat Pay wechat",
		"最高500元，最高品质", "«POS机»", strings.Repeat("最", 50),
	} {
		f.Add(s)
	}
	l := Default().With(map[string][]string{"extreme": {"神器 | except: 神器榜"}}, []string{"最美"})
	cats := l.Categories()
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range cats {
			checkHits(t, s, l.Find(c, s))
		}
	})
}

// A quick randomized differential check against a naive matcher that
// tries every entry at every position (exceptions aside).
func TestFindMatchesNaive(t *testing.T) {
	l := mustLex(t, map[string]string{"t": "@cite x\n甲\n甲乙\n乙丙\nab\nb\n丙丁戊\n丁\n"})
	words := []string{"甲", "甲乙", "乙丙", "ab", "b", "丙丁戊", "丁"}
	alphabet := []string{"甲", "乙", "丙", "丁", "戊", "a", "b", " ", "x"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 2000; n++ {
		var sb strings.Builder
		for k := r.Intn(12); k > 0; k-- {
			sb.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		s := sb.String()
		var want []Hit
		for i := 0; i < len(s); {
			best := ""
			for _, w := range words {
				if strings.HasPrefix(s[i:], w) && len(w) > len(best) && bounded(s, i, i+len(w)) {
					best = w
				}
			}
			if best == "" {
				i++
				continue
			}
			want = append(want, Hit{Category: "t", Word: best, Start: i, End: i + len(best)})
			i += len(best)
		}
		got := l.Find("t", s)
		if len(got) != len(want) {
			t.Fatalf("%q: got %+v want %+v", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: got %+v want %+v", s, got, want)
			}
		}
	}
}

func bounded(s string, start, end int) bool {
	if isWordByte(s[start]) && start > 0 && isWordByte(s[start-1]) {
		return false
	}
	if isWordByte(s[end-1]) && end < len(s) && isWordByte(s[end]) {
		return false
	}
	return true
}
