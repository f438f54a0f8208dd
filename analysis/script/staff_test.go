package script

import "testing"

// A link in a branch only staff accounts take is Staff; links every user
// may follow are not.
func TestStaffOnlyLinks(t *testing.T) {
	cases := []struct {
		name, src string
		staff     bool
	}{
		{"role equals admin", `if (user.role === 'admin') { items.push({ url: '/pages/stock/index' }) }`, true},
		{"either of two staff roles", `if (role === 'inspector' || role == 'cleaner') go('/pages/patrol/index')`, true},
		{"role is an ordinary user", `if (role === 'member') go('/pages/card/index')`, false},
		{"else of a staff test", `if (userInfo.role !== 'staff') {} else { go('/pages/duty/index') }`, true},
		{"else of an admin test: everyone else", `if (isAdmin) {} else { go('/pages/shop/index') }`, false},
		{"any logged-in role", `if (role) { go('/pages/orders/index') }`, false},
		{"admin flag", `this.data.isAdmin && wx.navigateTo({ url: '/pages/admin/index' })`, true},
		{"ternary on a flag", `const url = user.is_manager ? '/pages/manage/index' : '/pages/home/index'`, true},
		{"early return for others", `function f() { if (!app.globalData.isStaff) return; wx.navigateTo({ url: '/pages/scan/index' }) }`, true},
		{"switch on the role", `switch (identity) { case 'cook': go('/pages/kitchen/index'); break }`, true},
		{"switch on something else", `switch (tab) { case 'cook': go('/pages/kitchen/index'); break }`, false},
		{"a manager object is no flag", `if (updateManager) { go('/pages/update/index') }`, false},
		{"numeric role says nothing", `if (userType === 2) { go('/pages/audit/index') }`, false},
		{"not staff: the other branch", `if (role === 'admin') { x() } go('/pages/after/index')`, false},
		{"a function inside a branch is its own", `if (role === 'admin') { list.forEach(function named() {}) } function g() { go('/pages/g/index') }`, false},
	}
	for _, c := range cases {
		f := analyzeSrc(t, c.src, false)
		got, found := false, false
		for _, s := range f.Strings {
			if len(s.Value) > 0 && s.Value[0] == '/' && s.Value != "/pages/home/index" {
				got, found = s.Staff, true
			}
		}
		if !found {
			t.Errorf("%s: no route string", c.name)
			continue
		}
		if got != c.staff {
			t.Errorf("%s: Staff = %v, want %v\n%s", c.name, got, c.staff, c.src)
		}
	}
}

// TestStaffCondition: a template's wx:if read as a role test.
func TestStaffCondition(t *testing.T) {
	for expr, want := range map[string]bool{
		"isAdmin":                           true,
		" isadmin ":                         true,
		"userInfo.isManager":                true,
		"role == 'admin'":                   true,
		"role === \"inspector\"":            true,
		"'admin' == user.roleName":          true,
		"role == 'admin' && role":           true,
		"(isStaff) && list.length > 0":      true,
		"role == 'admin' || role == 'cook'": true,
		"!isAdmin":                          false,
		"role != 'admin'":                   false,
		"role !== 'admin'":                  false,
		"role == 'user'":                    false,
		"role == 'admin' || showAll":        false,
		"item.condition":                    false,
		"manager":                           false,
		"status == 'admin'":                 false,
		"role == 'admin' ? 1 : 0":           false,
		"":                                  false,
	} {
		if got := StaffCondition(expr); got != want {
			t.Errorf("StaffCondition(%q) = %v, want %v", expr, got, want)
		}
	}
}
