package structure

import (
	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// PureH5: the entry page (app.json entryPagePath, or the first page) is
// nothing but a <web-view>: the mini-program is an H5 site in a shell.
// Douyin does not admit mini-programs carried by pure H5 pages and asks for
// native pages (DY §2.1.2.1); WeChat forbids using embedded pages to get
// around the platform's rules (WX §8.4).
//
// Judgment: "nothing but" means every element of the entry template is
// the web-view, a <view>/<block> that only wraps it, or a <wxs>/<import>
// module tag, and there is no visible text outside it. Any native element
// (a loading view, a navigation bar component, an <include>) makes it a
// native page and the rule stays quiet: mpls cannot tell how much of the
// app it is, and a reviewer judges the whole.
var PureH5 = &rule.Rule{
	ID:       "structure/pure-h5",
	Severity: rule.Error,
	Citation: "DY §2.1.2.1, WX §8.4",
	Title:    rule.Msg{Zh: "首页只是一个 web-view（纯 H5 小程序）", En: "Entry page is only a web-view (pure H5)"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "小程序的入口页（app.json 的 entryPagePath 或 pages 第一项）除了一个 <web-view> 之外没有任何原生内容。",
			En: "The entry page (app.json entryPagePath, or the first of pages) has no native content besides a single <web-view>."},
		Why: rule.Msg{Zh: "抖音暂不接入以纯 H5 页面承载的小程序，需要有原生页面（审核常见问题 §2.1.2.1）；微信不允许通过内嵌网页绕开或规避平台规则（运营规范 §8.4）。",
			En: "Douyin does not admit mini-programs carried by pure H5 pages and requires native pages (DY §2.1.2.1); WeChat forbids using embedded web pages to get around its rules (WX §8.4)."},
		Wrong:   `<web-view src="https://m.example.com/"></web-view>`,
		Right:   "<view class=\"home\">\n  <goods-list items=\"{{goods}}\" />\n</view>",
		Excerpt: "平台暂不接入以纯 H5 页面进行承载的小程序，需要有小程序原生页面，需要开发者进行开发。（抖音 版本审核常见问题 §2.1.2.1）；8.4 开发者在微信小程序内，不得通过提供内嵌网页的方式，绕开或规避微信小程序的平台规则。（微信小程序平台运营规范 §8.4）",
	},
	CheckProject: checkPureH5,
}

// wrappers may only wrap the web-view; moduleTags carry no UI.
var (
	wrappers   = map[string]bool{"view": true, "block": true}
	moduleTags = map[string]bool{"wxs": true, "sjs": true, "import-sjs": true, "filter": true, "import": true}
)

func checkPureH5(c *rule.ProjectContext) {
	p := c.Project
	if p == nil || p.IsGame || p.App == nil || p.App.EntryPage.Value == "" {
		return
	}
	route := p.App.EntryPage.Value
	pg := p.Page(route)
	if pg == nil || pg.Files.Template == "" {
		return
	}
	u := c.Units[pg.Files.Template]
	if u == nil || u.Template == nil {
		return
	}
	t := u.Template
	wv := onlyWebView(t)
	if wv < 0 {
		return
	}
	c.Report(u.Path, t.Elements[wv].TagSpan, rule.Msg{
		Zh: "入口页 " + route + " 只有一个 <web-view>，整个小程序由 H5 承载：抖音暂不接入纯 H5 小程序，微信不允许用内嵌网页规避平台规则。请把首页和核心功能做成原生页面。",
		En: "The entry page " + route + " is only a <web-view>: the mini-program is carried by H5. Douyin does not admit pure-H5 mini-programs, and WeChat forbids using embedded pages to get around its rules. Build the home page and the core features as native pages.",
	})
}

// onlyWebView returns the index of the template's web-view when it holds
// nothing else (see PureH5), or -1.
func onlyWebView(t *template.Facts) int {
	wv := -1
	for i := range t.Elements {
		if t.Elements[i].Tag == "web-view" {
			if wv >= 0 {
				return -1 // two web-views: something decides between them
			}
			wv = i
		}
	}
	if wv < 0 {
		return -1
	}
	wraps := map[int]bool{}
	for _, a := range t.Ancestors(wv) {
		wraps[a] = true
	}
	for i := range t.Elements {
		e := &t.Elements[i]
		switch {
		case i == wv, moduleTags[e.Tag]:
		case wraps[i] && wrappers[e.Tag]:
		default:
			return -1
		}
	}
	for _, r := range t.Texts {
		if r.Elem != wv && !insideModule(t, r.Elem) {
			return -1
		}
	}
	return wv
}

func insideModule(t *template.Facts, idx int) bool {
	for e := idx; e >= 0; e = t.Elements[e].Parent {
		if moduleTags[t.Elements[e].Tag] {
			return true
		}
	}
	return false
}
