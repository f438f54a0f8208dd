package script

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/typescript"

	"mpls/analysis/text"
)

func parse(tb testing.TB, src []byte, ts bool) *sitter.Tree {
	tb.Helper()
	p := sitter.NewParser()
	defer p.Close()
	if ts {
		p.SetLanguage(typescript.GetLanguage())
	} else {
		p.SetLanguage(javascript.GetLanguage())
	}
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil || tree == nil {
		tb.Fatalf("parse: %v", err)
	}
	return tree
}

func analyzeSrc(tb testing.TB, src string, ts bool, ns ...string) *Facts {
	tb.Helper()
	b := []byte(src)
	tree := parse(tb, b, ts)
	defer tree.Close()
	return Analyze(tree.RootNode(), b, Options{Namespaces: ns})
}

// nthCall returns the n-th direct call of api (or timer / factory method).
func nthCall(f *Facts, api string, n int) *Call {
	for i := range f.Calls {
		if f.Calls[i].API == api {
			if n == 0 {
				return &f.Calls[i]
			}
			n--
		}
	}
	return nil
}

// spanOf is the span of the n-th occurrence of sub in src.
func spanOf(src, sub string, n int) text.Span {
	off := 0
	for {
		i := strings.Index(src[off:], sub)
		if i < 0 {
			return text.Span{Start: -1, End: -1}
		}
		if n == 0 {
			return text.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

// flags renders a call's booleans so a case can state them all at once.
func flags(c *Call) string {
	var out []string
	for _, x := range []struct {
		on   bool
		name string
	}{
		{c.OnEntry, "entry"}, {c.InShow, "show"}, {c.InLoopOrTimer, "loop"},
		{c.Confirmed, "confirmed"}, {c.IOSGuarded, "ios"}, {c.HasFail, "fail"},
	} {
		if x.on {
			out = append(out, x.name)
		}
	}
	return strings.Join(out, ",")
}

type callCase struct {
	name string
	src  string
	ts   bool
	ns   []string // namespaces; default DefaultNamespaces
	api  string
	nth  int
	// want
	flags    string   // exactly these of entry,show,loop,confirmed,ios,fail
	nsWant   string   // Namespace (default "wx" when api resolves)
	nameText string   // text under NameSpan (default api)
	path     []string // EntryPath when entry
	fn       string   // Func, when set
	style    string   // Style, when set
	stmt     string   // Statement text, when set
	factory  string   // Factory, when set
	noCall   bool     // the API must NOT be found
}

func TestCalls(t *testing.T) {
	cases := []callCase{
		// ---- alias forms -------------------------------------------------
		{name: "direct", api: "getLocation", flags: "entry", path: []string{"onLoad"}, fn: "onLoad",
			src: `Page({ onLoad() { wx.getLocation({ type: 'gcj02' }) } })`},
		{name: "const alias", api: "getLocation", flags: "entry", nameText: "getLocation",
			src: "const api = wx\nPage({ onLoad() { api.getLocation({}) } })"},
		{name: "let alias of alias", api: "getLocation", flags: "", nsWant: "tt",
			src: "let w = tt\nlet w2 = w\nfunction f() { w2.getLocation({}) }"},
		{name: "subscript", api: "getLocation", flags: "entry", nameText: "getLocation",
			src: "Page({ onLoad() { wx['getLocation']({}) } })"},
		{name: "destructured", api: "getLocation", flags: "entry", nameText: "getLocation",
			src: "const { getLocation } = wx\nPage({ onLoad() { getLocation({}) } })"},
		{name: "destructured renamed", api: "getLocation", flags: "entry", nsWant: "tt", nameText: "loc",
			src: "const { getLocation: loc, showToast } = tt\nPage({ onLoad() { loc({}) } })"},
		{name: "promisified wrapper p", api: "getLocation", flags: "entry,fail", style: StylePromise, nameText: "getLocation",
			src: "Page({ onLoad() { wx.p.getLocation().then(r => r).catch(() => {}) } })"},
		{name: "promisified wrapper pro", api: "getLocation", flags: "entry", style: StyleAwait,
			src: "Page({ async onLoad() { const r = await wx.pro.getLocation() } })"},
		{name: "promisified wrapper async", api: "chooseImage", flags: "",
			src: "function pick() { return wx.async.chooseImage({ count: 1 }) }"},
		{name: "promisify inline", api: "getLocation", flags: "entry", nameText: "getLocation", style: StylePromise,
			src: "Page({ onLoad() { promisify(wx.getLocation)({ type: 'wgs84' }).then(r => r) } })"},
		{name: "promisify alias", api: "getLocation", flags: "entry", nameText: "getLoc",
			src: "const getLoc = promisify(wx.getLocation)\nPage({ onLoad() { getLoc() } })"},
		{name: "bound alias", api: "getLocation", flags: "", nameText: "loc",
			src: "const loc = wx.getLocation.bind(wx)\nfunction f() { loc() }"},
		{name: "uni", api: "getLocation", flags: "entry", nsWant: "uni",
			src: "uni.getLocation({ success() {} })"},
		{name: "Taro", api: "getLocation", flags: "entry,fail", nsWant: "Taro", style: StyleAwait,
			src: "async function init() { try { await Taro.getLocation() } catch (e) {} }\ninit()"},
		{name: "Taro import", api: "getLocation", flags: "", nsWant: "Taro", nameText: "getLocation", ts: true,
			src: "import Taro, { getLocation } from '@tarojs/taro'\nexport function f(): void { getLocation({ type: 'gcj02' } as any) }"},
		{name: "optional chaining", api: "getLocation", flags: "entry",
			src: "Page({ onLoad() { wx?.getLocation?.({}) } })"},
		{name: "TS generics and non-null", api: "request", flags: "entry,fail", ts: true,
			src: "interface Res { list: string[] }\nPage({ onLoad(): void { wx!.request<Res>({ url: 'https://a.example.com', fail: (): void => {} } satisfies object) } })"},
		{name: "component used as page", api: "getLocation", flags: "entry", path: []string{"methods.onLoad"},
			src: "Component({ methods: { onLoad(query) { wx.getLocation({}) } } })"},
		{name: "this.getLocation is not the API", api: "getLocation", noCall: true,
			src: "Page({ getLocation() {}, onLoad() { this.getLocation() } })"},
		{name: "namespace not configured", api: "getLocation", noCall: true, ns: []string{"tt"},
			src: "Page({ onLoad() { wx.getLocation() } })"},
		{name: "TypeScript", api: "getLocation", flags: "entry", ts: true,
			src: "Page({ onLoad(q: Record<string, string>): void { (wx as any).getLocation<Foo>({ type: 'gcj02' }) } })"},

		// ---- OnEntry ----------------------------------------------------
		{name: "onLoad -> this.helper -> module fn", api: "getLocation", flags: "entry",
			path: []string{"onLoad", "initMap", "locate"}, fn: "locate",
			src: `function locate() { wx.getLocation({}) }
Page({
  onLoad() { this.initMap() },
  initMap() { locate() },
})`},
		{name: "that alias and arrow module fn", api: "getLocation", flags: "entry",
			path: []string{"onLoad", "start", "locate"},
			src: `const locate = () => wx.getLocation({})
Page({
  onLoad() { const that = this; wx.getSystemInfo({ success() { that.start() } }) },
  start: function () { locate() },
})`},
		{name: "_this alias via assignment", api: "chooseImage", flags: "entry",
			path: []string{"onReady", "pick"},
			src: `let _this
Page({ onReady() { _this = this; _this.pick() }, pick() { wx.chooseImage({}) } })`},
		{name: "function expression module fn", api: "getLocation", flags: "entry,show",
			path: []string{"onShow", "loc"},
			src:  "var loc = function () { wx.getLocation({}) }\nPage({ onShow() { loc() } })"},
		{name: "setTimeout callback in onLoad is entry", api: "getLocation", flags: "entry,loop",
			path: []string{"onLoad"},
			src:  "Page({ onLoad() { setTimeout(() => wx.getLocation({}), 500) } })"},
		{name: "promise callback in onLoad is entry", api: "getLocation", flags: "entry",
			src: "Page({ onLoad() { this.fetch().then(() => { wx.getLocation({}) }) }, fetch() {} })"},
		{name: "tap handler is not entry", api: "getLocation", flags: "", fn: "onTapLocate",
			src: "Page({ onLoad() {}, onTapLocate() { wx.getLocation({}) } })"},
		{name: "stored callback is not entry", api: "getLocation", flags: "",
			src: "Page({ onLoad() { this.cb = () => wx.getLocation({}) } })"},
		{name: "stored callback called later is entry", api: "getLocation", flags: "entry",
			path: []string{"onLoad", "cb"},
			src:  "Page({ onLoad() { this.cb = () => wx.getLocation({}); this.cb() } })"},
		{name: "component lifetimes.attached -> methods", api: "getLocation", flags: "entry",
			path: []string{"lifetimes.attached", "locate"},
			src: `Component({
  lifetimes: { attached() { this.locate() } },
  methods: { locate() { wx.getLocation({}) }, onTap() {} },
})`},
		{name: "component ready", api: "chooseImage", flags: "entry", path: []string{"ready"},
			src: "Component({ ready: function () { wx.chooseImage({}) } })"},
		{name: "component pageLifetimes.show", api: "getLocation", flags: "entry,show",
			path: []string{"pageLifetimes.show"},
			src:  "Component({ pageLifetimes: { show() { wx.getLocation({}) } } })"},
		{name: "component method not entry", api: "getLocation", flags: "",
			src: "Component({ methods: { onTap() { wx.getLocation({}) } } })"},
		{name: "behavior created", api: "getClipboardData", flags: "entry",
			src: "module.exports = Behavior({ created() { wx.getClipboardData({}) } })"},
		{name: "app onLaunch", api: "getUserInfo", flags: "entry", path: []string{"onLaunch"},
			src: "App({ onLaunch() { wx.getUserInfo({}) } })"},
		{name: "app onShow", api: "getUserInfo", flags: "entry,show",
			src: "App({ onShow(opts) { wx.getUserInfo({}) } })"},
		{name: "lifecycle by reference", api: "getLocation", flags: "entry", path: []string{"onLoad"},
			src: "function onLoad() { wx.getLocation({}) }\nPage({ onLoad })"},
		{name: "lifecycle by name", api: "getLocation", flags: "entry", path: []string{"onLoad"},
			src: "function init() { wx.getLocation({}) }\nPage({ onLoad: init })"},
		{name: "config in a variable", api: "getLocation", flags: "entry",
			src: "const page = { onLoad() { wx.getLocation({}) } }\nPage(page)"},
		{name: "module top level", api: "getClipboardData", flags: "entry", path: nil,
			src: "wx.getClipboardData({})"},
		{name: "unused module function", api: "getClipboardData", flags: "",
			src: "export function paste() { wx.getClipboardData({}) }"},
		{name: "method passed as callback", api: "getLocation", flags: "entry",
			path: []string{"onLoad", "afterInfo"},
			src:  "Page({ onLoad() { wx.getSystemInfo({ success: this.afterInfo }) }, afterInfo() { wx.getLocation({}) } })"},
		{name: "uni-app export default page", api: "getLocation", flags: "entry", nsWant: "uni",
			path: []string{"onLoad", "locate"},
			src:  "export default {\n  data() { return { city: '北京' } },\n  onLoad(options) { this.locate() },\n  methods: { locate() { uni.getLocation({ type: 'gcj02' }) }, onTap() {} },\n}"},
		{name: "uni-app method not entry", api: "chooseImage", flags: "", nsWant: "uni",
			src: "export default { onLoad() {}, methods: { onTap() { uni.chooseImage({}) } } }"},
		{name: "script setup onLoad hook", api: "getLocation", flags: "entry", nsWant: "uni",
			src: "import { onLoad } from '@dcloudio/uni-app'\nonLoad(() => { uni.getLocation({}) })\nconst tap = () => uni.chooseImage({})"},
		{name: "class component", api: "getLocation", flags: "entry", ts: true, nsWant: "Taro",
			src: "export default class Index extends Component { componentDidMount(): void { this.locate() } locate = () => { Taro.getLocation({}) } }"},

		// ---- Confirmed --------------------------------------------------
		{name: "showModal success res.confirm", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() {
  wx.showModal({ title: '提示', content: '用于展示附近门店', success(res) { if (res.confirm) { wx.getLocation({}) } } })
} })`},
		{name: "showModal success arrow checks confirm", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() { wx.showModal({ content: '定位', success: (res) => { if (!res.confirm) return; wx.getLocation({}) } }) } })`},
		{name: "showModal then", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() { wx.showModal({ content: '定位' }).then(({ confirm }) => { confirm && wx.getLocation({}) }) } })`},
		{name: "showModal without confirm check", api: "getLocation", flags: "entry",
			src: `Page({ onLoad() { wx.showModal({ content: '定位', success() { wx.getLocation({}) } }) } })`},
		{name: "await showModal early return", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ async onLoad() { const res = await wx.showModal({ content: '定位' }); if (!res.confirm) { return } wx.getLocation({}) } })`},
		{name: "showModal cancel branch is not", api: "getLocation", flags: "entry",
			src: `Page({ onLoad() { wx.showModal({ content: '定位', success(res) { if (res.confirm) { go() } else { wx.getLocation({}) } } }) } })`},
		{name: "after confirmed early exit is not", api: "getLocation", flags: "entry",
			src: `Page({ onLoad() { wx.showModal({ content: '定位', success(res) { if (res.confirm) { go(); return } wx.getLocation({}) } }) } })`},
		{name: "showModal callback reading confirm", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() { wx.showModal({ content: '定位', success(res) { const ok = res.confirm; wx.getLocation({ success() { log(ok) } }) } }) } })`},
		{name: "authSetting already granted", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() { wx.getSetting({ success(res) { if (res.authSetting['scope.userLocation']) wx.getLocation({}) } }) } })`},
		{name: "my.confirm on Alipay", api: "getLocation", flags: "entry,confirmed", nsWant: "my",
			src: `Page({ onLoad() { my.confirm({ content: '定位', success: (r) => { if (r.confirm) my.getLocation({}) } }) } })`},
		{name: "consent flag", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() { if (this.data.privacyAgreed) { wx.getLocation({}) } } })`},
		{name: "consent flag negated is not", api: "getLocation", flags: "entry",
			src: `Page({ onLoad() { if (!this.data.agreed) { wx.getLocation({}) } } })`},
		{name: "consent early return", api: "getLocation", flags: "entry,confirmed",
			src: "Page({ onLoad() { const agreed = wx.getStorageSync('privacyAgreed')\n if (!agreed) return\n wx.getLocation({}) } })"},
		{name: "consent else of disagree", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() { if (userDisagreed) { return } else { wx.getLocation({}) } } })`},
		{name: "consent through the call graph", api: "getLocation", flags: "entry,confirmed",
			path: []string{"onLoad", "locate"},
			src:  `Page({ onLoad() { if (getApp().globalData.authorized) this.locate() }, locate() { wx.getLocation({}) } })`},
		{name: "consent at one call site only", api: "getLocation", flags: "entry",
			src: `Page({ onLoad() { if (agree) this.locate(); this.locate() }, locate() { wx.getLocation({}) } })`},
		{name: "consent ternary", api: "getLocation", flags: "entry,confirmed",
			src: `Page({ onLoad() { isConfirmed ? wx.getLocation({}) : null } })`},

		// ---- IOSGuarded ---------------------------------------------------
		{name: "platform !== ios", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { const { platform } = wx.getSystemInfoSync(); if (platform !== 'ios') { wx.requestPayment({}) } } })`},
		{name: "!isIOS", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { if (!this.data.isIOS) { wx.requestPayment({}) } } })`},
		{name: "indexOf iOS === -1", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { const s = wx.getSystemInfoSync().system; if (s.indexOf('iOS') === -1) wx.requestPayment({}) } })`},
		{name: "else of isIos", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { if (isIos) { wx.showToast({ title: '由于相关规范，iOS 功能暂不可用' }) } else { wx.requestPayment({}) } } })`},
		{name: "else of platform === ios", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { wx.getSystemInfo({ success: (res) => { if (res.platform == 'ios') { return } else { wx.requestPayment({}) } } }) } })`},
		{name: "android only", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { if (systemInfo.platform === 'android') wx.requestPayment({}) } })`},
		{name: "regex test", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { if (!/ios/i.test(sys.system)) wx.requestPayment({}) } })`},
		{name: "includes", api: "requestPayment", flags: "ios",
			src: `Page({ pay() { if (!sys.system.includes('iOS')) wx.requestPayment({}) } })`},
		{name: "guard through call graph", api: "requestPayment", flags: "ios",
			src: `Page({ onBuy() { if (isIOS) return; this.doPay() }, doPay() { wx.requestPayment({}) } })`},
		{name: "isIOS consequence is not guarded", api: "requestPayment", flags: "",
			src: `Page({ pay() { if (isIOS) { wx.requestPayment({}) } } })`},
		{name: "no guard", api: "requestPayment", flags: "",
			src: `Page({ pay() { wx.requestPayment({}) } })`},
		{name: "radios is not ios", api: "requestPayment", flags: "",
			src: `Page({ pay() { if (!radios) { wx.requestPayment({}) } } })`},

		// ---- HasFail / Style ---------------------------------------------
		{name: "fail key", api: "getLocation", flags: "fail", style: StyleCallback,
			src: `Page({ tap() { wx.getLocation({ success() {}, fail() { wx.chooseLocation({}) } }) } })`},
		{name: "complete key", api: "getLocation", flags: "fail",
			src: `Page({ tap() { wx.getLocation({ complete: () => {} }) } })`},
		{name: "success only", api: "getLocation", flags: "",
			src: `Page({ tap() { wx.getLocation({ success: (r) => r }) } })`},
		{name: "catch", api: "getLocation", flags: "fail", style: StylePromise,
			src: `Page({ tap() { wx.getLocation().then(r => r).catch(e => console.error(e)) } })`},
		{name: "then two args", api: "getLocation", flags: "fail", style: StylePromise,
			src: `Page({ tap() { wx.getLocation().then(ok, bad) } })`},
		{name: "then one arg", api: "getLocation", flags: "", style: StylePromise,
			src: `Page({ tap() { wx.getLocation().then(ok) } })`},
		{name: "try catch await", api: "getLocation", flags: "fail", style: StyleAwait,
			stmt: "const res = await wx.getLocation({ type: 'gcj02' })",
			src:  `Page({ async tap() { try { const res = await wx.getLocation({ type: 'gcj02' }) } catch (e) { wx.chooseLocation({}) } } })`},
		{name: "try finally only", api: "getLocation", flags: "",
			src: `Page({ async tap() { try { await wx.getLocation() } finally { done() } } })`},
		{name: "options in a variable", api: "getLocation", flags: "fail",
			src: "const opts = { type: 'gcj02', fail() { wx.chooseLocation({}) } }\nfunction f() { wx.getLocation(opts) }"},
		{name: "new Promise with fail: reject", api: "getLocation", flags: "fail",
			src: `function loc() { return new Promise((resolve, reject) => wx.getLocation({ success: resolve, fail: reject })) }`},

		// ---- InShow / InLoopOrTimer ---------------------------------------
		{name: "onShow -> this.refresh", api: "getLocation", flags: "entry,show",
			path: []string{"onShow", "refresh"},
			src:  `Page({ onShow() { this.refresh() }, refresh() { wx.getLocation({}) } })`},
		{name: "for loop", api: "getUserProfile", flags: "loop",
			src: `Page({ tap() { for (let i = 0; i < 3; i++) { wx.getUserProfile({ desc: '用于完善资料' }) } } })`},
		{name: "forEach callback", api: "authorize", flags: "loop",
			src: `Page({ tap() { ['scope.userLocation', 'scope.record'].forEach(scope => wx.authorize({ scope })) } })`},
		{name: "setInterval callback", api: "getLocation", flags: "entry,loop",
			src: `Page({ onLoad() { this.timer = setInterval(() => { wx.getLocation({}) }, 5000) } })`},
		{name: "setInterval by reference", api: "getLocation", flags: "entry,loop",
			path: []string{"onLoad", "poll"},
			src:  `Page({ onLoad() { setInterval(this.poll, 5000) }, poll() { wx.getLocation({}) } })`},
		{name: "while loop", api: "getLocation", flags: "loop",
			src: `function f() { while (retry--) { wx.getLocation({}) } }`},

		// ---- factory objects -------------------------------------------------
		{name: "recorder start on entry", api: "start", flags: "entry", factory: "getRecorderManager", nameText: "start",
			src: `const recorder = wx.getRecorderManager()
