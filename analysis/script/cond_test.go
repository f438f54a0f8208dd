package script

import (
	"strings"
	"testing"
)

// TestAuthSettingConsent: which tests of res.authSetting[scope] prove the
// scope was granted. The answer has three states (true granted, false
// refused, undefined never asked), so only a branch where nothing but a
// grant is left is confirmed; the else of `=== false` also runs for a
// scope never asked, where the call opens the system dialog.
func TestAuthSettingConsent(t *testing.T) {
	wrap := func(body string) string {
		return "Page({ onLoad() { wx.getSetting({ success: (res) => {\n" + body + "\n} }) } })"
	}
	cases := []struct {
		name string
		body string
		nth  int  // which getLocation
		want bool // Confirmed
	}{
		{"truthy", `if (res.authSetting['scope.userLocation']) { wx.getLocation({}) }`, 0, true},
		{"=== true", `if (res.authSetting['scope.userLocation'] === true) { wx.getLocation({}) }`, 0, true},
		{"== true", `if (res.authSetting['scope.userLocation'] == true) wx.getLocation({})`, 0, true},
		{"else of falsy", `if (!res.authSetting['scope.userLocation']) { wx.openSetting() } else { wx.getLocation({}) }`, 0, true},
		{"else of !== true", `if (res.authSetting['scope.userLocation'] !== true) { wx.openSetting() } else { wx.getLocation({}) }`, 0, true},
		{"&& chain", `res.authSetting['scope.userLocation'] && wx.getLocation({})`, 0, true},
		{"ternary", `res.authSetting['scope.userLocation'] ? wx.getLocation({}) : wx.authorize({ scope: 'scope.userLocation' })`, 0, true},

		// the else of a refusal test also runs for a scope never asked
		{"else of === false", `if (res.authSetting['scope.userLocation'] === false) { wx.openSetting() } else { wx.getLocation({}) }`, 0, false},
		{"else of == false", `if (res.authSetting['scope.userLocation'] == false) { wx.openSetting() } else { wx.getLocation({}) }`, 0, false},
		{"!== false", `if (res.authSetting['scope.userLocation'] !== false) { wx.getLocation({}) }`, 0, false},
		{"false on the left", `if (false === res.authSetting['scope.userLocation']) { wx.openSetting() } else { wx.getLocation({}) }`, 0, false},
		{"early return on === false", "if (res.authSetting['scope.userLocation'] === false) { wx.openSetting(); return }\nwx.getLocation({})", 0, false},
		{"then of === false", `if (res.authSetting['scope.userLocation'] === false) { wx.getLocation({}) }`, 0, false},
		{"else of truthy", `if (res.authSetting['scope.userLocation']) { go() } else { wx.getLocation({}) }`, 0, false},
		{"=== undefined", `if (res.authSetting['scope.userLocation'] === undefined) { wx.getLocation({}) }`, 0, false},

		// a chain that rules out refused and never asked leaves a grant
		{"chain: else after undefined and false", `if (res.authSetting['scope.userLocation'] === undefined) {
  wx.getLocation({})
} else if (res.authSetting['scope.userLocation'] === false) {
  wx.openSetting()
} else {
  wx.getLocation({})
}`, 1, true},
		{"chain: its first branch", `if (res.authSetting['scope.userLocation'] === undefined) {
  wx.getLocation({})
} else if (res.authSetting['scope.userLocation'] === false) {
  wx.openSetting()
} else {
  wx.getLocation({})
}`, 0, false},
		{"chain: != undefined && != true, then == undefined", `if (res.authSetting['scope.userLocation'] != undefined && res.authSetting['scope.userLocation'] != true) {
  wx.openSetting()
} else if (res.authSetting['scope.userLocation'] == undefined) {
  wx.getLocation({})
} else {
  wx.getLocation({})
}`, 1, true},
		{"chain: the never-asked branch", `if (res.authSetting['scope.userLocation'] != undefined && res.authSetting['scope.userLocation'] != true) {
  wx.openSetting()
} else if (res.authSetting['scope.userLocation'] == undefined) {
  wx.getLocation({})
} else {
  wx.getLocation({})
}`, 0, false},
		{"chain: typeof undefined", `if (typeof res.authSetting['scope.userLocation'] === 'undefined') { ask() } else if (res.authSetting['scope.userLocation'] == false) { wx.openSetting() } else { wx.getLocation({}) }`, 0, true},
		{"chain: 0 == and void 0", `void 0 === res.authSetting['scope.userLocation'] ? ask() : 0 == res.authSetting['scope.userLocation'] ? wx.openSetting() : wx.getLocation({})`, 0, true},
		{"early returns rule out both", "if (res.authSetting['scope.userLocation'] === false) return\nif (res.authSetting['scope.userLocation'] === undefined) return\nwx.getLocation({})", 0, true},
		{"another scope's answer proves nothing", `if (res.authSetting['scope.userInfo'] === undefined) { ask() } else if (res.authSetting['scope.userLocation'] === false) { wx.openSetting() } else { wx.getLocation({}) }`, 0, false},

		// a refusal test inside a confirmed dialog keeps the dialog's consent
		{"confirmed dialog around", `wx.showModal({ content: '用于推荐附近门店', success: (r) => { if (r.confirm) { if (res.authSetting['scope.userLocation'] === false) { wx.openSetting() } else { wx.getLocation({}) } } } })`, 0, true},
		// a two-valued flag compared with false still proves its else
		{"flag === false", `if (this.data.agreed === false) { return } wx.getLocation({})`, 0, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := analyzeSrc(t, wrap(tc.body), false)
			c := nthCall(f, "getLocation", tc.nth)
			if c == nil {
				t.Fatalf("no getLocation #%d", tc.nth)
			}
			if c.Confirmed != tc.want {
				t.Errorf("Confirmed = %v, want %v (%s)", c.Confirmed, tc.want, strings.TrimSpace(tc.body))
			}
		})
	}
}

