package privacy

import (
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// IPGeolocation: the code asks an IP-geolocation service where the user
// is. That locates the user without any authorization, which Douyin names
// explicitly: "不得强制用户进行授权或直接通过IP拉取用户地理位置信息" (DY §1.1.2.2);
// WeChat rejects location use without notice and consent (WX §14.4.1).
//
// What counts as an endpoint (a string literal in a script that is a URL
// or a path, wherever it is used: request url, a constant, a base URL):
//   - the known IP-location APIs of the map vendors (Tencent LBS
//     /ws/location/v1/ip, AMap restapi /v3/ip, Baidu /location/ip) and
//     of public services (ip-api.com, ipapi.co, ipinfo.io, ipwho.is,
//     ip.taobao.com, pv.sohu.com/cityjson, whois.pconline.com.cn/ipJson,
//     ip.ws.126.net/ipquery, ipstack, ipgeolocation.io, geojs, …);
//   - a path of one's own backend whose name says it: /ip-location,
//     /ip2region, /ipLocation, /geoip, /getCityByIp, /location/ip ….
//
// Judgment: a bare "ip" segment alone (/api/user/ip) says nothing about
// location and is not reported; "ip" must stand as a word (shipping, zip
// are not it). Comments are not read. There is no fix: the fallback the
// rulebook asks for is the user's manual choice of a city.
var IPGeolocation = &rule.Rule{
	ID:       "privacy/ip-geolocation",
	Severity: rule.Warning,
	Citation: "DY §1.1.2.2, WX §14.4.1",
	Title:    rule.Msg{Zh: "通过 IP 获取用户位置", En: "User location from the IP address"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "代码请求 IP 定位服务（如腾讯位置服务 /ws/location/v1/ip、高德 /v3/ip、ip-api.com，或自家后端的 /ip-location 接口），在用户不知情、未授权的情况下推断其所在位置。",
			En: "The code calls an IP-geolocation service (Tencent LBS /ws/location/v1/ip, AMap /v3/ip, ip-api.com, or one's own /ip-location endpoint) to infer where the user is, without their knowledge or authorization."},
		Why: rule.Msg{Zh: "抖音明确禁止直接通过 IP 拉取用户地理位置信息，用户拒绝定位时应让其自行选择城市（抖音 §1.1.2.2）；微信要求采集位置前告知并获得同意（微信 §14.4.1）。",
			En: "Douyin forbids pulling the user's location from the IP address; when the user refuses location, let them choose a city (DY §1.1.2.2). WeChat requires notice and consent before collecting location (WX §14.4.1)."},
		Wrong:   "wx.request({ url: 'https://apis.map.qq.com/ws/location/v1/ip', data: { key } })",
		Right:   "wx.navigateTo({ url: '/pages/city/city' }) // 让用户自行选择城市",
		Excerpt: "用户拒绝授权时不可影响其功能与服务的正常使用，不得强制用户进行授权或直接通过IP拉取用户地理位置信息。（抖音 版本审核常见问题 §1.1.2.2）",
	},
	Check: checkIPGeo,
}

// ipGeoHosts are services whose every endpoint is IP geolocation.
var ipGeoHosts = []string{
	"ip-api.com", "ipapi.co", "ipapi.com", "ipinfo.io", "ipwho.is", "ipwhois.app", "ipwhois.io",
	"ipgeolocation.io", "ipstack.com", "freegeoip.app", "freegeoip.net", "geolocation-db.com",
	"extreme-ip-lookup.com", "ip.taobao.com", "whois.pconline.com.cn", "ip.ws.126.net",
	"pv.sohu.com", "ip.useragentinfo.com", "geojs.io", "ip2location.io", "ipdata.co",
	"ipregistry.co", "ip.360.cn", "ipip.net", "db-ip.com", "iplocation.net",
}

