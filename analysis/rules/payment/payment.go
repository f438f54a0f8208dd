// Package payment holds the payment rules of the catalogue.
package payment

import (
	"path"
	"sort"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
)

// payAPIs are the platforms' payment APIs: WeChat requestPayment,
// requestVirtualPayment, requestPluginPayment, requestCommonPayment,
// requestMidasPayment (games); Douyin pay, requestOrder, getOrderPayment,
// requestGamePayment; Alipay tradePay; Baidu requestPolymerPayment; QQ
// requestWxPayment. uni.requestPayment and Taro.requestPayment resolve too.
var payAPIs = map[string]bool{
	"requestPayment": true, "requestVirtualPayment": true, "requestPluginPayment": true,
	"requestCommonPayment": true, "requestMidasPayment": true, "requestMidasFriendPayment": true,
	"pay": true, "requestOrder": true, "getOrderPayment": true, "requestGamePayment": true,
	"tradePay": true, "requestPolymerPayment": true, "requestWxPayment": true,
}

// virtualAPIs only ever sell virtual goods.
var virtualAPIs = map[string]bool{
	"requestVirtualPayment": true, "requestMidasPayment": true, "requestMidasFriendPayment": true, "requestGamePayment": true,
}

// IsPayCall reports whether c calls a platform payment API.
func IsPayCall(c *script.Call) bool {
	return c.Namespace != "" && c.Factory == "" && payAPIs[c.API]
}

// projectPays reports whether any script of the project calls a payment
// API, and returns the first such call's file.
func projectPays(units map[string]*rule.Unit) (string, bool) {
	for _, p := range sortedPaths(units) {
		if s := units[p].Script; s != nil {
			for i := range s.Calls {
				if IsPayCall(&s.Calls[i]) {
					return p, true
				}
			}
		}
	}
	return "", false
}

func sortedPaths(units map[string]*rule.Unit) []string {
	out := make([]string, 0, len(units))
	for p := range units {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// byBase groups the units of a project by path without extension: the
// files of one page or component.
func byBase(units map[string]*rule.Unit) map[string][]*rule.Unit {
	out := map[string][]*rule.Unit{}
	for _, p := range sortedPaths(units) {
		b := strings.TrimSuffix(p, path.Ext(p))
		out[b] = append(out[b], units[p])
	}
	return out
}

// companions returns the other units of p's page or component.
func companions(groups map[string][]*rule.Unit, p string) []*rule.Unit {
	var out []*rule.Unit
	for _, u := range groups[strings.TrimSuffix(p, path.Ext(p))] {
		if u.Path != p {
			out = append(out, u)
		}
	}
	return out
}

// words splits code or an expression into lower-case identifier words:
// runs of letters and digits, split at camelCase: "isIOS && vipPrice" →
// is, ios, vip, price.
func words(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, camelWords(s[start:end])...)
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// camelWords splits one identifier: isIOS → is, ios; vipPrice → vip, price.
func camelWords(s string) []string {
	var out []string
	start := 0
	isUp := func(b byte) bool { return b >= 'A' && b <= 'Z' }
	isLow := func(b byte) bool { return b >= 'a' && b <= 'z' }
	for i := 1; i < len(s); i++ {
		a, b := s[i-1], s[i]
		if isLow(a) && isUp(b) || isUp(a) && isUp(b) && i+1 < len(s) && isLow(s[i+1]) {
			out = append(out, strings.ToLower(s[start:i]))
			start = i
		}
	}
	if start < len(s) {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// mentionsPlatform reports whether an expression names the OS: isIOS,
// platform, 'ios', android, iphone.
func mentionsPlatform(expr string) bool {
	for _, w := range words(expr) {
		switch w {
		case "ios", "iphone", "ipad", "android", "platform", "os":
			return true
		}
	}
	return false
}

// condAttr reports whether an attribute is a template condition
// (wx:if, tt:elif, a:else, s-if, qq:if …, hidden) and which kind.
func condAttr(name string) (kind string, ok bool) {
	n := strings.ToLower(name)
	if n == "hidden" {
		return "if", true
	}
	if i := strings.IndexAny(n, ":-"); i > 0 {
		switch n[i+1:] {
		case "if", "elif", "else":
			return n[i+1:], true
		}
	}
	return "", false
}

// iosConditioned reports whether element idx shows only under a condition
// that names the platform (its own, an ancestor's, or — for an elif/else
// branch — its siblings' in the same chain). When anyCondition is set
// (the page's script reads the platform into data), any condition counts;
// a condition on one of flags (data the script derives from a platform
// test, see guards) names the platform.
func iosConditioned(t *template.Facts, idx int, anyCondition bool, flags map[string]bool) bool {
	for e := idx; e >= 0; e = t.Elements[e].Parent {
		el := &t.Elements[e]
		for i := range el.Attrs {
			a := &el.Attrs[i]
			kind, ok := condAttr(a.Name)
			if !ok {
				continue
			}
			if anyCondition || iosCondition(a.Value, flags) {
				return true
			}
			if kind == "elif" || kind == "else" {
				if chainMentionsPlatform(t, e, flags) {
					return true
				}
			}
		}
	}
	return false
}

// chainMentionsPlatform walks back over the earlier siblings of an
// elif/else branch up to its if, looking for a platform condition.
func chainMentionsPlatform(t *template.Facts, idx int, flags map[string]bool) bool {
	parent := t.Elements[idx].Parent
	for j := idx - 1; j >= 0; j-- {
		sib := &t.Elements[j]
		if sib.Parent != parent {
			continue
		}
		isIf := false
		for i := range sib.Attrs {
			kind, ok := condAttr(sib.Attrs[i].Name)
			if !ok {
				continue
			}
			if iosCondition(sib.Attrs[i].Value, flags) {
				return true
			}
			if kind == "if" {
				isIf = true
			}
		}
		if isIf {
			return false
		}
	}
	return false
}

// readsPlatform reports whether a script asks for the OS (getSystemInfo,
// getSystemInfoSync, getDeviceInfo) and keeps it under a platform-ish
// name, so a template condition on its data may be an iOS switch.
func readsPlatform(s *script.Facts) bool {
	if s == nil {
		return false
	}
	asks := s.HasCall("getSystemInfoSync") || s.HasCall("getSystemInfo") || s.HasCall("getDeviceInfo") || s.HasCall("getSystemInfoAsync")
	if !asks {
		return false
	}
	for name := range s.Names {
		if mentionsPlatform(name) {
			return true
		}
	}
	return false
}

// iosFallbackText is the wording DY §1.2.2.1 asks for on iOS.
const iosFallbackText = "由于相关规范，iOS 功能暂不可用"
