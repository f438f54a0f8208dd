package privacy

import (
	"testing"

	"mpls/analysis/jsonv"
)

func TestMinimalEdit(t *testing.T) {
	cases := []struct{ a, b string }{
		{"{\"desc\": \"提升体验\"}", "{\"desc\": \"展示附近门店\"}"},
		{"[\"a\"]\r\n", "[\"a\", \"b\"]\r\n"},
		{"{\r\n  \"a\": 1\r\n}", "{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}"},
		{"定位", "定位中"},
		{"abc", "abc"},
		{"", "x"},
	}
	for _, c := range cases {
		e := minimalEdit([]byte(c.a), []byte(c.b))
		got := string(jsonv.Apply([]byte(c.a), e.Span, e.NewText))
		if got != c.b {
			t.Errorf("%q → %q: edit %+v gives %q", c.a, c.b, e, got)
		}
		if e.Span.Start > 0 && e.Span.Start < len(c.a) && c.a[e.Span.Start-1] == '\r' && c.a[e.Span.Start] == '\n' {
			t.Errorf("%q → %q: edit starts inside a CRLF", c.a, c.b)
		}
	}
}

func TestIPGeoURL(t *testing.T) {
	yes := []string{
		"https://apis.map.qq.com/ws/location/v1/ip?key=K", "https://restapi.amap.com/v3/ip", "http://ip-api.com/json/",
		"https://api.map.baidu.com/location/ip?ak=A", "/api/common/ip-location", "/api/getCityByIp", "/ip2region/search",
		"https://pv.sohu.com/cityjson?ie=utf-8", "/geoip/lookup", "ipinfo.io/json", "/api/ip/location",
	}
	no := []string{
		"/api/user/ip", "/api/shipping/info", "https://apis.map.qq.com/ws/geocoder/v1/", "https://restapi.amap.com/v3/geocode/regeo",
		"/images/tip.png", "/api/zip/lookup", "IP 地址已记录", "ip", "/pages/index/index",
	}
	for _, s := range yes {
		if !isIPGeoURL(s) {
			t.Errorf("%q: want an IP-geolocation endpoint", s)
		}
	}
	for _, s := range no {
		if isIPGeoURL(s) {
			t.Errorf("%q: not an IP-geolocation endpoint", s)
		}
	}
}
