package behavior

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
)

// ugcField is a free-text field of a template whose text users publish: a
// <textarea>, or an <input> whose words invite content (a comment, a
// title, a nickname, a bio). keys are the data names its text lands in.
type ugcField struct {
	label string // how the message names it: its placeholder, else its name
	keys  []string
	form  string // the bindsubmit handler of the form around it, if any
	input string // its input/blur handler, which only stores the text
	// profile: a public profile field (nickname, bio, signature);
	// contact: the user's contact details, not content (phone, name,
	// address): a flow that sends them is a request to the operator.
	profile, contact bool
}

var (
	profileWords = regexp.MustCompile(`(?i)昵称|nickname|签名|signature|简介|介绍|\bbio\b|intro|avatar|头像`)
	contactWords = regexp.MustCompile(`(?i)phone|mobile|\btel\b|手机|电话|联系|姓名|realname|address|地址|收货|微信号|wechat|email|邮箱`)
)

// notContent are words of a field that is not published content: searches,
// logins, contact details and order data (LESSONS #02 and WX §11.2 are
// about what users publish to others).
var notContent = regexp.MustCompile(`(?i)search|搜索|查找|查询|keyword|关键|phone|mobile|\btel\b|手机|电话|验证码|captcha|verify|\bcode\b|password|pwd|密码|账号|account|username|用户名|login|登录|address|地址|收货|邮编|email|邮箱|\bqq\b|微信号|wechat|身份证|idcard|姓名|真实|realname|联系人|contact|amount|money|price|金额|价格|数量|\bnum|备注|remark|invoice|发票|税号|公司|学号|年龄|\bage\b|birthday|生日|银行|bank|卡号|\burl\b|链接|网址`)

// contentWords make an <input> a content field (a <textarea> is one unless
// notContent says otherwise).
var contentWords = regexp.MustCompile(`(?i)说点什么|说说|写评论|写留言|评论|留言|回复|发表|分享你的|写下|想法|动态|弹幕|昵称|nickname|签名|signature|简介|介绍|\bbio\b|intro|标题|title|描述|description|\bdesc|内容|content|心得|评价|review|comment|话题|topic`)

// screenedInput: WeChat checks <input type="nickname"> itself.
var screenedInput = map[string]bool{"nickname": true, "number": true, "digit": true, "idcard": true, "password": true, "safe-password": true}

// textTags are the tags of free-text fields, native or from a component
// library (van-field, l-textarea, i-input).
func textTag(tag string) (textarea, ok bool) {
	t := strings.ToLower(tag)
	switch {
	case t == "textarea" || strings.HasSuffix(t, "-textarea"):
		return true, true
	case t == "input" || strings.HasSuffix(t, "-input") || strings.HasSuffix(t, "-field"):
		return false, true
	}
	return false, false
}

