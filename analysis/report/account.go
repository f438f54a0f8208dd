package report

import (
	"regexp"

	"mpls/analysis/rules/login"
	"mpls/analysis/script"
)

// ---- 测试账号 ----

var (
	loginURL = regexp.MustCompile(`(?i)login|signin|sign-in|oauth|auth|passport|token`)
	tokenKey = regexp.MustCompile(`(?i)token|session|jwt|ticket`)
)

// testAccount: the login/test-account finding when the rule ran, else the
// rule's own judgement in the profile checked (login.NeedsTestAccount:
// credentials a user types, features kept for a role), else an account
// system whose only way in is the platform's (a phone-number button, a
// one-tap 授权登录): the reviewer signs in with their own account, so the
// notes say no test account is needed; else login calls (wx.login with a
// request to a login/auth URL, a token kept in storage).
func (s *scan) testAccount() TestAccount {
	ev, _, evOK := login.NeedsTestAccount(s.pr.Env)
	for _, f := range s.pr.Findings {
		if f.Rule != "login/test-account" {
			continue
		}
		what := "账号体系"
		if evOK && ev.Path == f.Path && ev.Span == f.Span {
			what = ev.What.Zh
		}
		p := s.at(f.Path, f.Span, what)
		return TestAccount{Required: true, Certain: true, Source: "login/test-account", Evidence: &p}
	}
	if evOK {
		p := s.at(ev.Path, ev.Span, ev.What.Zh)
		return TestAccount{Required: true, Certain: true, Source: "detected", Evidence: &p}
	}
	if any, ok := login.AccountEvidence(s.pr.Env); ok {
		p := s.at(any.Path, any.Span, any.What.Zh)
		return TestAccount{Source: "platform-login", Evidence: &p}
	}
	var loginCall, authRequest, tokenStore *Place
	s.platformCalls(func(path string, c *script.Call) {
		if c.Factory != "" {
			return
		}
		switch c.API {
		case "login":
			if loginCall == nil {
				p := s.at(path, c.NameSpan, callName(c))
				loginCall = &p
			}
		case "request":
			if authRequest == nil {
				if url := optionText(c, "url"); url != "" && loginURL.MatchString(url) {
					p := s.at(path, c.NameSpan, callName(c)+"（"+url+"）")
					authRequest = &p
				}
			}
		case "setStorageSync", "setStorage":
			key := ""
			if c.FirstArg != nil && c.FirstArg.IsString {
				key = c.FirstArg.String
			} else {
				key = optionText(c, "key")
			}
			if tokenStore == nil && key != "" && tokenKey.MatchString(key) {
				p := s.at(path, c.NameSpan, callName(c)+"('"+key+"')")
				tokenStore = &p
			}
		}
	})
	switch {
	case loginCall != nil && authRequest != nil:
		p := *authRequest
		p.What = "登录接口 " + p.What
		return TestAccount{Required: true, Source: "login-calls", Evidence: &p}
	case tokenStore != nil:
		p := *tokenStore
		p.What = "保存登录凭证 " + p.What
		return TestAccount{Required: true, Source: "login-calls", Evidence: &p}
	}
	return TestAccount{}
}

// optionText is an option's string value, or its source text.
func optionText(c *script.Call, key string) string {
	p := c.Options.Get(key)
	if p == nil {
		return ""
	}
	if p.IsString {
		return p.String
	}
	return p.Value
}
