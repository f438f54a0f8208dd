package script

import (
	"strings"
	"testing"
)

// TestFallbacks: code that runs only where a tested platform API is
// missing is a fallback (old() below); the branch where the API is there,
// and the branches of tests that are not feature tests, are not (cur()).
func TestFallbacks(t *testing.T) {
	for _, c := range []struct {
		name, src string
		ns        string
	}{
		{"else of a member test", `
function check() {
  if (wx.getUpdateManager) { cur(wx.getUpdateManager()) } else { old('请升级微信') }
}`, "wx"},
		{"else of canIUse, Douyin", `
App({ onLaunch() {
  if (tt.canIUse('getUpdateManager')) { cur() } else { tt.showModal({ content: old('当前版本过低') }) }
} })`, "tt"},
		{"negated canIUse, Alipay", `
if (!my.canIUse('getUpdateManager')) { old() } else { cur() }
cur()`, "my"},
		{"typeof", `
if (typeof wx.getPrivacySetting === 'function') { cur() } else { old() }
if (typeof wx.onNeedPrivacyAuthorization !== 'function') { old() }
if (typeof wx.requirePrivacyAuthorize === 'undefined') { old() } else { cur() }
if (wx.openPrivacyContract !== undefined) { cur() } else { old() }`, "wx"},
		{"ternary and ||", `
const log = wx.getRealtimeLogManager ? cur(wx.getRealtimeLogManager()) : old()
const m = wx.getUpdateManager && cur(wx.getUpdateManager())
const n = wx.getUpdateManager || old()`, "wx"},
		{"early return", `
function platformName() {
  if (wx.getDeviceInfo) {
    return cur(wx.getDeviceInfo())
  }
  old(wx.getSystemInfoSync())
  return old()
}
function update() {
  if (!wx.canIUse('getUpdateManager')) return old()
  cur(wx.getUpdateManager())
}`, "wx"},
		{"flag in data from canIUse", `
const app = getApp()
Page({
  data: { canIUse: wx.canIUse('button.open-type.getUserInfo') },
  onLoad() {
    if (app.globalData.userInfo) {
      cur()
    } else if (this.data.canIUse) {
      cur()
    } else {
      old(wx.getUserInfo({}))
    }
  }
})`, "wx"},
		{"flag set true inside a test", `
Page({
  data: { canIUseGetUserProfile: false },
  onLoad() {
    if (wx.getUserProfile) { this.setData({ canIUseGetUserProfile: true }) }
  },
  login(e) {
    if (this.data.canIUseGetUserProfile) { cur(wx.getUserProfile({ desc: '登录' })) } else { old(e.detail.userInfo) }
  }
})`, "wx"},
		{"flag in a const, ternary to boolean", `
const ok = wx.getUserProfile ? true : false
if (ok) { cur() } else { old() }
const supportCamera = wx.canIUse('camera.mode')
if (!supportCamera) { old() }`, "wx"},
		// not feature tests
		{"authorization answer", `
wx.getSetting({ success(res) {
  if (res.authSetting['scope.userLocation']) { cur() } else { cur() }
} })`, "wx"},
		{"a call's result", `
if (wx.getStorageSync('token')) { cur() } else { cur(wx.navigateTo({ url: '/pages/login/login' })) }
if (!wx.getStorageSync('agreed')) { cur() }`, "wx"},
		{"a property the app stores on the platform object", `
my.showErrPage = function () {
  if (!my.isShowError) { my.isShowError = true; cur() }
}`, "my"},
		{"a test mixed with something else", `
const isSupportLife = my.canIUse('lifestyle') && !query.hidelife
if (isSupportLife) { cur() } else { cur() }
if (my.canIUse('lifestyle') && show) { cur() } else { cur() }`, "my"},
		{"a flag also set elsewhere", `
Page({
  data: { canIUse: wx.canIUse('button.open-type.getUserInfo') },
  reset() { this.setData({ canIUse: res.flag }) },
  onLoad() { if (this.data.canIUse) { cur() } else { cur() } }
})`, "wx"},
		{"a flag set true outside any test", `
Page({
  data: { canUseProfile: false },
  onLoad() {
    if (wx.getUserProfile) { this.setData({ canUseProfile: true }) }
    this.setData({ canUseProfile: true })
  },
  login() { if (this.data.canUseProfile) { cur() } else { cur() } }
})`, "wx"},
		{"compile setting, not the client", `
if (my.canIUse('component2')) { cur() } else { cur() }`, "my"},
		{"another namespace", `
if (tt.canIUse('getUpdateManager')) { cur() } else { cur() }`, "wx"},
	} {
		f := analyzeSrc(t, c.src, false, c.ns, "uni", "Taro")
		in := func(off int) bool {
			for _, s := range f.Fallbacks {
				if s.Start <= off && off < s.End {
					return true
				}
			}
			return false
		}
		for _, w := range []struct {
			mark string
			want bool
		}{{"old(", true}, {"cur(", false}} {
			for off := 0; ; {
				i := strings.Index(c.src[off:], w.mark)
				if i < 0 {
					break
				}
				off += i
				if in(off) != w.want {
					line := strings.Count(c.src[:off], "\n")
					t.Errorf("%s: line %d %s: fallback %v, want %v (fallbacks %v)", c.name, line, w.mark, !w.want, w.want, f.Fallbacks)
				}
				off += len(w.mark)
			}
		}
	}
}