Page({ onLoad() { recorder.start({ format: 'mp3' }) } })`},
		{name: "audio play via this", api: "play", flags: "entry", factory: "createInnerAudioContext", nameText: "play",
			src: `Page({ onLoad() { this.audio = wx.createInnerAudioContext(); this.audio.src = 'a.mp3'; this.audio.play() } })`},
		{name: "chained factory", api: "start", flags: "entry", factory: "getRecorderManager",
			src: `Page({ onReady() { wx.getRecorderManager().start() } })`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := analyzeSrc(t, tc.src, tc.ts, tc.ns...)
			c := nthCall(f, tc.api, tc.nth)
			if tc.noCall {
				if c != nil {
					t.Fatalf("%s resolved: %+v", tc.api, *c)
				}
				return
			}
			if c == nil {
				t.Fatalf("no call of %s; calls: %+v", tc.api, f.Calls)
			}
			if got := flags(c); got != tc.flags {
				t.Errorf("flags = %q, want %q", got, tc.flags)
			}
			wantNS := tc.nsWant
			if wantNS == "" {
				wantNS = "wx"
			}
			if c.Namespace != wantNS {
				t.Errorf("namespace %q, want %q", c.Namespace, wantNS)
			}
			nameText := tc.nameText
			if nameText == "" {
				nameText = tc.api
			}
			if got := tc.src[c.NameSpan.Start:c.NameSpan.End]; got != nameText {
				t.Errorf("NameSpan covers %q, want %q", got, nameText)
			}
			if tc.path != nil && !reflect.DeepEqual(c.EntryPath, tc.path) {
				t.Errorf("EntryPath %q, want %q", c.EntryPath, tc.path)
			}
			if tc.fn != "" && c.Func != tc.fn {
				t.Errorf("Func %q, want %q", c.Func, tc.fn)
			}
			if tc.style != "" && c.Style != tc.style {
				t.Errorf("Style %q, want %q", c.Style, tc.style)
			}
			if tc.stmt != "" {
				if got := tc.src[c.Statement.Start:c.Statement.End]; got != tc.stmt {
					t.Errorf("Statement %q, want %q", got, tc.stmt)
				}
			}
			if tc.factory != "" && c.Factory != tc.factory {
				t.Errorf("Factory %q, want %q", c.Factory, tc.factory)
			}
		})
	}
}

// Cases whose flags depend on more than one call in the snippet.
func TestEarlyReturnGuard(t *testing.T) {
	src := `Page({ pay() {
  if (this.isIOS) {
    wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
    return
  }
  wx.requestPayment({ timeStamp: '1', fail() {} })
} })`
	f := analyzeSrc(t, src, false)
	if c := nthCall(f, "showToast", 0); c.IOSGuarded {
		t.Errorf("the toast in the iOS branch is not guarded")
	}
	if c := nthCall(f, "requestPayment", 0); !c.IOSGuarded || !c.HasFail {
		t.Errorf("requestPayment after the early return: %s", flags(c))
	}
}

func TestTryAroundCallback(t *testing.T) {
	f := analyzeSrc(t, `Page({ tap() { try { setTimeout(() => { wx.getLocation() }) } catch (e) {} } })`, false)
	if c := nthCall(f, "getLocation", 0); c.HasFail {
		t.Errorf("a try does not catch what a timer callback throws later")
	}
	if c := nthCall(f, "setTimeout", 0); !c.HasFail {
		t.Errorf("the setTimeout call itself is in the try")
	}
}

func TestExactSpans(t *testing.T) {
	src := "// 首页：展示附近门店\nconst { getLocation: 定位 } = wx\nPage({\n  data: { 标题: '附近' },\n  onLoad() {\n    wx.showToast({ title: '加载中…' })\n    wx['getLocation']({ type: \"gcj02\" })\n    定位({})\n  },\n})\n"
	f := analyzeSrc(t, src, false)
	toast := nthCall(f, "showToast", 0)
	if want := spanOf(src, "showToast", 0); toast.NameSpan != want {
		t.Errorf("showToast NameSpan %v, want %v", toast.NameSpan, want)
	}
	if want := spanOf(src, "wx.showToast({ title: '加载中…' })", 0); toast.Span != want || toast.Statement != want {
		t.Errorf("showToast Span %v Statement %v, want %v", toast.Span, toast.Statement, want)
	}
	if want := spanOf(src, "({ title: '加载中…' })", 0); toast.ArgsSpan != want {
		t.Errorf("ArgsSpan %v, want %v", toast.ArgsSpan, want)
	}
	title := toast.Options.Get("title")
	if title == nil || title.String != "加载中…" || title.KeySpan != spanOf(src, "title", 0) || title.ValueSpan != spanOf(src, "'加载中…'", 0) {
		t.Errorf("title option %+v", title)
	}
	sub := nthCall(f, "getLocation", 0)
	if want := spanOf(src, "getLocation", 1); sub.NameSpan != want {
		t.Errorf("subscript NameSpan %v, want %v (the string content)", sub.NameSpan, want)
	}
	if typ := sub.Options.Get("type"); typ == nil || typ.String != "gcj02" || typ.Value != `"gcj02"` {
		t.Errorf("type option %+v", typ)
	}
	alias := nthCall(f, "getLocation", 1)
	if want := spanOf(src, "定位", 1); alias.NameSpan != want {
		t.Errorf("alias NameSpan %v, want %v", alias.NameSpan, want)
	}
	if want := spanOf(src, "getLocation", 0); alias.AliasSpan != want {
		t.Errorf("AliasSpan %v, want %v", alias.AliasSpan, want)
	}
	if alias.Callee != "定位" {
		t.Errorf("Callee %q", alias.Callee)
	}
	if len(f.Comments) != 1 || f.Comments[0].Text != "// 首页：展示附近门店" || f.Comments[0].Span != spanOf(src, "// 首页：展示附近门店", 0) {
		t.Errorf("comments %+v", f.Comments)
	}
}

func TestKind(t *testing.T) {
	for _, tc := range []struct{ src, kind string }{
		{"App({ onLaunch() {} })", KindApp},
		{"Page({})", KindPage},
		{"export default Page({})", KindPage},
		{"Component({ properties: {} })", KindComponent},
		{"module.exports = Behavior({})", KindBehavior},
		{"export function f() { Page({}) }", KindModule},
		{"const x = 1", KindModule},
		{"export default { onLaunch() {} }", KindApp},
		{"export default { data() { return {} }, onShow() {} }", KindPage},
		{"export default defineComponent({ mounted() {} })", KindComponent},
		{"export default { format(t) { return t } }", KindModule},
		{"", KindModule},
		// a project's own constructors
		{"xPage({ onLoad() {}, onTapSave() {} })", KindPage},
		{"export default basePage({ data: {}, onShow() {} })", KindPage},
		{"App.Page({ onTapCopy() {} })", KindPage},
		{"App.Component({ methods: { play() {} } })", KindComponent},
		{"createComponent({ properties: {}, lifetimes: { ready() {} } })", KindComponent},
		{"track({ onLoad: 1 }); Page({})", KindPage},
		{"wx.onAppShow({ onShow() {} })", KindModule},
		{"configure({ baseUrl: 'x', methods: {} })", KindModule},
	} {
		f := analyzeSrc(t, tc.src, false)
		if f.Kind != tc.kind {
			t.Errorf("%q: kind %q, want %q", tc.src, f.Kind, tc.kind)
		}
	}
	src := "Page({ onLoad() {} })"
	if f := analyzeSrc(t, src, false); f.KindSpan != spanOf(src, "Page", 0) || f.ConfigSpan != spanOf(src, "{ onLoad() {} }", 0) {
		t.Errorf("spans %v %v", f.KindSpan, f.ConfigSpan)
	}
}

// TestWrappedConstructor: the methods of a page built through a project's
// own constructor run on a tap, not at module top level; its lifecycles
// still run on entry.
func TestWrappedConstructor(t *testing.T) {
	src := `import { xPage } from './base'