// TestEntryConfirmed: a call every way from an entry reaches through a
// consent check is confirmed on entry, whatever a tap handler does.
func TestEntryConfirmed(t *testing.T) {
	cases := []struct {
		name, src        string
		confirmed, entry bool
	}{
		{"granted on entry, a tap too", `Page({
  onLoad() { wx.getSetting({ success: (res) => { if (res.authSetting['scope.userLocation']) { this.locate() } } }) },
  onTap() { this.locate() },
  locate() { wx.getLocation({}) }
})`, false, true},
		{"an unguarded way from onShow", `Page({
  onLoad() { if (this.data.agreed) this.locate() },
  onShow() { this.locate() },
  locate() { wx.getLocation({}) }
})`, false, false},
		// no way from an entry at all: nothing on entry to confirm
		{"a tap only", `Page({ onTap() { wx.getLocation({}) } })`, false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := nthCall(analyzeSrc(t, tc.src, false), "getLocation", 0)
			if c == nil {
				t.Fatal("no getLocation")
			}
			if c.Confirmed != tc.confirmed || c.EntryConfirmed != tc.entry {
				t.Errorf("Confirmed %v EntryConfirmed %v, want %v %v", c.Confirmed, c.EntryConfirmed, tc.confirmed, tc.entry)
			}
		})
	}
}

// TestUnaskedPasses: a call behind a test that rules out only a refusal
// is marked, so the message can say why the check does not help.
func TestUnaskedPasses(t *testing.T) {
	wrap := func(body string) string {
		return "Page({ onLoad() { wx.getSetting({ success: (res) => {\n" + body + "\n} }) } })"
	}
	cases := []struct {
		name, body string
		want       bool
	}{
		{"else of === false", `if (res.authSetting['scope.userLocation'] === false) { wx.openSetting() } else { wx.getLocation({}) }`, true},
		{"!== false", `if (res.authSetting['scope.userLocation'] !== false) { wx.getLocation({}) }`, true},
		{"after return on == false", "if (res.authSetting['scope.userLocation'] == false) return\nwx.getLocation({})", true},
		{"truthy", `if (res.authSetting['scope.userLocation']) { wx.getLocation({}) }`, false},
		{"never asked only", `if (res.authSetting['scope.userLocation'] === undefined) { wx.getLocation({}) }`, false},
		{"no test", `wx.getLocation({})`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := nthCall(analyzeSrc(t, wrap(tc.body), false), "getLocation", 0)
			if c == nil {
				t.Fatal("no getLocation")
			}
			if c.UnaskedPasses != tc.want {
				t.Errorf("UnaskedPasses = %v, want %v", c.UnaskedPasses, tc.want)
			}
		})
	}
}
