package script

import (
	"reflect"
	"testing"
)

// Uses: which functions of the file call or pass a name, platform APIs
// and exports left out.
func TestUses(t *testing.T) {
	src := `
const util = require('./util')
function fetchProfile() { return util.loadProfile() }
function unused() { wx.getUserInfo({}) }
function later() {}
Page({
  onLoad() { this.refresh(); setTimeout(later, 10) },
  refresh() { promisify(wx.getUserProfile)().then(this.save) },
  save() {}
})
module.exports = { fetchProfile, unused }
`
	f := analyzeSrc(t, src, false)
	want := map[string][]string{
		"require":     {""},
		"loadProfile": {"fetchProfile"},
		"refresh":     {"onLoad"},
		"later":       {"onLoad"},
		"promisify":   {"refresh"},
		"save":        {"refresh"},
		"then":        {"refresh"},
		"Page":        {""},
	}
	for k, v := range want {
		if !reflect.DeepEqual(f.Uses[k], v) {
			t.Errorf("Uses[%q] = %v, want %v", k, f.Uses[k], v)
		}
	}
	for _, k := range []string{"getUserInfo", "getUserProfile", "fetchProfile", "unused"} {
		if u, ok := f.Uses[k]; ok {
			t.Errorf("Uses[%q] = %v, want none", k, u)
		}
	}
}
