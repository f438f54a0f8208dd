package login

import "testing"

func TestIsLoginRoute(t *testing.T) {
	for route, want := range map[string]bool{
		"pages/login/login":                  true,
		"/pages/auth/index?redirect=%2Fhome": true,
		"pages/wxLogin/index":                true,
		"pages/user/sign-in":                 true,
		"pages/signUp/signUp":                true,
		"pages/authorize/authorize":          true,
		"pages/register/index":               true,
		"pages/author/detail":                false,
		"pages/authority/list":               false,
		"pages/blog/list":                    false,
		"pages/index/index?from=login_tip":   false, // the query is not the route
		"pages/catalog/catalog":              false,
	} {
		if got := IsLoginRoute(route); got != want {
			t.Errorf("IsLoginRoute(%q) = %v, want %v", route, got, want)
		}
	}
}

func TestLoginRouteWordsAmbiguous(t *testing.T) {
	for route, want := range map[string][2]bool{
		"pages/signin/signin":        {false, true}, // 签到 pages are named so too
		"pages/user/sign-in":         {false, true},
		"pages/signinLogin/index":    {true, false},
		"pages/signUp/signUp":        {true, false},
		"pages/sign/sign":            {false, false},
		"/pages/wxLogin/wxLogin?x=1": {true, false},
	} {
		clear, ambiguous := loginRouteWords(route)
		if [2]bool{clear, ambiguous} != want {
			t.Errorf("loginRouteWords(%q) = %v, %v, want %v", route, clear, ambiguous, want)
		}
	}
}
