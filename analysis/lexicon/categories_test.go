package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// Cases mark the expected hits inline: «text» is a hit of the word text,
// «text:sub» one in sub-category sub. The markers are removed before
// matching, and each hit must have exactly the byte offsets of its marked
// text in the cleaned string.
type marked struct {
	category string
	text     string
}

type wantHit struct {
	start, end int
	word, sub  string
}

func unmark(t *testing.T, m string) (string, []wantHit) {
	t.Helper()
	var b strings.Builder
	var want []wantHit
	for {
		i := strings.Index(m, "«")
		if i < 0 {
			b.WriteString(m)
			break
		}
		j := strings.Index(m[i:], "»")
		if j < 0 {
			t.Fatalf("unbalanced marker in %q", m)
		}
		b.WriteString(m[:i])
		inner := m[i+len("«") : i+j]
		word, sub, _ := strings.Cut(inner, ":")
		start := b.Len()
		b.WriteString(word)
		want = append(want, wantHit{start, b.Len(), word, sub})
		m = m[i+j+len("»"):]
	}
	return b.String(), want
}

func runMarked(t *testing.T, l *Lexicon, cases []marked) {
	t.Helper()
	for _, c := range cases {
		text, want := unmark(t, c.text)
		hits := l.Find(c.category, text)
		ok := len(hits) == len(want)
		for i := 0; ok && i < len(hits); i++ {
			h, w := hits[i], want[i]
			ok = h.Start == w.start && h.End == w.end && strings.EqualFold(h.Word, w.word) &&
				h.Sub == w.sub && h.Category == c.category
		}
		if !ok {
			var got []string
			for _, h := range hits {
				x := h.Word
				if h.Sub != "" {
					x += ":" + h.Sub
				}
				got = append(got, text[:h.Start]+"«"+x+"»"+text[h.End:])
			}
			t.Errorf("%s: Find(%q)\n got  %v\n want %s", c.category, text, got, c.text)
		}
	}
}