// contentFields lists the content fields of a template (and, apart, its
// contact fields), with the keys of
// their text: the value binding, the form name, the dataset key a shared
// input handler stores under, and what their input handler stores (s is
// the page's script, for that handler's body).
func contentFields(t *template.Facts, s *script.Facts, src []byte) (out, contact []ugcField) {
	var sent map[string][]string
	for i := range t.Elements {
		e := &t.Elements[i]
		textarea, ok := textTag(e.Tag)
		if !ok {
			continue
		}
		if ty := e.Attr("type"); ty != nil {
			if screenedInput[strings.ToLower(ty.Literal())] {
				continue
			}
			if ty.Literal() == "textarea" {
				textarea = true
			}
		}
		f := ugcField{}
		var words []string
		add := func(k string) {
			if k != "" {
				f.keys = append(f.keys, k)
				words = append(words, k)
			}
		}
		ph := ""
		var viaSent []string
		if a := e.Attr("placeholder"); a != nil {
			ph = strings.TrimSpace(a.Literal())
			words = append(words, ph)
		}
		row := rowLabel(t, i)
		words = append(words, row)
		// the title of a dialog around it (<modal title="填写备注">) names it
		for _, a := range t.Ancestors(i) {
			if ti := t.Elements[a].Attr("title"); ti != nil && ti.Static() {
				words = append(words, ti.Value)
			}
		}
		for _, name := range []string{"value", "model:value"} {
			if a := e.Attr(name); a != nil && len(a.Interps) == 1 {
				add(lastSegment(a.Interps[0].Expr))
			}
		}
		name := ""
		if a := e.Attr("name"); a != nil && a.Static() {
			name = a.Value
			add(name)
		}
		for _, ds := range []string{"data-field", "data-label", "data-key", "data-name", "data-type"} {
			if a := e.Attr(ds); a != nil && a.Static() {
				add(a.Value)
			}
		}
		for _, b := range t.Bindings {
			if b.Elem != i || b.Handler == "" {
				continue
			}
			switch b.Event {
			case "input", "blur", "change", "confirm":
				f.input = b.Handler
				words = append(words, b.Handler)
				for _, k := range storedKeys(s, src, b.Handler) {
					add(k)
				}
			}
		}
		if !textarea && len(f.keys) > 0 && !contentWords.MatchString(strings.Join(words, " ")) {
			// a plain <input> (name="input") is named by what the
			// script sends it as: { introduction: this.data.draft }
			if sent == nil {
				sent = sentAs(src)
			}
			for _, k := range f.keys {
				words = append(words, sent[k]...)
				viaSent = append(viaSent, sent[k]...)
			}
		}
		all := strings.Join(words, " ")
		if contactWords.MatchString(all) {
			f.contact = true
			contact = append(contact, f)
			continue
		}
		if notContent.MatchString(all) || !textarea && !contentWords.MatchString(all) {
			continue
		}
		f.profile = profileWords.MatchString(all)
		switch {
		case ph != "":
			f.label = ph
		case row != "":
			f.label = row
		case len(viaSent) > 0:
			f.label = strings.Join(dedup(viaSent), "/")
		case name != "":
			f.label = name
		case len(f.keys) > 0:
			f.label = f.keys[0]
		default:
			f.label = e.Tag
		}
		for _, a := range t.Ancestors(i) {
			if t.Elements[a].Tag != "form" {
				continue
			}
			for _, b := range t.Bindings {
				if b.Elem == a && b.Event == "submit" && b.Handler != "" {
					f.form = b.Handler
				}
			}
		}
		out = append(out, f)
	}
	return out, contact
}

// lastSegment is the last name of a data path ("popup.content" → "content").
func lastSegment(expr string) string {
	expr = strings.TrimSpace(expr)
	if i := strings.LastIndexAny(expr, ".]"); i >= 0 {
		expr = expr[i+1:]
	}
	if !identRe.MatchString(expr) {
		return ""
	}
	return expr
}

var (
	// storedRe: `key: e.detail.value` or `'a.key': e.detail.value` in a
	// setData call of an input handler.
	storedRe = regexp.MustCompile(`['"]?([\w$.]+)['"]?\s*:\s*[\w$]+\.detail\.value`)
	// assignedRe: `this.data.list[i].content = e.detail.value`.
	assignedRe = regexp.MustCompile(`\bdata\.([\w$]+)[\w$.\[\]]*?\.([\w$]+)\s*=\s*[\w$]+\.detail\.value`)
	// computedRe: a computed key, one field per item of a list
	// ([`reviews[${i}].text`]: e.detail.value).
	computedRe = regexp.MustCompile("\\[\\s*`([^`]+)`\\s*\\]\\s*:\\s*[\\w$]+\\.detail\\.value")
	// indexRe: the index parts of such a key ([${i}], ${key}).
	indexRe = regexp.MustCompile(`\[[^\]]*\]|\$\{[^}]*\}`)
)

