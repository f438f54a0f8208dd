package login

import (
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/template"
)

// codeSignsIn reports whether the verification-code input t.Elements[idx]
// of unit u signs a user in. A code alone proves no account: an anonymous
// form (feedback, an enquiry) may ask for an image captcha against spam.
// It is a sign-in when the page also takes a phone number or an account
// (a phone/tel/mobile input, an account or username input) or offers to
// send a code (获取验证码, 发送验证码, 短信). An image captcha (图形验证码,
// or an <image> bound to a captcha URL beside the input) counts only
// beside an account input or a code being sent: a contact phone on a
// feedback form is no account.
func codeSignsIn(u *rule.Unit, t *template.Facts, idx int) bool {
	phone, account := false, false
	for i := range t.Elements {
		e := &t.Elements[i]
		if i == idx || !isInput(e) {
			continue
		}
		w := fieldWords(e)
		if hasAny(w, "手机", "电话", "phone", "mobile", "tel") {
			phone = true
		}
		if hasAny(w, "账号", "帐号", "用户名", "学号", "工号", "account", "username", "user name") {
			account = true
		}
	}
	if sendsCode(u) || account {
		return true
	}
	return phone && !imageCaptcha(t, idx)
}

func isInput(e *template.Element) bool {
	return e.Tag == "input" || strings.HasSuffix(e.Tag, "-field") || strings.HasSuffix(e.Tag, "-input")
}

// fieldWords is what names an input, lower-cased: its placeholder, label,
// title, name and bound value (value="{{mobile}}", model:value …).
func fieldWords(e *template.Element) string {
	var b strings.Builder
	for _, a := range e.Attrs {
		switch n := strings.ToLower(a.Name); {
		case n == "placeholder", n == "label", n == "title", n == "name", n == "id",
			n == "value", strings.HasSuffix(n, ":value"), n == "type":
			b.WriteString(strings.ToLower(a.Value))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func hasAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sendsCode: the page's text offers to send a code (获取验证码, 发送验证码,
// 短信, 重新发送, send code).
func sendsCode(u *rule.Unit) bool {
	for _, pc := range u.Visible() {
		t := strings.ToLower(pc.Text)
		if hasAny(t, "获取验证码", "发送验证码", "获取动态码", "短信", "重新发送", "重新获取", "send code", "get code") {
			return true
		}
	}
	return false
}

// imageCaptcha: the code input asks for the characters of a picture: its
// placeholder says 图形/图片验证码, or an <image> near it (a sibling, or
// a sibling of its wrapper) shows a captcha URL or a bound code picture.
func imageCaptcha(t *template.Facts, idx int) bool {
	e := &t.Elements[idx]
	if hasAny(fieldWords(e), "图形", "图片", "captcha") {
		return true
	}
	near := map[int]bool{e.Parent: true}
	if e.Parent >= 0 {
		near[t.Elements[e.Parent].Parent] = true
	}
	for i := range t.Elements {
		img := &t.Elements[i]
		if img.Tag != "image" && img.Tag != "img" {
			continue
		}
		if !near[img.Parent] && (img.Parent < 0 || !near[t.Elements[img.Parent].Parent]) {
			continue
		}
		a := img.Attr("src")
		if a == nil {
			continue
		}
		src := strings.ToLower(a.Value)
		if strings.Contains(src, "qrcode") {
			continue
		}
		if hasAny(src, "captcha", "veri", "vcode", "yzm", "checkcode", "imgcode", "piccode", "authcode") ||
			!a.Static() && strings.Contains(src, "code") {
			return true
		}
	}
	return false
}