func TestCategories(t *testing.T) {
	runMarked(t, Default(), []marked{
		// extreme: claims
		{"extreme", "«最好»的选择，«最便宜»的价格"},
		{"extreme", "全城«最»大的火锅店"},
		{"extreme", "«全网最低»价，错过再等一年"},
		{"extreme", "连续三年«销量第一»"},
		{"extreme", "国内«第一»家智慧停车平台"},
		{"extreme", "«国家级»大师亲手打造"},
		{"extreme", "«顶级»食材，«极致»口感"},
		{"extreme", "宝妈«首选»，«独家»配方"},
		{"extreme", "«万能»清洁剂，«100%»去污"},
		{"extreme", "«史上»«最»低折扣"},
		{"extreme", "«绝对»正品，假一赔十"},
		{"extreme", "行业«王牌»产品，«销量冠军»"},
		{"extreme", "«NO.1»的选择"},
		{"extreme", "本店«唯一»指定供应商"},
		{"extreme", "«最高级»会员专享"},
		{"extreme", "«最»高品质"},
		// extreme: innocent look-alikes
		{"extreme", "最近浏览"},
		{"extreme", "最新上架"},
		{"extreme", "最后一页"},
		{"extreme", "第一步：填写信息"},
		{"extreme", "第一次使用请先注册"},
		{"extreme", "第一章 总则"},
		{"extreme", "唯一标识"},
		{"extreme", "最多可选3张图片"},
		{"extreme", "最大输入长度"},
		{"extreme", "最小耗时"},
		{"extreme", "数据的最长保存期限"},
		{"extreme", "最快三天到货"},
		{"extreme", "我们会以最快速度处理"},
		{"extreme", "手气最佳"},
		{"extreme", "最佳手气：小橙"},
		{"extreme", "第一种方法"},
		{"extreme", "施工方：某某市第一建筑公司"},
		{"extreme", "就近送往市第一人民医院"},
		{"extreme", "撤销的唯一途径"},
		{"extreme", "构成无效的绝对理由"},
		{"extreme", "新品首发"},
		{"extreme", "«全网首发»新品"},
		{"unfinished", "品牌建设中会遇到的问题"},
		{"unfinished", "页面«建设中»"},
		{"third-party-qr", "已转账"},
		{"third-party-qr", "提现转账成功"},
		{"third-party-qr", "支持«银行转账»"},
		{"third-party-qr", "可«转账»付款"},
		{"extreme", "最高500元优惠券"},
		{"extreme", "最低0.01元起"},
		{"extreme", "最大上传9张"},
		{"extreme", "最终解释权归本店所有"},
		{"extreme", "排序：最新 | 最热"},
		{"extreme", "我的最爱"},
		{"extreme", "采纳为最佳答案"},
		{"extreme", "设置 > 首选项"},
		{"extreme", "上传进度100%"},
		{"extreme", "国家级非物质文化遗产"},
		{"extreme", "全县有文物保护单位96处（其中国家级3处，省级11处）"},
		{"extreme", "境内有国家级重点文物保护单位两座"},
		{"extreme", "第一产业增加值增长4%，第二产业、第三产业同步回升"},
		{"extreme", "«国家级»品质，值得信赖"},
		{"extreme", "«第一»产品，«国家级»认证"},
		{"extreme", "第一时间通知您"},
		{"extreme", "请最好先登录再操作"},
		{"extreme", "最近«最好»用的"},

		// brand
		{"brand", "«微信官方»推荐"},
		{"brand", "«微信官方»合作伙伴"},
		{"brand", "«腾讯»投资企业"},
		{"brand", "由«Tencent»提供技术支持"},
		{"brand", "加«QQ»客服咨询"},
		{"brand", "«wechat» mini program"},
		{"brand", "«腾迅»游戏"},
		{"brand", "«tencet» cloud"},
		{"brand", "领取«微信红包»"},
		{"brand", "加«V信»了解详情"},
		{"brand", "支付方式：微信支付"},
		{"brand", "微信授权登录"},
		{"brand", "请填写微信号"},
		{"brand", "QQ号：12345"},
		{"brand", "位置数据来源：腾讯地图"},
		{"brand", "QQQ"},
		{"brand", "WeChatty"},

		// prohibited
		{"prohibited", "«网贷:finance»极速«放款:finance»"},
		{"prohibited", "«比特币:finance»行情 «区块链:finance» «数字藏品:finance»"},
		{"prohibited", "«算命:fortune» «风水:fortune» «周公解梦:fortune» «冥婚:fortune»"},
		{"prohibited", "«电子烟:tobacco»批发"},
		{"prohibited", "«POS机:pos»免费领"},
		{"prohibited", "王者荣耀«代练:boosting»"},
		{"prohibited", "医院挂号«黄牛代排:scalping»"},
		{"prohibited", "大牌«高仿:counterfeit»鞋 «精仿:counterfeit»包"},
		{"prohibited", "短视频«一键去水印:watermark»"},
		{"prohibited", "«破解版:cracked»游戏下载"},
		{"prohibited", "抖音«刷粉:fake-engagement» «买粉:fake-engagement» «刷赞:fake-engagement»"},
		{"prohibited", "«网赚:online-earning»项目，«轻松赚钱:online-earning»"},
		{"prohibited", "«办假证:fake-docs» «代考:fake-docs»会计证"},
		{"prohibited", "«宠物托运:pets» «有偿领养:pets»"},
		{"prohibited", "高价«黄金回收:luxury-recycling»"},
		{"prohibited", "«小产权房:property»出售，«认筹:property»中"},
		{"prohibited", "«盲盒交友:blind-box-dating»"},
		{"prohibited", "«赌博网站:gambling»推荐"},
		{"prohibited", "«双色球:lottery»开奖"},
		{"prohibited", "«壮阳:medical»神药"},
		{"prohibited", "«约炮:vulgar»软件"},
		{"prohibited", "八字胡大叔的基金会"},
		{"prohibited", "包裹已到达转运中心"},
		{"prohibited", "请输入原单号"},
		{"prohibited", "今日露点温度"},
		{"prohibited", "代打印文件"},
		{"prohibited", "5月1日入住"},

		// induced-share
		{"induced-share", "«分享后解锁»全部内容"},
		{"induced-share", "«转发到群»即可查看答案"},
		{"induced-share", "«分享给好友即可»领取"},
		{"induced-share", "«邀请好友助力»，免费拿"},
		{"induced-share", "«关注公众号后»下载高清原图"},
		{"induced-share", "«分享到朋友圈领取»红包"},
		{"induced-share", "«分享有礼»"},
		{"induced-share", "快来«砍一刀»"}, {"induced-share", "«帮我砍一刀»"},
		{"induced-share", "«转发3个群»后可继续"},
		{"induced-share", "«不转不是中国人»"},
		{"induced-share", "分享到朋友圈"},
		{"induced-share", "分享给好友"},
		{"induced-share", "关注我们"},

		// contact-bait
		{"contact-bait", "联系客服«领取»«红包»"},
		{"contact-bait", "点我«抽奖»"},
		{"contact-bait", "专属«福利»，«代金券»免费送"},
		{"contact-bait", "联系客服"},
		{"contact-bait", "在线咨询"},

		// fake-notice
		{"fake-notice", "【«系统通知»】您的账户已升级"},
		{"fake-notice", "点开查看系统通知详情"},
		{"fake-notice", "«系统检测到»您的手机存在风险"},
		{"fake-notice", "警告：«您的手机已中毒»，请«立即清理»"},
		{"fake-notice", "«安全中心提醒»"},
		{"fake-notice", "系统消息"},
		{"fake-notice", "消息通知设置"},

		// vague-purpose
		{"vague-purpose", "为了«获取良好体验»，需要获取您的位置"},
		{"vague-purpose", "«为了更好地»为您服务"},
		{"vague-purpose", "用于«提升体验»"},
		{"vague-purpose", "«为您提供更好»的服务"}, {"vague-purpose", "致力于«更好的服务»"},
		{"vague-purpose", "用于定位附近的门店并计算配送距离"},

		// unfinished
		{"unfinished", "«敬请期待»"},
		{"unfinished", "«功能开发中»，请稍后再试"},
		{"unfinished", "«Coming Soon»"},
		{"unfinished", "«Lorem ipsum» dolor sit amet"},
		{"unfinished", "«测试版»"},
		{"unfinished", "«TODO»: 替换文案"},
		{"unfinished", "页面«建设中»"},
		{"unfinished", "«待开发»"},
		{"unfinished", "开发中心"},
		{"unfinished", "todos"},
		{"unfinished", "TODOLIST"},
		{"unfinished", "请勿上传虚假数据，违者封号"},
		{"unfinished", "禁止发布虚假数据或虚假信息"},
		{"unfinished", "列表里都是«假数据:demo»"},

		// login wording
		{"login-wording-wechat", "«微信授权»"},
		{"login-wording-wechat", "«微信一键登录»"},
		{"login-wording-wechat", "«微信登录»"},
		{"login-wording-wechat", "抖音授权登录"},
		{"login-wording-douyin", "«抖音登录»"},
		{"login-wording-douyin", "«抖音授权»"},
		{"login-wording-douyin", "«抖音用户一键登录»"},
		{"login-wording-douyin", "微信授权登录"},

		// phone labels
		{"phone-label-bad", "«一键登录»"},
		{"phone-label-bad", "«抖音用户一键登录»"},
		{"phone-label-bad", "«快捷登录»"},
		{"phone-label-bad", "«登录»"},
		{"phone-label-bad", "«立即登录»"},
		{"phone-label-bad", "«授权登录»"},
		{"phone-label-bad", "«立即绑定»"},
		{"phone-label-bad", "手机号授权登录"},
		{"phone-label-bad", "抖音用户手机号授权登录"},
		{"phone-label-bad", "手机号快捷登录"},
		{"phone-label-bad", "手机号安全登录"},
		{"phone-label-bad", "绑定手机号"},
		{"phone-label-ok", "«手机号授权登录»"},
		{"phone-label-ok", "«抖音用户手机号授权登录»"},
		{"phone-label-ok", "«手机号快捷登录»"},
		{"phone-label-ok", "«手机号安全登录»"},
		{"phone-label-ok", "一键登录"},
		{"phone-label-ok", "快捷登录"},

		// external-payment
		{"external-payment", "«去APP购买»更优惠"},
		{"external-payment", "请«关注公众号购买»"},
		{"external-payment", "«前往H5支付»"},
		{"external-payment", "«浏览器打开支付»"},
		{"external-payment", "«扫二维码付款»"},
		{"external-payment", "«加群购买»"},
		{"external-payment", "«复制链接到浏览器»完成付款"},
		{"external-payment", "«使用支付宝扫一扫付款»"},
		{"external-payment", "请«扫一扫完成支付»"},
		{"external-payment", "«支付宝支付»"},
		{"external-payment", "支付宝账号"},
		{"external-payment", "打开APP"},
		{"external-payment", "返回APP"},
		{"external-payment", "长按识别二维码添加客服"},
		{"external-payment", "在浏览器中打开文档"},

		// third-party-qr
		{"third-party-qr", "«扫码支付»"},
		{"third-party-qr", "支持«银行转账»"},
		{"third-party-qr", "«转账»给商家"},
		{"third-party-qr", "抖音担保支付"},

		// donation
		{"donation", "爱心«捐款»"},
		{"donation", "发起«募捐»"},
		{"donation", "图书«捐赠»"},
		{"donation", "捐出一份爱心"},

		// quiz
		{"quiz", "«渣男测试:vice»"},
		{"quiz", "«出轨测试:vice»"},
		{"quiz", "«好色测试:vice»"},
		{"quiz", "«心理测试:test»"},
		{"quiz", "«测测你:test»的前世"},
		{"quiz", "测试账号"},
		{"quiz", "网络测速"},

		// polls
		{"polls", "«发起投票»"},
		{"polls", "«创建问卷»"},
		{"polls", "«接龙»报名"},
		{"polls", "«新建群接龙»"},
		{"polls", "成语接龙"},
		{"polls", "投票结果"},

		// float-ad
		{"float-ad", "«广告位招租»"},
		{"float-ad", "«招商广告»"},
		{"float-ad", "«广告位»"},
		{"float-ad", "广告位置"},

		// clipboard-token
		{"clipboard-token", "«复制口令»打开淘宝"},
		{"clipboard-token", "«淘口令»：￥AbC123￥"},
		{"clipboard-token", "口令错误"},

		// game-gambling
		{"game-gambling", "«扎金花»"},
		{"game-gambling", "«梭哈»"},
		{"game-gambling", "«百家乐»"},
		{"game-gambling", "玩«21点»"},
		{"game-gambling", "«赌马»"},
		{"game-gambling", "每晚21点开启活动"},
		{"game-gambling", "活动时间：8点至21点"},
		{"game-gambling", "21点30分截止"},
		{"game-gambling", "121点"},

		// virtual-goods
		{"virtual-goods", "«开通VIP»"},
		{"virtual-goods", "«开通会员»"},
		{"virtual-goods", "«充值»100«金币»"},
		{"virtual-goods", "«付费解锁»本«章节»"},
		{"virtual-goods", "«订阅课程»"},
		{"virtual-goods", "支付后即可«升级会员»"},
		{"virtual-goods", "已«成为分销商»"},
		{"virtual-goods", "VIPER"},

		// health-notice
		{"health-notice", "«抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。:full»"},
		{"health-notice", "«抵制不良游戏，拒绝盗版游戏。:line»\n«注意自我保护，谨防受骗上当。:line»"},
		{"health-notice", "«抵制不良游戏:phrase», «拒绝盗版游戏:phrase»"},

		// license-markers
		{"license-markers", "«批准文号:approval»：«国新出审:approval»[2023]123号"},
		{"license-markers", "«出版号:publication»：«ISBN:publication» 978-7-498-12345-6"},
		{"license-markers", "«著作权登记号:copyright»：2023SR0123456"},

		// logout
		{"logout", "«退出登录»"},
		{"logout", "«注销账号»"},
		{"logout", "«Log out»"},
		{"logout", "«退出»"},

		// content-check
		{"content-check", "wx.cloud.openapi.«security.msgSecCheck»({ content })"},
		{"content-check", "await «mediaCheckAsync»(url)"},
		{"content-check", "POST /wxa/«msg_sec_check»?access_token="},
		{"content-check", "function «checkText»(s) {}"},
		{"content-check", "msgSecChecker"},
	})
}