// storedKeys are the data keys an input handler stores the text under.
func storedKeys(s *script.Facts, src []byte, handler string) []string {
	if s == nil {
		return nil
	}
	sp, ok := s.Bodies[handler]
	if !ok {
		return nil
	}
	var out []string
	code := src[sp.Start:sp.End]
	// commented-out code stores nothing
	for _, cm := range s.Comments {
		if cm.Span.Start >= sp.Start && cm.Span.End <= sp.End {
			if code2 := blankSpan(code, cm.Span.Start-sp.Start, cm.Span.End-sp.Start); code2 != nil {
				code = code2
			}
		}
	}
	for _, m := range storedRe.FindAllSubmatch(code, -1) {
		path := string(m[1])
		if k := lastSegment(path); k != "" {
			out = append(out, k)
		}
		if i := strings.IndexByte(path, '.'); i > 0 {
			out = append(out, path[:i]) // 'popup.content': the popup is sent
		}
	}
	for _, m := range assignedRe.FindAllSubmatch(code, -1) {
		out = append(out, string(m[1]), string(m[2]))
	}
	for _, m := range computedRe.FindAllSubmatch(code, -1) {
		// reviews[${i}].text: the list is sent, its items hold the text;
		// of a plain path (pageData.draft) only the last name, the head
		// may hold the whole page's state
		path := strings.Trim(indexRe.ReplaceAllString(string(m[1]), ""), ".")
		if k := lastSegment(path); k != "" {
			out = append(out, k)
		}
		if i := strings.IndexByte(path, '.'); i > 0 && identRe.MatchString(path[:i]) && path != string(m[1]) {
			out = append(out, path[:i])
		}
	}
	return out
}

// buttonWord: the row's text is the button beside the field (发送), not
// its label.
var buttonWord = regexp.MustCompile(`^(?:发送|提交|发布|确定|确认|保存|取消|send|submit|post)$`)

// rowLabel is the short text beside a field in its row (<view>昵称</view>
// <input/>): the text of its parent when that is a label, not a form.
func rowLabel(t *template.Facts, i int) string {
	p := t.Elements[i].Parent
	if p < 0 {
		return ""
	}
	var b strings.Builder
	for _, r := range t.ElementText(p) {
		b.WriteString(strings.TrimSpace(r.Text))
	}
	l := b.String()
	if n := utf8.RuneCountInString(l); n == 0 || n > 12 || strings.Contains(l, "{{") || buttonWord.MatchString(l) {
		return ""
	}
	return l
}

// fieldCache gives each page's fields, from the run before when its script
// and template are the same units.
type fieldCache struct{ prev, next *ugcMemo }

func (fc fieldCache) of(c *rule.ProjectContext, p string) (fields, contact []ugcField) {
	u := c.Units[p]
	t := companionTemplate(c.Units, p)
	if t == nil || u.Script == nil {
		return nil, nil
	}
	k := [2]*rule.Unit{u, t}
	if v, ok := fc.next.fields[k]; ok {
		return v[0], v[1]
	}
	v, ok := fc.prev.fields[k]
	if !ok {
		v[0], v[1] = contentFields(t.Template, u.Script, u.Text)
	}
	fc.next.fields[k] = v
	return v[0], v[1]
}

// blankSpan is code with [from, to) turned to spaces, a copy (nil when
// the span is outside it).
func blankSpan(code []byte, from, to int) []byte {
	if from < 0 || to > len(code) || from >= to {
		return nil
	}
	out := append([]byte(nil), code...)
	for i := from; i < to; i++ {
		out[i] = ' '
	}
	return out
}

// sentRe: a property set to a data key in an object a script builds
// (`introduction: this.data.draft`).
var sentRe = regexp.MustCompile(`([A-Za-z_$][\w$]*)\s*:\s*(?:this|that|_this|self|me)\.data\.([A-Za-z_$][\w$]*)\b[^.\[\w$]`)

// sentAs maps each data key of a script to the properties it is sent as.
func sentAs(src []byte) map[string][]string {
	out := map[string][]string{}
	for _, m := range sentRe.FindAllSubmatch(src, -1) {
		out[string(m[2])] = append(out[string(m[2])], string(m[1]))
	}
	return out
}

func dedup(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range ss {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
