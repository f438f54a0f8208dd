package report

import (
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"mpls/analysis/script"
	"mpls/analysis/template"
)

// ---- 2. 支付、内容发布、外链 ----

var paymentAPIs = map[string]bool{
	"requestPayment": true, "requestVirtualPayment": true, "requestOrderPayment": true,
	"requestCommonPayment": true, "requestPluginPayment": true, "requestMerchantTransfer": true,
	"pay": true, "tradePay": true, "requestPolymerPayment": true, "continueToPay": true,
}

func (s *scan) payment() []Place {
	out := []Place{}
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory == "" && paymentAPIs[c.API] {
			out = append(out, s.at(path, c.NameSpan, callName(c)))
		}
	})
	return out
}

var (
	mediaChoosers = map[string]bool{"chooseImage": true, "chooseMedia": true, "chooseVideo": true, "chooseMessageFile": true}
	// commentPrompt: an input whose placeholder invites publishing text.
	commentPrompt = regexp.MustCompile(`说点什么|说说|评论|留言|回复|发表|发布|想法|写下|分享你的|动态|弹幕|内容`)
	searchPrompt  = regexp.MustCompile(`(?i)搜索|查找|search`)
	// submitHandler: a handler that sends what was typed.
	submitHandler = regexp.MustCompile(`(?i)submit|publish|post|comment|reply|send|release|fabu|pinglun|liuyan`)
)

// ugc lists where users can publish content: a free-text input bound to a
// submit (a <textarea>, or a comment-like <input>, in a <form> with a
// submit handler, with its own confirm handler, or in a template with a
// publish/submit handler), and uploads of media the user chose; plus the
// behavior/ugc-unchecked findings.
func (s *scan) ugc() []Place {
	out := []Place{}
	seen := map[string]bool{}
	push := func(p Place) {
		k := p.File + ":" + strconv.Itoa(p.Line)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	chooses := false
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory == "" && mediaChoosers[c.API] {
			chooses = true
		}
	})
	s.elements(func(path string, t *template.Facts, i int) {
		if ot := t.Elements[i].Attr("open-type"); ot != nil && strings.Contains(ot.Literal(), "chooseAvatar") {
			chooses = true
		}
	})
	for _, p := range s.units() {
		t := s.pr.Units[p].Template
		if t == nil {
			continue
		}
		submitForm := map[int]bool{}
		templateSubmits := false
		own := map[int]bool{}
		for _, b := range t.Bindings {
			if b.Event == "submit" && b.Elem >= 0 && t.Elements[b.Elem].Tag == "form" {
				submitForm[b.Elem] = true
			}
			if b.Event == "confirm" && b.Elem >= 0 {
				own[b.Elem] = true
			}
			if b.Handler != "" && submitHandler.MatchString(b.Handler) {
				templateSubmits = true
			}
		}
		for i := range t.Elements {
			e := &t.Elements[i]
			if e.Tag != "textarea" && e.Tag != "input" {
				continue
			}
			ph := ""
			if a := e.Attr("placeholder"); a != nil {
				ph = a.Literal()
			}
			if e.Tag == "input" {
				if tp := e.Attr("type"); tp != nil && tp.Literal() != "text" {
					continue // number, password, nickname, idcard …
				}
				if !commentPrompt.MatchString(ph) {
					continue
				}
			}
			if searchPrompt.MatchString(ph) {
				continue
			}
			if !(inForm(t, i, submitForm) || own[i] || templateSubmits) {
				continue
			}
			what := "<" + e.Tag + ">"
			if ph != "" {
				what = "<" + e.Tag + ` placeholder="` + ph + `">`
			}
			pl := s.at(p, e.TagSpan, what)
			pl.Note = "用户输入并提交文字"
			push(pl)
		}
	}
	if chooses {
		s.platformCalls(func(path string, c *script.Call) {
			if c.Factory == "" && c.API == "uploadFile" {
				pl := s.at(path, c.NameSpan, callName(c))
				pl.Note = "上传用户选择的图片/视频"
				push(pl)
			}
		})
	}
	// a finding names the call that publishes; its page is listed once
	pages := map[string]bool{}
	for _, p := range out {
		pages[strings.TrimSuffix(p.File, path.Ext(p.File))] = true
	}
	for _, f := range s.pr.Findings {
		if f.Rule == "behavior/ugc-unchecked" {
			pl := s.at(f.Path, f.Span, "behavior/ugc-unchecked")
			if pages[strings.TrimSuffix(pl.File, path.Ext(pl.File))] {
				continue
			}
			pl.Note = "用户发布内容，且没有内容安全检测"
			push(pl)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// inForm reports whether element i sits in one of the forms.
func inForm(t *template.Facts, i int, forms map[int]bool) bool {
	for j := t.Elements[i].Parent; j >= 0; j = t.Elements[j].Parent {
		if forms[j] {
			return true
		}
	}
	return false
}

var externalAPIs = map[string]bool{
	"navigateToMiniProgram": true, "openEmbeddedMiniProgram": true, "navigateToMiniProgramWithExtra": true,
	"openSchema": true, "openUrl": true, "navigateToSmartProgram": true,
}

// external lists web-views, jumps to other mini-programs and external
// links.
func (s *scan) external() []Place {
	out := []Place{}
	s.elements(func(path string, t *template.Facts, i int) {
		e := &t.Elements[i]
		switch {
		case e.Tag == "web-view":
			what := "<web-view>"
			if a := e.Attr("src"); a != nil && a.Value != "" {
				what = `<web-view src="` + a.Value + `">`
			}
			out = append(out, s.at(path, e.TagSpan, what))
		case e.Tag == "navigator":
			if a := e.Attr("target"); a != nil && a.Literal() == "miniProgram" {
				what := `<navigator target="miniProgram">`
				if id := e.Attr("app-id"); id != nil && id.Value != "" {
					what = `<navigator target="miniProgram" app-id="` + id.Value + `">`
				}
				out = append(out, s.at(path, e.TagSpan, what))
			}
		}
	})
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory != "" || !externalAPIs[c.API] {
			return
		}
		what := callName(c)
		if id := optionText(c, "appId"); id != "" {
			what += "（appId: " + id + "）"
		} else if u := optionText(c, "url"); u != "" {
			what += "（" + u + "）"
		}
		out = append(out, s.at(path, c.NameSpan, what))
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}