// ipGeoVendors: map vendors whose IP endpoint is a path segment "ip".
var ipGeoVendors = []string{"apis.map.qq.com", "restapi.amap.com", "api.map.baidu.com", "api.tianditu.gov.cn"}

// ipGeoPath matches a path that names IP geolocation.
var ipGeoPath = regexp.MustCompile(`(?i)(^|[^a-z])(ip[-_/]?(2|to)?[-_/]?(location|locate|loc|geo|city|region|area|address|addr|position|pos|lookup)|geo[-_/]?ip|(city|location|region|area|address|position)[-_]?(by|from|of)[-_]?ip|location/(v\d+/)?ip|cityjson)([^a-z]|$)`)

func isIPGeoURL(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	l := strings.ToLower(splitCamel(s))
	host, path := "", l
	switch {
	case strings.HasPrefix(l, "https://"), strings.HasPrefix(l, "http://"), strings.HasPrefix(l, "//"):
		rest := l[strings.Index(l, "//")+2:]
		host = rest
		path = ""
		if i := strings.IndexAny(rest, "/?#"); i >= 0 {
			host, path = rest[:i], rest[i:]
		}
		if i := strings.IndexByte(host, ':'); i >= 0 {
			host = host[:i]
		}
	case strings.HasPrefix(l, "/"):
	default:
		// a host written without scheme ('ip-api.com/json')
		if i := strings.IndexByte(l, '/'); i > 0 && strings.Contains(l[:i], ".") {
			host, path = l[:i], l[i:]
		} else if strings.Contains(l, ".") && !strings.Contains(l, "/") {
			host, path = l, ""
		} else {
			return false
		}
	}
	for _, h := range ipGeoHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for _, h := range ipGeoVendors {
		if host == h && (strings.HasSuffix(path, "/ip") || strings.Contains(path, "/ip/")) {
			return true
		}
	}
	// every alternative of ipGeoPath contains "ip" or "cityj" (of cityjson,
	// whose s (?i) also finds as ſ): test that first, the regexp is the
	// costly part of a keystroke's check
	return path != "" && (strings.Contains(path, "ip") || strings.Contains(path, "cityj")) && ipGeoPath.MatchString(path)
}

// splitCamel puts a '-' where a lower-case letter or digit meets an upper-case
// one (getCityByIp → get-City-By-Ip), so words can be told apart.
func splitCamel(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if i > 0 && ch >= 'A' && ch <= 'Z' {
			if p := s[i-1]; p >= 'a' && p <= 'z' || p >= '0' && p <= '9' {
				b.WriteByte('-')
			}
		}
		b.WriteByte(ch)
	}
	return b.String()
}

func checkIPGeo(c *rule.FileContext) {
	s := c.Unit.Script
	if s == nil {
		return
	}
	for _, str := range s.Strings {
		if str.IsKey || !isIPGeoURL(str.Value) {
			continue
		}
		if str.Span.End > len(c.Unit.Text) || str.Span.Start < 0 {
			continue
		}
		sp := text.Span{Start: str.Span.Start, End: str.Span.End}
		msg := rule.Msg{
			Zh: "通过 IP 获取用户位置：“" + str.Value + "”。不得直接通过 IP 拉取用户地理位置：请在用户授权后使用定位接口，或让用户自行选择城市。",
			En: "User location from the IP address: \"" + str.Value + "\". Pulling the location from the IP is forbidden: use the location API after the user agrees, or let the user choose a city.",
		}
		if c.Platform != rule.Douyin {
			msg = rule.Msg{
				Zh: "通过 IP 获取用户位置：“" + str.Value + "”。采集位置前须告知用户并获得同意，抖音更明确禁止通过 IP 拉取位置：请在用户授权后使用定位接口，或让用户自行选择城市。",
				En: "User location from the IP address: \"" + str.Value + "\". Location may only be collected after notice and consent, and Douyin forbids pulling it from the IP outright: use the location API after the user agrees, or let the user choose a city.",
			}
		}
		c.Report(sp, msg)
	}
}