xPage({
  onLoad() { wx.getLocation({}) },
  pick() { wx.chooseImage({}) },
})`
	f := analyzeSrc(t, src, false)
	if c := nthCall(f, "chooseImage", 0); c == nil || c.OnEntry {
		t.Errorf("chooseImage in a handler of xPage: %+v", c)
	}
	if c := nthCall(f, "getLocation", 0); c == nil || !c.OnEntry || !reflect.DeepEqual(c.EntryPath, []string{"onLoad"}) {
		t.Errorf("getLocation in onLoad of xPage: %+v", c)
	}
	comp := `App.Component({
  lifetimes: { ready() { this.init() } },
  methods: { init() { setTimeout(() => this.ctx.play(), 10) }, onCopy() { wx.setClipboardData({ data: 'x' }) } },
})`
	f = analyzeSrc(t, comp, false)
	if c := nthCall(f, "setClipboardData", 0); c == nil || c.OnEntry {
		t.Errorf("setClipboardData in a method of App.Component: %+v", c)
	}
}

// TestConfigInsideWrapper: Page(withLogin({...})), Page(mixin(base,
// {...})): the object inside the project's wrapper is the page's config, so
// its handlers run on a tap and its lifecycles on entry.
func TestConfigInsideWrapper(t *testing.T) {
	for _, src := range []string{
		`Page(withLogin({
  onLoad() { wx.getLocation({}) },
  copyMail() { wx.setClipboardData({ data: 'a@b.cn' }) },
}))`,
		`import base from './base'
