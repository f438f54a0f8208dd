package project

import "testing"

func TestPlatformDetectionOrder(t *testing.T) {
	app := `{"pages": ["pages/index/index"]}`
	cases := []struct {
		name     string
		files    map[string]string
		override string
		want     Platform
		source   PlatformSource
	}{
		{"override beats config", map[string]string{"project.config.json": `{"appid": "wx123"}`}, "douyin", Douyin, SourceOverride},
		{"override alias", map[string]string{}, "tt", Douyin, SourceOverride},
		{"mpls.json beats config", map[string]string{"project.config.json": `{"appid": "wx123"}`, "mpls.json": `{"platform": "alipay"}`}, "", Alipay, SourceOverride},
		{"bad override ignored", map[string]string{"project.config.json": `{"appid": "tt123"}`}, "symbian", Douyin, SourceProjectConfig},
		{"tt appid beats wxml", map[string]string{"project.config.json": `{"appid": "tt9f"}`, "pages/index/index.wxml": ""}, "", Douyin, SourceProjectConfig},
		{"wx appid beats ttml", map[string]string{"project.config.json": `{"appid": "wx9f"}`, "pages/index/index.ttml": ""}, "", WeChat, SourceProjectConfig},
		{"qqappid", map[string]string{"project.config.json": `{"appid": "wx9f", "qqappid": "1110"}`}, "", QQ, SourceProjectConfig},
		{"project.tt.json", map[string]string{"project.tt.json": `{}`}, "", Douyin, SourceProjectConfig},
		{"mini.project.json", map[string]string{"mini.project.json": `{}`}, "", Alipay, SourceProjectConfig},
		{"project.swan.json", map[string]string{"project.swan.json": `{}`}, "", Baidu, SourceProjectConfig},
		{"project.qq.json", map[string]string{"project.qq.json": `{}`}, "", QQ, SourceProjectConfig},
		{"two tools: templates decide", map[string]string{"project.config.json": `{"appid": "wx9f"}`, "project.tt.json": `{}`, "pages/index/index.ttml": ""}, "", Douyin, SourceProjectConfig},
		{"two tools: no templates, first", map[string]string{"project.config.json": `{"appid": "wx9f"}`, "project.tt.json": `{}`}, "", WeChat, SourceProjectConfig},
		{"appid unknown: templates", map[string]string{"project.config.json": `{"appid": "touristappid"}`, "pages/index/index.swan": ""}, "", Baidu, SourceTemplateExt},
		{".ttml", map[string]string{"pages/index/index.ttml": ""}, "", Douyin, SourceTemplateExt},
		{".axml", map[string]string{"pages/index/index.axml": ""}, "", Alipay, SourceTemplateExt},
		{".swan", map[string]string{"pages/index/index.swan": ""}, "", Baidu, SourceTemplateExt},
		{".qml", map[string]string{"pages/index/index.qml": ""}, "", QQ, SourceTemplateExt},
		{".wxml", map[string]string{"pages/index/index.wxml": ""}, "", WeChat, SourceTemplateExt},
		{"app style beats templates", map[string]string{"app.ttss": "", "pages/a/a.wxml": "", "pages/b/b.wxml": "", "pages/c/c.ttml": ""}, "", Douyin, SourceAppStyle},
		{"app.wxss", map[string]string{"app.wxss": "", "pages/index/index.ttml": ""}, "", WeChat, SourceAppStyle},
		{"two app styles: templates decide", map[string]string{"app.wxss": "", "app.ttss": "", "pages/index/index.ttml": ""}, "", Douyin, SourceTemplateExt},
		{"app.css is no platform's", map[string]string{"app.css": "", "pages/index/index.ttml": ""}, "", Douyin, SourceTemplateExt},
		{"tt appid beats app style", map[string]string{"project.config.json": `{"appid": "tt9f"}`, "app.wxss": ""}, "", Douyin, SourceProjectConfig},
		{"most templates win", map[string]string{"a.wxml": "", "b.ttml": "", "c.ttml": ""}, "", Douyin, SourceTemplateExt},
		{"templates in node_modules do not count", map[string]string{"node_modules/x/a.ttml": "", "pages/index/index.js": "wx.request({})"}, "", WeChat, SourceNamespace},
		{"tt namespace", map[string]string{"pages/index/index.js": "tt.request({}); tt.showToast({}); wx.x()"}, "", Douyin, SourceNamespace},
		{"my namespace", map[string]string{"app.js": "my.alert({ content: '你好' })"}, "", Alipay, SourceNamespace},
		{"member named wx is not the namespace", map[string]string{"app.js": "a.tt.x(); fwx.y(); this.wx.z(); $tt.q()"}, "", WeChat, SourceDefault},
		{"nothing", map[string]string{}, "", WeChat, SourceDefault},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files := map[string]string{"app.json": app}
			for k, v := range c.files {
				files[k] = v
			}
			dir := tree(t, files)
			p, err := Load(dir, Options{Platform: c.override})
			if err != nil {
				t.Fatal(err)
			}
			if p.Platform != c.want || p.PlatformSource != c.source {
				t.Fatalf("got %s (%s: %s), want %s (%s)", p.Platform, p.PlatformSource, p.PlatformReason, c.want, c.source)
			}
			if p.PlatformReason == "" {
				t.Fatal("no reason")
			}
		})
	}
}

func TestPlatformHelpers(t *testing.T) {
	want := map[Platform][3]string{
		WeChat: {"wx", ".wxml", ".wxss"},
		Douyin: {"tt", ".ttml", ".ttss"},
		Alipay: {"my", ".axml", ".acss"},
		Baidu:  {"swan", ".swan", ".css"},
		QQ:     {"qq", ".qml", ".qss"},
	}
	for pl, w := range want {
		if pl.Namespace() != w[0] || pl.TemplateExt() != w[1] || pl.StyleExt() != w[2] || !pl.Valid() || pl.DisplayName() == "" || pl.ModuleExt() == "" {
			t.Errorf("%s helpers", pl)
		}
	}
	if Platform("WeChat").Valid() || Platform("x").Valid() {
		t.Error("Valid")
	}
	for in, out := range map[string]Platform{"weixin": WeChat, "TOUTIAO": Douyin, "my": Alipay, "swan": Baidu, " qq ": QQ} {
		if p, ok := ParsePlatform(in); !ok || p != out {
			t.Errorf("ParsePlatform(%q)", in)
		}
	}
	for in, k := range map[string]Kind{"a.wxml": KindTemplate, "b.QML": KindTemplate, "c.ts": KindScript, "d.wxs": KindScript, "e.sjs": KindScript, "f.json": KindJSON, "g.wxss": KindNone, "h": KindNone, "dir.js/x": KindNone} {
		if KindOf(in) != k {
			t.Errorf("KindOf(%s) = %v", in, KindOf(in))
		}
	}
}