// Every category the rules need exists, cites the rulebook, and says what it is.
func TestDataComplete(t *testing.T) {
	l := Default()
	need := []string{"extreme", "brand", "prohibited", "induced-share", "contact-bait", "fake-notice",
		"vague-purpose", "unfinished", "login-wording-wechat", "login-wording-douyin", "phone-label-bad",
		"phone-label-ok", "external-payment", "third-party-qr", "donation", "quiz", "polls", "float-ad",
		"clipboard-token", "game-gambling", "virtual-goods", "health-notice", "license-markers", "logout",
		"content-check"}
	cats := l.Categories()
	for _, n := range need {
		if !slices.Contains(cats, n) {
			t.Errorf("missing category %s", n)
		}
	}
	for _, c := range cats {
		if !strings.Contains(l.Citation(c), "§") && !strings.Contains(l.Citation(c), "PROC") && !strings.Contains(l.Citation(c), "LESSONS") {
			t.Errorf("%s: citation %q names no section", c, l.Citation(c))
		}
		if l.About(c) == "" {
			t.Errorf("%s: no @about", c)
		}
		if len(l.Words(c)) == 0 {
			t.Errorf("%s: no words", c)
		}
	}
	for _, sub := range []string{"gambling", "lottery", "finance", "medical", "fortune", "tobacco", "pos",
		"boosting", "scalping", "counterfeit", "watermark", "cracked", "fake-engagement", "online-earning",
		"fake-docs", "pets", "luxury-recycling", "vulgar", "property", "blind-box-dating"} {
		if !slices.Contains(l.Subs("prohibited"), sub) {
			t.Errorf("prohibited: missing sub-category %s", sub)
		}
		if l.CitationFor("prohibited", sub) == l.Citation("prohibited") {
			t.Errorf("prohibited/%s: no citation of its own", sub)
		}
	}
	for _, e := range l.Words("login-wording-wechat") {
		if e.Replacement == "" {
			t.Errorf("login-wording-wechat %s: no replacement", e.Word)
		}
	}
	for _, e := range l.Words("login-wording-douyin") {
		if e.Replacement == "" {
			t.Errorf("login-wording-douyin %s: no replacement", e.Word)
		}
	}
	for _, e := range l.Words("phone-label-bad") {
		if e.Replacement == "" {
			t.Errorf("phone-label-bad %s: no replacement", e.Word)
		}
	}
	full := l.Words("health-notice")[0]
	if full.Sub != "full" || full.Word != "抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。" {
		t.Errorf("health notice text: %+v", full)
	}
}

