package payment

import "testing"

func TestMentionsPlatform(t *testing.T) {
	for expr, want := range map[string]bool{
		"!isIOS":                    true,
		"isIos":                     true,
		"platform !== 'ios'":        true,
		"sys.platform == 'android'": true,
		"showPay":                   false,
		"radios.length > 0":         false,
		"studios":                   false,
	} {
		if got := mentionsPlatform(expr); got != want {
			t.Errorf("mentionsPlatform(%q) = %v, want %v", expr, got, want)
		}
	}
}
