package security

import (
	"regexp"
	"strings"

	"mpls/analysis/jsonv"
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// AppSecretInClient: the AppSecret, or a call to the code-to-session (or
// access-token) endpoint that needs it, sits in client code. Everything in
// the package reaches every user's phone; whoever unpacks it holds the
// secret, and WX §16.5.5 forbids handing the appsecret to any third party.
//
// What fires:
//   - a 32- or 40-digit hex string given to a name that says secret
//     (secret, appSecret, APP_SECRET, app_secret, clientSecret …) in a
//     script or a JSON file of the mini-program, or written as secret=…
//     inside a URL string;
//   - a string naming the server-side endpoints jscode2session /
//     code2Session, or WeChat's cgi-bin/token (access token).
//
// Judgment: placeholders that are not hex ('your-app-secret',
// process.env.SECRET) are not secrets. Cloud functions run on the server:
// files under a cloudfunctions / cloudfunction / cloud-functions folder,
// or a server / backend folder inside the root, are not client code.
var AppSecretInClient = &rule.Rule{
	ID:       "security/appsecret-in-client",
	Severity: rule.Error,
	Citation: "WX §16.5.5",
	Title:    rule.Msg{Zh: "AppSecret 或换取 session 的接口出现在小程序代码里", En: "AppSecret or the code-to-session call in client code"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "小程序代码里写着 AppSecret（32/40 位十六进制），或直接从小程序请求 jscode2session / code2Session、cgi-bin/token 等需要 AppSecret 的服务器接口。",
			En: "The mini-program's code holds the AppSecret (32/40 hex digits), or calls jscode2session / code2Session or cgi-bin/token, server endpoints that need it."},
		Why: rule.Msg{Zh: "小程序代码包会下发到每个用户的手机，任何人解包即可拿到 AppSecret，进而冒用你的小程序身份；平台规定不得向任何第三方提供 appsecret（微信 §16.5.5）。请把换取 session_key/openid 的逻辑放到自己的服务器或云函数里，小程序只上传 login 得到的 code。",
			En: "The package reaches every user's phone; anyone who unpacks it gets the AppSecret and can act as your mini-program. WX §16.5.5 forbids handing the appsecret to any third party. Exchange the code for session_key/openid on your server or in a cloud function; the client only sends the wx.login code."},
		Wrong:   "wx.request({\n  url: 'https://api.weixin.qq.com/sns/jscode2session',\n  data: { appid: 'wx1234567890abcdef', secret: '0123456789abcdef0123456789abcdef', js_code: code }\n})",
		Right:   "wx.request({ url: 'https://api.example.com/login', method: 'POST', data: { code } })",
		Excerpt: "16.5.5 除使用微信开放平台第三方服务等腾讯官方提供的方式外，你不得擅自为任何第三方提供包括但不限于appsecret、帐号密码等关键敏感的参数、权限或数据。（微信小程序平台运营规范 §16.5.5）",
	},
	Check: checkAppSecret,
}

var (
	hexSecret   = regexp.MustCompile(`^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40})$`)
	secretParam = regexp.MustCompile(`(?i)[?&](?:app_?)?secret=([0-9a-f]{32}|[0-9a-f]{40})(?:[&#]|$)`)
	endpoint    = regexp.MustCompile(`(?i)jscode2session|code2session|cgi-bin/token`)
)

// secretName reports whether a key or variable name says it holds the
// secret: its last word is "secret" (appSecret, APP_SECRET, clientSecret,
// secret) or it is appsecret written in one word.
func secretName(name string) bool {
	ws := splitName(name)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	return last == "secret" || last == "appsecret" || last == "secretkey" && len(ws) == 1
}

// serverSide reports a file that runs on a server, not in the client.
func serverSide(p string) bool {
	for _, seg := range strings.Split(p, "/") {
		switch strings.ToLower(seg) {
		case "cloudfunctions", "cloudfunction", "cloud-functions", "cloud_functions", "server", "backend":
			return true
		}
	}
	return false
}