// Every entry, alone, is found as itself; every exception, alone, does not
// report the word it excepts.
func TestDataSelfConsistent(t *testing.T) {
	l := Default()
	for _, c := range l.Categories() {
		for _, e := range l.Words(c) {
			hits := l.Find(c, e.Word)
			if len(hits) != 1 || hits[0].Word != e.Word || hits[0].Start != 0 || hits[0].End != len(e.Word) {
				t.Errorf("%s: Find(%q) = %+v, want the word itself", c, e.Word, hits)
			}
			for _, x := range e.Except {
				x = strings.ReplaceAll(x, "#", "5")
				for _, h := range l.Find(c, x) {
					if h.Word == e.Word {
						t.Errorf("%s: exception %q still reports %q", c, x, e.Word)
					}
				}
			}
		}
	}
}

// A replacement is what a quick fix writes: it must not be a hit of its
// own category, or the fix would trade one finding for another.
func TestReplacementsAreClean(t *testing.T) {
	l := Default()
	n := 0
	for _, c := range l.Categories() {
		for _, e := range l.Words(c) {
			if e.Replacement == "" {
				continue
			}
			n++
			if hs := l.Find(c, e.Replacement); len(hs) > 0 {
				t.Errorf("%s %s: replacement %q is itself a hit (%s)", c, e.Word, e.Replacement, hs[0].Word)
			}
		}
	}
	if n < 30 {
		t.Fatalf("only %d replacements", n)
	}
}
