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