Page(mixin(base, track({
  onLoad() { wx.getLocation({}) },
  copyMail() { wx.setClipboardData({ data: 'a@b.cn' }) },
})))`,
	} {
		f := analyzeSrc(t, src, false)
		if c := nthCall(f, "setClipboardData", 0); c == nil || c.OnEntry {
			t.Errorf("a handler inside the wrapper runs on a tap, not on entry: %+v\n%s", c, src)
		}
		if c := nthCall(f, "getLocation", 0); c == nil || !c.OnEntry || !reflect.DeepEqual(c.EntryPath, []string{"onLoad"}) {
			t.Errorf("onLoad inside the wrapper runs on entry: %+v\n%s", c, src)
		}
	}
}

func TestMethods(t *testing.T) {
	src := `import { track } from '../../utils/track'
function formatTime(t) { return t }
const share = () => {}
Page({
  data: { list: [] },
  onLoad(query) { this.load() },
  load: function () {},
  'onTapItem': (e) => {},
  onShareAppMessage,
  onPullDownRefresh: formatTime,
})
function onShareAppMessage() {}
`
	f := analyzeSrc(t, src, false)
	want := map[string]text.Span{
		"formatTime":        prefixSpan(src, "formatTime(t)", "formatTime"),
		"share":             prefixSpan(src, "share = ", "share"),
		"onLoad":            prefixSpan(src, "onLoad(query)", "onLoad"),
		"load":              prefixSpan(src, "load: function", "load"),
		"onTapItem":         spanOf(src, "onTapItem", 0),
		"onShareAppMessage": spanOf(src, "onShareAppMessage", 0),
		"onPullDownRefresh": spanOf(src, "onPullDownRefresh", 0),
	}
	if !reflect.DeepEqual(f.Methods, want) {
		t.Errorf("methods\n got %v\nwant %v", f.Methods, want)
	}
	if f.Lifecycles["onLoad"] != want["onLoad"] {
		t.Errorf("lifecycles %v", f.Lifecycles)
	}

	comp := `Component({
  properties: { title: String },
  lifetimes: { attached() { this.init() } },
  methods: { init() {}, onTap(e) {} },
})`
	f = analyzeSrc(t, comp, false)
	want = map[string]text.Span{
		"init":  prefixSpan(comp, "init() {}", "init"),
		"onTap": prefixSpan(comp, "onTap(e)", "onTap"),
	}
	if !reflect.DeepEqual(f.Methods, want) {
		t.Errorf("component methods\n got %v\nwant %v", f.Methods, want)
	}
	if f.Lifecycles["lifetimes.attached"] != prefixSpan(comp, "attached()", "attached") {
		t.Errorf("lifecycles %v", f.Lifecycles)
	}
}

// prefixSpan is the span of name at the start of marker's first occurrence.
func prefixSpan(src, marker, name string) text.Span {
	sp := spanOf(src, marker, 0)
	return text.Span{Start: sp.Start, End: sp.Start + len(name)}
}

func TestStrings(t *testing.T) {
	src := "Page({\n  data: { tip: '敬请期待' },\n  onLoad() {\n    wx.showToast({ title: ok ? '保存成功' : '保存失败', icon: 'none' })\n    wx.request({ url: 'http://api.example.com/v1/list', data: { name: '张三' } })\n    wx.showActionSheet({ itemList: ['拍照', '从相册选择'] })\n    wx.setNavigationBarTitle({ title: `第${n}章 \\u514d费` })\n    this.setData({ msg: '分享后' + '解锁' })\n    wx.setClipboardData({ data: '复制口令' })\n    wx.showModal({ 'title': \"提\\\"示\" })\n  },\n})\n"
	f := analyzeSrc(t, src, false)
	type want struct{ value, key, arg, callee string }
	var got []want
	for _, s := range f.Strings {
		got = append(got, want{s.Value, s.Key, s.Arg, s.Callee})
		if s.Arg != "" && (s.Call < 0 || f.Calls[s.Call].API != s.Arg) {
			t.Errorf("string %q: Call index %d does not point at %s", s.Value, s.Call, s.Arg)
		}
		if !s.Template && !s.IsKey {
			raw := src[s.Span.Start:s.Span.End]
			if decodeJS([]byte(raw)) != s.Value {
				t.Errorf("span of %q covers %q", s.Value, raw)
			}
		}
	}
	exp := []want{
		{"敬请期待", "tip", "", ""},
		{"保存成功", "title", "showToast", "showToast"},
		{"保存失败", "title", "showToast", "showToast"},
		{"none", "icon", "showToast", "showToast"},
		{"http://api.example.com/v1/list", "url", "request", "request"},
		{"张三", "name", "", ""},
		{"拍照", "itemList", "showActionSheet", "showActionSheet"},
		{"从相册选择", "itemList", "showActionSheet", "showActionSheet"},
		{"第", "title", "setNavigationBarTitle", "setNavigationBarTitle"},
		{"章 免费", "title", "setNavigationBarTitle", "setNavigationBarTitle"},
		{"分享后", "msg", "", "setData"},
		{"解锁", "msg", "", "setData"},
		{"复制口令", "data", "setClipboardData", "setClipboardData"},
		{"title", "", "", ""},
		{"提\"示", "title", "showModal", "showModal"},
	}
	if !reflect.DeepEqual(got, exp) {
		t.Errorf("strings\n got %q\nwant %q", got, exp)
	}
	// exact span of the url content
	for _, s := range f.Strings {
		if s.Key == "url" && s.Span != spanOf(src, "http://api.example.com/v1/list", 0) {
			t.Errorf("url span %v", s.Span)
		}
		if s.Value == "title" && !s.IsKey {
			t.Errorf("a string key is IsKey")
		}
	}
}

func TestDecodeJS(t *testing.T) {
	for in, want := range map[string]string{
		`plain 中文`:     "plain 中文",
		`a\nb\tc`:      "a\nb\tc",
		`\u4e2d\u6587`: "中文",
		`\u{1F600}`:    "😀",
		`\uD83D\uDE00`: "😀",
		`\x41\'\"\\`:   `A'"\`,
		"line\\\ncont": "linecont",
		`\q`:           "q",
		`\uZZZZ`:       "uZZZZ",
		`trailing\`:    `trailing\`,
		`\uD83D alone`: "\uFFFD alone",
		"\\\u2028x":    "x",
		"\\’":          "’",
		`\0`:           "\x00",
	} {
		if got := decodeJS([]byte(in)); got != want {
			t.Errorf("decodeJS(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAssignments(t *testing.T) {
	src := `Page({
  onLoad() {
    const ctx = wx.createInnerAudioContext()
    ctx.autoplay = true
    ctx.src = 'https://cdn.example.com/bgm.mp3'
  },
  onTap() { this.data.count = 1 },
})`
	f := analyzeSrc(t, src, false)
	if len(f.Assignments) != 3 {
		t.Fatalf("assignments %+v", f.Assignments)
	}
	a := f.Assignments[0]
	if a.Object != "ctx" || a.Prop != "autoplay" || a.Value != "true" || a.Factory != "createInnerAudioContext" || !a.OnEntry || a.Func != "onLoad" {
		t.Errorf("autoplay %+v", a)
	}
	if a.Span != spanOf(src, "ctx.autoplay = true", 0) || a.PropSpan != spanOf(src, "autoplay", 0) || a.ValueSpan != spanOf(src, "true", 0) {
		t.Errorf("spans %+v", a)
	}
	if b := f.Assignments[2]; b.OnEntry || b.Factory != "" || b.Func != "onTap" {
		t.Errorf("tap assignment %+v", b)
	}
}

func TestNamesCommentsErrors(t *testing.T) {
	src := "/* 隐私 */ wx.onNeedPrivacyAuthorization((resolve) => { resolve({ event: 'agree' }) })\nfunction broken( { wx.getLocation( \n"
	f := analyzeSrc(t, src, false)
	if !f.HasName("onNeedPrivacyAuthorization") || !f.HasName("resolve") || f.HasName("agree") {
		t.Errorf("names %v", f.Names)
	}
	if !f.HasCall("onNeedPrivacyAuthorization") || f.HasCall("resolve") {
		t.Errorf("HasCall")
	}
	if len(f.Comments) != 1 || f.Comments[0].Text != "/* 隐私 */" {
		t.Errorf("comments %+v", f.Comments)
	}
	if len(f.Errors) == 0 {
		t.Errorf("no errors reported for a broken file")
	}
	for _, e := range f.Errors {
		if e.Start < 0 || e.End > len(src) || e.Start > e.End {
			t.Errorf("error span %v out of bounds", e)
		}
	}
}

func TestCallsToAndStatement(t *testing.T) {
	src := `Page({ onLoad() {
  const res = wx.getStorageSync('agreed')
  return wx.getLocation({})
}, m: () => wx.chooseImage({}), async n() { await (wx.chooseMedia({})) } })`
	f := analyzeSrc(t, src, false)
	if got := f.CallsTo("getStorageSync"); len(got) != 1 || src[got[0].Statement.Start:got[0].Statement.End] != "const res = wx.getStorageSync('agreed')" {
		t.Errorf("declaration statement")
	}
	if c := f.CallsTo("getLocation")[0]; src[c.Statement.Start:c.Statement.End] != "return wx.getLocation({})" {
		t.Errorf("return statement %q", src[c.Statement.Start:c.Statement.End])
	}
	if c := f.CallsTo("chooseImage")[0]; src[c.Statement.Start:c.Statement.End] != "wx.chooseImage({})" {
		t.Errorf("arrow body %q", src[c.Statement.Start:c.Statement.End])
	}
	if c := f.CallsTo("chooseMedia")[0]; src[c.Statement.Start:c.Statement.End] != "await (wx.chooseMedia({}))" || c.Style != StyleAwait {
		t.Errorf("await statement %q %s", src[c.Statement.Start:c.Statement.End], c.Style)
	}
	if c := f.CallsTo("getStorageSync")[0]; c.FirstArg == nil || c.FirstArg.String != "agreed" || !c.FirstArg.IsString {
		t.Errorf("first arg %+v", c.FirstArg)
	}
}

// The C walk and the API walk must build the same flat tree.
func TestWalkEquivalence(t *testing.T) {
	srcs := append(seedSources(), benchSource(300), "function broken( { wx.getLocation( \n", strings.Repeat("[", 500))
	for i, src := range srcs {
		for _, ts := range []bool{false, true} {
			b := []byte(src)
			tree := parse(t, b, ts)
			root := tree.RootNode()
			c, ok := walkC(root, len(b), nil)
			if !ok {
				t.Fatalf("C walk unavailable")
			}
			g := walkGo(root, nil)
			if !reflect.DeepEqual(c, g) {
				t.Errorf("source %d (ts=%v): C walk %d nodes, Go walk %d nodes differ", i, ts, len(c), len(g))
			}
			tree.Close()
		}
	}
	// and the facts agree
	useCWalk = false
	slow := analyzeSrc(t, benchSource(200), false)
	useCWalk = true
	fast := analyzeSrc(t, benchSource(200), false)
	if !reflect.DeepEqual(slow, fast) {
		t.Errorf("facts differ between walks")
	}
}

// Deep nesting must neither overflow a stack nor take long.
func TestDeepNesting(t *testing.T) {
	const depth = 10000
	for _, src := range []string{
		strings.Repeat("(", depth) + "wx.getLocation()" + strings.Repeat(")", depth),
		strings.Repeat("f(", depth) + "wx.getLocation()" + strings.Repeat(")", depth),
		strings.Repeat("if (agreed) {", depth) + "wx.getLocation()" + strings.Repeat("}", depth),
		strings.Repeat("() => ", depth) + "wx.getLocation()",
		strings.Repeat("[", depth),
		"Page({ onLoad() {" + strings.Repeat("setTimeout(() => {", depth) + "wx.getLocation({})" + strings.Repeat("})", depth) + "} })",
	} {
		f := analyzeSrc(t, src, false)
		checkBounds(t, f, len(src))
	}
}

// Analyze accepts any node as the root: every subtree of the fixtures.
func TestSubtreeRoots(t *testing.T) {
	for _, src := range seedSources() {
		b := []byte(src)
		tree := parse(t, b, false)
		c := sitter.NewTreeCursor(tree.RootNode())
		for {
			f := Analyze(c.CurrentNode(), b, Options{})
			checkBounds(t, f, len(b))
			if c.GoToFirstChild() {
				continue
			}
			for !c.GoToNextSibling() {
				if !c.GoToParent() {
					goto done
				}
			}
		}
	done:
		c.Close()
		tree.Close()
	}
}

func TestEmptyAndNil(t *testing.T) {
	if f := Analyze(nil, nil, Options{}); f.Kind != KindModule {
		t.Errorf("nil root")
	}
	f := analyzeSrc(t, "", false)
	if len(f.Calls) != 0 || f.Kind != KindModule {
		t.Errorf("empty")
	}
}

// checkBounds asserts every span in the facts lies within the text.
func checkBounds(tb testing.TB, f *Facts, n int) {
	tb.Helper()
	bad := func(what string, s text.Span) {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			tb.Errorf("%s span %v out of [0,%d]", what, s, n)
		}
	}
	bad("kind", f.KindSpan)
	bad("config", f.ConfigSpan)
	for _, c := range f.Calls {
		for _, s := range []text.Span{c.NameSpan, c.AliasSpan, c.Span, c.ArgsSpan, c.Statement} {
			bad("call "+c.API, s)
		}
		if c.Options != nil {
			bad("options", c.Options.Span)
			for _, p := range c.Options.Props {
				bad("key", p.KeySpan)
				bad("value", p.ValueSpan)
			}
		}
		if c.FirstArg != nil {
			bad("arg", c.FirstArg.Span)
		}
	}
	for _, s := range f.Strings {
		bad("string", s.Span)
	}
	for _, s := range f.Methods {
		bad("method", s)
	}
	for _, s := range f.Lifecycles {
		bad("lifecycle", s)
	}
	for _, a := range f.Assignments {
		bad("assign", a.Span)
		bad("assign prop", a.PropSpan)
		bad("assign value", a.ValueSpan)
	}
	for _, c := range f.Comments {
		bad("comment", c.Span)
	}
	for _, e := range f.Errors {
		bad("error", e)
	}
}

func seedSources() []string {
	return []string{
		"Page({ onLoad() { wx.getLocation({ type: 'gcj02', fail() {} }) } })",
		"const api = wx\nconst { getLocation } = api\nComponent({ lifetimes: { attached() { getLocation() } } })",
		"App({ onLaunch() { wx.showModal({ content: '需要定位', success(res) { if (res.confirm) wx.getLocation({}) } }) } })",
		"Page({ pay() { if (platform !== 'ios') wx.requestPayment({}) } })",
		"const s = `模板${a}文字\\u4e2d`; wx['showToast']({ title: '你好' })",
		"async function f() { try { await promisify(wx.getLocation)() } catch (e) {} }",
		"function broken( { wx.getLocation( \n",
		"'unterminated",
		"`unterminated ${",
		"class A { b = () => wx.chooseImage(); c() { this.b() } }",
		"/* 注释 */ // 行注释\nlet x = wx.getRecorderManager(); x.start()",
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range seedSources() {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, src string, ts bool) {
		b := []byte(src)
		tree := parse(t, b, ts)
		defer tree.Close()
		facts := Analyze(tree.RootNode(), b, Options{})
		checkBounds(t, facts, len(b))
	})
}

