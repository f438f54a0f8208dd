package privacydecl_test

import (
	"os"
	"path/filepath"
	"testing"

	"mpls/analysis/privacydecl"
)

// TestVendoredLibraryCounts: a map SDK copied into the sources is left out
// of the analysis (not the app's own code), but its location call still
// counts for the declaration, as a library's, as WeChat's own scan reads it.
func TestVendoredLibraryCounts(t *testing.T) {
	dir := t.TempDir()
	for path, text := range map[string]string{
		"app.json":                    `{"pages": ["pages/shop/shop"]}`,
		"pages/shop/shop.wxml":        `<view bindtap="near">附近门店</view>`,
		"pages/shop/shop.js":          "const Map = require('../../utils/qqmap-wx-jssdk.min.js')\nPage({ near() { new Map({}).nearby() } })\n",
		"utils/qqmap-wx-jssdk.min.js": "module.exports=function(o){this.nearby=function(){wx.getLocation({type:'gcj02',success:function(r){}})}}\n",
	} {
		abs := filepath.Join(dir, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pr := check(t, dir)
	if pr.Units["utils/qqmap-wx-jssdk.min.js"] != nil {
		t.Fatal("the vendored SDK must not be analysed as the app's code")
	}
	s := privacydecl.Derive(pr.Env).Setting("Location")
	if s == nil {
		t.Fatal("no Location setting: the vendored SDK's getLocation was not counted")
	}
	found := false
	for _, u := range s.Uses {
		if u.File == "utils/qqmap-wx-jssdk.min.js" && u.API == "getLocation" && u.Library {
			found = true
		}
	}
	if !found {
		t.Errorf("uses %+v", s.Uses)
	}
}
