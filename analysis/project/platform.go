package project

import "strings"

// Platform is the mini-program platform a project targets.
type Platform string

const (
	WeChat Platform = "wechat"
	Douyin Platform = "douyin"
	Alipay Platform = "alipay"
	Baidu  Platform = "baidu"
	QQ     Platform = "qq"
)

// Platforms lists every platform, WeChat first.
var Platforms = []Platform{WeChat, Douyin, Alipay, Baidu, QQ}

// ParsePlatform accepts a platform name or a common alias (weixin, wx, tt,
// bytedance, toutiao, my, swan, …), in any case.
func ParsePlatform(s string) (Platform, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "wechat", "weixin", "wx", "mp-weixin":
		return WeChat, true
	case "douyin", "tt", "toutiao", "bytedance", "mp-toutiao":
		return Douyin, true
	case "alipay", "my", "mp-alipay":
		return Alipay, true
	case "baidu", "swan", "mp-baidu":
		return Baidu, true
	case "qq", "mp-qq":
		return QQ, true
	}
	return "", false
}

// Valid reports whether p is one of the known platforms.
func (p Platform) Valid() bool {
	_, ok := ParsePlatform(string(p))
	return ok && p == Platform(strings.ToLower(string(p)))
}

// Namespace is the global API object: wx, tt, my, swan, qq.
func (p Platform) Namespace() string {
	switch p {
	case Douyin:
		return "tt"
	case Alipay:
		return "my"
	case Baidu:
		return "swan"
	case QQ:
		return "qq"
	}
	return "wx"
}

// TemplateExt is the platform's template extension, with the dot.
func (p Platform) TemplateExt() string {
	switch p {
	case Douyin:
		return ".ttml"
	case Alipay:
		return ".axml"
	case Baidu:
		return ".swan"
	case QQ:
		return ".qml"
	}
	return ".wxml"
}

// StyleExt is the platform's style extension, with the dot.
func (p Platform) StyleExt() string {
	switch p {
	case Douyin:
		return ".ttss"
	case Alipay:
		return ".acss"
	case Baidu:
		return ".css"
	case QQ:
		return ".qss"
	}
	return ".wxss"
}

// ModuleExt is the extension of the platform's template script modules
// (WXS and its cousins).
func (p Platform) ModuleExt() string {
	switch p {
	case Douyin, Alipay:
		return ".sjs"
	case Baidu:
		return ".sjs" // Baidu's filter modules are .filter.js; SJS also exists
	}
	return ".wxs"
}

// DisplayName is the platform's Chinese product name.
func (p Platform) DisplayName() string {
	switch p {
	case Douyin:
		return "抖音小程序"
	case Alipay:
		return "支付宝小程序"
	case Baidu:
		return "百度智能小程序"
	case QQ:
		return "QQ 小程序"
	}
	return "微信小程序"
}

// platformOfTemplateExt maps a template extension to its platform.
func platformOfTemplateExt(ext string) (Platform, bool) {
	switch ext {
	case ".wxml":
		return WeChat, true
	case ".ttml":
		return Douyin, true
	case ".axml":
		return Alipay, true
	case ".swan":
		return Baidu, true
	case ".qml":
		return QQ, true
	}
	return "", false
}

// platformOfNamespace maps an API object to its platform.
func platformOfNamespace(ns string) (Platform, bool) {
	switch ns {
	case "wx":
		return WeChat, true
	case "tt":
		return Douyin, true
	case "my":
		return Alipay, true
	case "swan":
		return Baidu, true
	case "qq":
		return QQ, true
	}
	return "", false
}

// File kinds by extension.
var (
	// TemplateExts are every platform's template extensions.
	TemplateExts = []string{".wxml", ".ttml", ".axml", ".swan", ".qml"}
	// ScriptExts are the script extensions mpls analyses.
	ScriptExts = []string{".js", ".ts", ".wxs", ".sjs"}
	// StyleExts are the style extensions a page may have.
	StyleExts = []string{".wxss", ".ttss", ".acss", ".css", ".qss", ".less", ".scss"}
)

// Kind is what an analysable file is.
type Kind uint8

const (
	KindNone Kind = iota
	KindTemplate
	KindScript
	KindJSON
)

// KindOf classifies a path by its extension.
func KindOf(path string) Kind {
	ext := strings.ToLower(extOf(path))
	for _, e := range TemplateExts {
		if ext == e {
			return KindTemplate
		}
	}
	for _, e := range ScriptExts {
		if ext == e {
			return KindScript
		}
	}
	if ext == ".json" {
		return KindJSON
	}
	return KindNone
}

// extOf is the extension of the last path element, with the dot.
func extOf(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/' && p[i] != '\\'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}