// benchSource generates a page script of about n lines in the style of a
// real one: data, lifecycles, helpers, requests, toasts, guards.
func benchSource(n int) string {
	var b strings.Builder
	b.WriteString("const app = getApp()\nconst { formatTime } = require('../../utils/util')\nconst api = wx\n\nfunction locate(cb) {\n  wx.getLocation({ type: 'gcj02', success: cb, fail() { wx.chooseLocation({}) } })\n}\n\nPage({\n  data: { list: [], title: '首页', loading: false },\n  onLoad(query) {\n    this.init()\n  },\n  onShow() {\n    this.refresh()\n  },\n  init() {\n    const that = this\n    locate((res) => that.setData({ lat: res.latitude }))\n  },\n")
	for i := 0; strings.Count(b.String(), "\n") < n-2; i++ {
		fmt.Fprintf(&b, `  method%d(e) {
    const that = this
    const id = e.currentTarget.dataset.id
    if (!this.data.agreed) {
      return
    }
    // 加载第 %d 页
    wx.showLoading({ title: '加载中' })
    api.request({
      url: 'https://api.example.com/v1/items/' + id + '?page=%d',
      method: 'POST',
      data: { id, page: %d, keyword: that.data.keyword },
      success(res) {
        if (res.statusCode === 200) {
          that.setData({ list: res.data.list, total: res.data.total })
        } else {
          wx.showToast({ title: '加载失败，请重试', icon: 'none' })
        }
      },
      fail: (err) => console.error(err),
      complete: () => wx.hideLoading(),
    })
    if (this.data.platform !== 'ios' && id > %d) {
      this.pay%d(id)
    }
  },
  pay%d(id) {
    wx.requestPayment({ timeStamp: String(Date.now()), nonceStr: 'n%d', package: 'prepay_id=' + id, signType: 'MD5', paySign: 'x' })
      .then(() => wx.showToast({ title: '支付成功' }))
      .catch(() => {})
  },
`, i, i, i, i, i, i, i, i)
	}
	b.WriteString("})\n")
	return b.String()
}

