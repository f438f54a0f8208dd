package rule

import "testing"

func TestCitationForPlatform(t *testing.T) {
	c := "DY §1.1.2.1, WX §14.1.1, WX §14.4.1, LESSONS #04"
	for _, tc := range []struct{ platform, refs, zh, en string }{
		{WeChat, "WX §14.1.1, WX §14.4.1, LESSONS #04", "微信小程序平台运营规范 §14.1.1、§14.4.1；80+ 次提审经验 #04", "WeChat Mini Program Operating Rules §14.1.1, §14.4.1; 80+ review lessons #04"},
		{QQ, "WX §14.1.1, WX §14.4.1, LESSONS #04", "", ""},
		{Douyin, "DY §1.1.2.1", "抖音小程序审核常见问题 §1.1.2.1", "Douyin Mini Program review FAQ §1.1.2.1"},
		{Alipay, c, "", ""},
	} {
		refs := CiteFor(c, tc.platform)
		if refs != tc.refs {
			t.Errorf("%s: refs %q, want %q", tc.platform, refs, tc.refs)
		}
		if tc.zh != "" && CiteText(refs, "zh-CN") != tc.zh {
			t.Errorf("%s: zh %q", tc.platform, CiteText(refs, "zh-CN"))
		}
		if tc.en != "" && CiteText(refs, "en") != tc.en {
			t.Errorf("%s: en %q", tc.platform, CiteText(refs, "en"))
		}
	}
	// another platform's book is never cited: no citation rather than the wrong one
	if got := CiteFor("DY §2.1.2.2", WeChat); got != "" {
		t.Errorf("Douyin's book cited on WeChat: %q", got)
	}
	if got := CiteFor("WX §16.5.5", Douyin); got != "" {
		t.Errorf("WeChat's book cited on Douyin: %q", got)
	}
	if got := CiteFor("LESSONS #02, WX §11.2", Douyin); got != "" {
		t.Errorf("WeChat's lessons cited on Douyin: %q", got)
	}
	if got := CiteFor("WX §16.5.5", Baidu); got != "WX §16.5.5" {
		t.Errorf("Baidu, with no book here, keeps the reference: %q", got)
	}
	if got := CiteText("PROC (隐私数据未加密传输)", "zh"); got != "微信代码审核机审：隐私数据未加密传输" {
		t.Errorf("proc: %q", got)
	}
	m := WithCitation(Msg{Zh: "会被驳回。", En: "Rejected."}, "WX §13.5", WeChat)
	if m.Zh != "会被驳回。（依据：微信小程序平台运营规范 §13.5）" || m.En != "Rejected. (WeChat Mini Program Operating Rules §13.5)" {
		t.Errorf("%+v", m)
	}
}
