package project

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Apps copy third-party libraries into their sources (a rich-text parser,
// a UI kit, a map or analytics SDK) rather than install them with npm.
// That code is not the app's: a finding in it is one the developer cannot
// fix, and a reviewer judges the app's use of it, not its insides. So a
// vendored library is left out of the analysis, as miniprogram_npm is, and
// the privacy scan reads it as a library (WeChat's own scan does).
//
// A library is known by its folder name; names an app could give a
// folder of its own also need a file only the library has. A folder that
// holds a page of app.json is never taken for a library.

// vendoredLib is a library copied in as a folder.
type vendoredLib struct {
	Name string
	// Dirs are the folder names it is copied under (any case).
	Dirs []string
	// Markers are paths inside the folder, one of which must exist; none
	// when the name is the library's alone.
	Markers []string
}

var vendoredLibs = []vendoredLib{
	{Name: "towxml", Dirs: []string{"towxml"}},
	{Name: "wxParse", Dirs: []string{"wxParse"}},
	{Name: "aParse", Dirs: []string{"aParse"}},
	{Name: "mp-html", Dirs: []string{"mp-html"}},
	{Name: "wemark", Dirs: []string{"wemark"}},
	{Name: "ec-canvas (ECharts)", Dirs: []string{"ec-canvas"}},
	{Name: "ECharts", Dirs: []string{"echarts"}, Markers: []string{"echarts.js", "echarts.min.js"}},
	{Name: "wxa-plugin-canvas", Dirs: []string{"wxa-plugin-canvas"}},
	{Name: "Vant Weapp", Dirs: []string{"vant", "vant-weapp", "@vant"}, Markers: []string{"common/component.js", "mixins/basic.js", "wxs/utils.wxs", "weapp/common/component.js", "weapp/dist/common/component.js"}},
	{Name: "WeUI", Dirs: []string{"weui", "weui-miniprogram", "weui-wxss"}, Markers: []string{"weui.wxss", "dist/style/weui.wxss", "half-screen-dialog", "weui-wxss"}},
	{Name: "iView Weapp", Dirs: []string{"iview", "iview-weapp"}, Markers: []string{"base/index.js"}},
	{Name: "ZanUI", Dirs: []string{"zanui", "zanui-weapp", "zan-ui"}},
	{Name: "Wux Weapp", Dirs: []string{"wux-weapp"}},
	{Name: "Wux Weapp", Dirs: []string{"wux"}, Markers: []string{"helpers/baseComponent.js"}},
	{Name: "Lin UI", Dirs: []string{"lin-ui"}},
	{Name: "ColorUI", Dirs: []string{"colorui"}},
	{Name: "ColorUI MP CU", Dirs: []string{"mp-cu"}},
	{Name: "TDesign", Dirs: []string{"tdesign-miniprogram"}},
}

// vendoredDir returns the library a folder (abs, named name) is a copy
// of, or "".
func vendoredDir(abs, name string) string {
	for _, lib := range vendoredLibs {
		for _, d := range lib.Dirs {
			if !strings.EqualFold(d, name) {
				continue
			}
			if len(lib.Markers) == 0 {
				return lib.Name
			}
			for _, m := range lib.Markers {
				if _, err := os.Stat(filepath.Join(abs, filepath.FromSlash(m))); err == nil {
					return lib.Name
				}
			}
		}
	}
	return ""
}

// vendoredSDKs are SDK scripts apps copy in as one file, by the stem of
// the file name (".js", ".min", a version and ".esm"/".umd" taken off):
// qqmap-wx-jssdk.min.js, fundebug.0.5.0.min.js, weapp.qrcode.esm.js.
// A config file written beside one (sensorsdata_conf.js) keeps its name.
var vendoredSDKs = map[string]string{
	"qqmap-wx-jssdk": "腾讯位置服务 SDK (qqmap-wx-jssdk)",
	"amap-wx":        "高德地图 SDK (amap-wx)",
	"bmap-wx":        "百度地图 SDK (bmap-wx)",
	"sensorsdata":    "神策数据 SDK (sensorsdata)",
	"ald-stat":       "阿拉丁统计 SDK (ald-stat)",
	"fundebug":       "Fundebug",
	"weapp.qrcode":   "weapp-qrcode",
	"weapp-qrcode":   "weapp-qrcode",
	"bignumber":      "bignumber.js",
	"crypto-js":      "crypto-js",
}

// versionTail is a version written into a file name: .0.5.0, -1.2, _v3.
var versionTail = regexp.MustCompile(`[._-]v?\d+(\.\d+)*$`)

// sdkStem reduces a script's base name to the stem vendoredSDKs knows.
func sdkStem(name string) string {
	s := strings.ToLower(name)
	s = strings.TrimSuffix(s, ".js")
	for _, t := range []string{".min", ".esm", ".umd", ".cjs", ".min"} {
		s = strings.TrimSuffix(s, t)
	}
	return versionTail.ReplaceAllString(s, "")
}

// bundlePrologues open a minified bundle (a UMD or webpack wrapper, an
// obfuscator's string table, a compiled module, a library's /*! banner)
// and never hand-written code. The shape alone (very long lines) is not
// enough: some apps ship their own pages minified.
var bundlePrologues = []*regexp.Regexp{
	regexp.MustCompile(`^[!(]\s*function\s*\([\w\s,$]*\)\s*\{[^\n]{0,200}typeof\s+exports`),
	regexp.MustCompile(`^\(\s*function\s*\(\s*global\s*,\s*factory\s*\)`),
	regexp.MustCompile(`^/\*{6}/|__webpack_require__`),
	regexp.MustCompile(`^var _0x[0-9a-f]{3,}\s*=`),
	regexp.MustCompile(`^"use strict";Object\.defineProperty\(exports,"__esModule"`),
	regexp.MustCompile(`^/\*!`),
}

// minLongLine is the line length, in bytes, that no hand-written code
// reaches but a minified bundle does in its first lines.
const minLongLine = 1000

// vendoredBundle reports whether a script file is a vendored bundle: a
// known SDK by name (lib names it), a *.min.js, or a minified bundle by its
// shape (a line over minLongLine bytes in head) and its prologue. head is
// the start of the file.
func vendoredBundle(rel string, head []byte) (lib string, ok bool) {
	base := rel[strings.LastIndexByte(rel, '/')+1:]
	lower := strings.ToLower(base)
	if !strings.HasSuffix(lower, ".js") {
		return "", false
	}
	if lib := vendoredSDKs[sdkStem(base)]; lib != "" {
		return lib, true
	}
	if strings.HasSuffix(lower, ".min.js") {
		return "", true
	}
	if !longLine(head) {
		return "", false
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) > 2048 {
		h = h[:2048]
	}
	for _, re := range bundlePrologues {
		if re.Match(h) {
			return "", true
		}
	}
	return "", false
}

func longLine(b []byte) bool {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return len(b) >= minLongLine
		}
		if i >= minLongLine {
			return true
		}
		b = b[i+1:]
	}
	return false
}