func BenchmarkAnalyze3000(b *testing.B) {
	src := []byte(benchSource(3000))
	tree := parse(b, src, false)
	defer tree.Close()
	root := tree.RootNode()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	var f *Facts
	for i := 0; i < b.N; i++ {
		f = Analyze(root, src, Options{})
	}
	b.ReportMetric(float64(len(f.Calls)), "calls")
}

// The API walk alone, for comparison (what the C walk saves).
func BenchmarkWalkGo3000(b *testing.B) {
	src := []byte(benchSource(3000))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		tree := parse(b, src, false) // a fresh tree: its node cache starts empty
		b.StartTimer()
		walkGo(tree.RootNode(), nil)
		b.StopTimer()
		tree.Close()
		b.StartTimer()
	}
}

func BenchmarkWalkC3000(b *testing.B) {
	src := []byte(benchSource(3000))
	tree := parse(b, src, false)
	defer tree.Close()
	b.ReportAllocs()
	var buf []node
	for i := 0; i < b.N; i++ {
		buf, _ = walkC(tree.RootNode(), len(src), buf)
	}
}

func BenchmarkParse3000(b *testing.B) {
	src := []byte(benchSource(3000))
	for i := 0; i < b.N; i++ {
		parse(b, src, false).Close()
	}
}

// Analyze may run on many files at once (each goroutine with its own tree).
func TestConcurrent(t *testing.T) {
	srcs := seedSources()
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			defer func() { done <- true }()
			for i := 0; i < 20; i++ {
				src := []byte(srcs[(g+i)%len(srcs)])
				tree := parse(t, src, (g+i)%2 == 0)
				f := Analyze(tree.RootNode(), src, Options{})
				checkBounds(t, f, len(src))
				tree.Close()
			}
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