func checkAppSecret(c *rule.FileContext) {
	u := c.Unit
	if serverSide(u.Path) {
		return
	}
	if s := u.Script; s != nil {
		for _, str := range s.Strings {
			if str.IsKey {
				continue
			}
			if n := len(str.Value); (n == 32 || n == 40) && hexSecret.MatchString(str.Value) {
				name := str.Key
				if name == "" {
					name = nameBefore(u.Text, str.Span.Start)
				}
				if secretName(name) {
					reportSecret(c, str.Span, name)
					continue
				}
			}
			raw := string(u.Text[str.Span.Start:str.Span.End])
			if !mayHoldSecret(raw) { // neither regexp below can match: skip them (they cost a keystroke most of this rule's time)
				continue
			}
			if m := secretParam.FindStringSubmatchIndex(raw); m != nil {
				// the endpoint it is sent to is the same leak: one finding
				reportSecret(c, text.Span{Start: str.Span.Start + m[2], End: str.Span.Start + m[3]}, "secret=")
				continue
			}
			if m := endpoint.FindStringIndex(raw); m != nil {
				reportEndpoint(c, text.Span{Start: str.Span.Start + m[0], End: str.Span.Start + m[1]}, raw[m[0]:m[1]])
			}
		}
	}
	if u.JSON != nil {
		walkJSON(u.JSON, func(key string, v *jsonv.Value) {
			if v.Kind != jsonv.String {
				return
			}
			if secretName(key) && hexSecret.MatchString(v.Str) {
				reportSecret(c, v.ContentSpan(), key)
			}
		})
	}
}

func walkJSON(v *jsonv.Value, f func(key string, v *jsonv.Value)) {
	if v == nil {
		return
	}
	switch v.Kind {
	case jsonv.Object:
		for _, m := range v.Members {
			f(m.Key, m.Value)
			walkJSON(m.Value, f)
		}
	case jsonv.Array:
		for _, it := range v.Items {
			walkJSON(it, f)
		}
	}
}

func reportSecret(c *rule.FileContext, s text.Span, name string) {
	c.Report(s, rule.Msg{
		Zh: "AppSecret（" + name + "）写在小程序代码里：代码包会下发到用户手机，任何人解包都能拿到，不得向第三方提供 appsecret。请删除它，到服务器或云函数中使用，并到平台的开发者后台重置 AppSecret。",
		En: "The AppSecret (" + name + ") is in the mini-program's code, which reaches every user's phone; anyone who unpacks it gets it, and the rules forbid handing it to third parties. Remove it, use it on your server or in a cloud function, and reset the AppSecret.",
	})
}

func reportEndpoint(c *rule.FileContext, s text.Span, what string) {
	c.Report(s, rule.Msg{
		Zh: "小程序直接调用 " + what + "：这个接口需要 AppSecret，只能在服务器上调用，放在小程序里等于公开 AppSecret。请在服务器或云函数中换取 session，小程序只上传 login 得到的 code。",
		En: "The mini-program calls " + what + " itself: that endpoint needs the AppSecret and belongs on a server; calling it from the client publishes the secret. Exchange the code on your server or in a cloud function; the client only sends the wx.login code.",
	})
}

// mayHoldSecret is a quick test that raw contains, in any case, "secret="
// or "session" or "cgi-bin/token": what secretParam and endpoint need.
// The two non-ASCII letters (?i) folds onto these (ſ, the Kelvin sign K)
// send raw to the regexps too.
func mayHoldSecret(raw string) bool {
	if strings.Contains(raw, "\u017f") || strings.Contains(raw, "\u212a") {
		return true
	}
	for i := 0; i+6 <= len(raw); i++ {
		switch raw[i] | 0x20 {
		case 's':
			if strings.EqualFold(raw[i:i+6], "secret") || i+7 <= len(raw) && strings.EqualFold(raw[i:i+7], "session") {
				return true
			}
		case 'c':
			if i+13 <= len(raw) && strings.EqualFold(raw[i:i+13], "cgi-bin/token") {
				return true
			}
		}
	}
	return false
}
