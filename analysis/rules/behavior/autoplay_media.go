package behavior

import (
	"path"
	"regexp"
	"sort"
	"strings"

	"mpls/analysis/parse"
	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// AutoplayMedia: video, music or voice that starts by itself (WX §16.5.3).
// It fires on
//   - `<video autoplay>`, `<audio autoplay>`, `<live-player autoplay>` and
//     media components (a tag naming video/audio/player/music/voice/sound)
//     whose autoplay is on: a bare attribute, "true", "{{true}}", and also
//     "false" — a string, so truthy in WXML;
//   - initial page data (`data: { autoplay: true }`) or a setData in an
//     entry lifecycle that turns on an autoplay the page's template binds
//     (`autoplay="{{autoplay}}"` on a media tag);
//   - `ctx.autoplay = true` on an audio/video context, on entry;
//   - `autoplay: true` in the options of a platform call, on entry;
//   - `.play()` on an audio/video context on entry, playBackgroundAudio /
//     playVoice on entry, and setting the background audio manager's src on
//     entry (which starts playback).
//
// The fix removes the autoplay: the template attribute, the assignment
// statement (or writes false when it is not a statement of its own), the
// `autoplay: true` property. A play() on entry has no automatic fix: it
// belongs in a tap handler.
//
// Judgment: <swiper autoplay> is a carousel, not media, and never fires;
// an autoplay bound to an expression mpls cannot evaluate is not judged
// unless the page's own data turns it on. A media tag in a component
// whose wx:for or wx:if reads a property no user of the component passes
// never renders and does not fire (see neverRendered); nor does one under
// a wx:if comparing a field of a wx:for item with a literal that no item
// of the list matches, when the list is constant initial data no code
// touches (<video wx:if="{{item.type == 'video'}}"> over banners that are
// all images; see constantListExcludes); nor one in a
// page whose src or gate starts empty in data and is set only by a method
// no lifecycle reaches, a tap handler (see waitsForUser). A component's
// media whose autoplay a property decides is judged per use, where the
// value is decided: the page's attribute, or the property's default (see
// autoplayComponents). Mini-games are left out: game
// background music starting with the game is the norm reviewers accept.
var AutoplayMedia = &rule.Rule{
	ID: "behavior/autoplay-media",
	// A WeChat rule (WX § only): WeChat and QQ, which follows WeChat's rules.
	Platforms: []string{rule.WeChat, rule.QQ},
	Severity:  rule.Warning,
	Citation:  "WX §16.5.3",
	Title:     rule.Msg{Zh: "禁止多媒体自动播放", En: "Media must not autoplay"},
	Doc: rule.Doc{
		What: rule.Msg{Zh: "视频、音乐、语音在用户没有操作时自动播放：<video>/<audio>/<live-player> 的 autoplay、页面 data 里为其打开的 autoplay、音频上下文的 autoplay = true，或进入页面即调用 play()。src 或包住它的 wx:if 在 data 中为空、只在点击处理函数里 setData 的，是用户点了才播放，不报告。",
			En: "Video, music or voice starts without the user: autoplay on <video>/<audio>/<live-player>, page data that turns such an autoplay on, an audio context with autoplay = true, or play() on entry. Media whose src (or the wx:if around it) starts empty in data and is set only in a tap handler plays because the user asked: not reported."},
		Why: rule.Msg{Zh: "微信禁止视频、音乐、语音等多媒体的自动播放（运营规范 §16.5.3）。注意 autoplay=\"false\" 是字符串，在 WXML 里仍为真。",
			En: "WeChat forbids autoplaying video, music and voice (WX §16.5.3). Note that autoplay=\"false\" is a string, which WXML treats as true."},
		Wrong:   `<video src="{{videoUrl}}" autoplay controls></video>`,
		Right:   `<video src="{{videoUrl}}" controls></video>`,
		Excerpt: "16.5.3 禁止视频、音乐、语音等多媒体的自动播放。（微信小程序平台运营规范 §16.5）",
	},
	CheckProject: checkAutoplay,
}

// mediaFactories create objects whose play() or autoplay starts sound or
// video.
var mediaFactories = map[string]bool{
	"createInnerAudioContext": true, "createAudioContext": true, "createVideoContext": true,
	"createLivePlayerContext": true, "getBackgroundAudioManager": true, "createMediaAudioPlayer": true,
}

var mediaObjectName = regexp.MustCompile(`(?i)audio|video|bgm|music|sound|player|voice`)

// isMediaTag: native media components and components named after media.
func isMediaTag(tag string) bool {
	switch tag {
	case "video", "audio", "live-player", "channel-video", "txv-video":
		return true
	}
	if !strings.Contains(tag, "-") {
		return false
	}
	for _, no := range []string{"swiper", "banner", "carousel", "lottie", "notice", "marquee"} {
		if strings.Contains(tag, no) {
			return false
		}
	}
	for _, yes := range []string{"video", "audio", "player", "music", "voice", "sound"} {
		if strings.Contains(tag, yes) {
			return true
		}
	}
	return false
}

// entryLifecycles are the methods that run without a user gesture.
var entryLifecycles = map[string]bool{
	"onLoad": true, "onShow": true, "onReady": true, "onLaunch": true,
	"attached": true, "ready": true, "created": true,
	"lifetimes.attached": true, "lifetimes.ready": true, "pageLifetimes.show": true,
}

func checkAutoplay(c *rule.ProjectContext) {
	if c.Project != nil && c.Project.IsGame {
		return
	}
	paths := make([]string, 0, len(c.Units))
	for p := range c.Units {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		u := c.Units[p]
		switch {
		case u.Template != nil:
			autoplayTemplate(c, u)
		case u.Script != nil:
			autoplayScript(c, u)
		}
	}
	autoplayComponents(c)
}

// autoplayAttr returns the element's autoplay attribute, if any.
func autoplayAttr(e *template.Element) *template.Attr {
	if a := e.Attr("autoplay"); a != nil {
		return a
	}
	return e.Attr("auto-play")
}

// boundName is the identifier an attribute value binds, "{{autoplay}}" →
// "autoplay"; "" when the value is anything else.
func boundName(a *template.Attr) string {
	if len(a.Interps) != 1 || strings.TrimSpace(a.Literal()) != "" {
		return ""
	}
	e := strings.TrimSpace(a.Interps[0].Expr)
	if !identRe.MatchString(e) || e == "true" || e == "false" {
		return ""
	}
	return e
}

var identRe = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

// autoplayOn says whether an autoplay attribute is on as written, and
// whether it is the "false" string trap.
func autoplayOn(a *template.Attr) (on, falseString bool) {
	if !a.HasValue {
		return true, false
	}
	if a.Static() {
		v := strings.TrimSpace(a.Value)
		if v == "" {
			return false, false // an empty string is falsy
		}
		return true, v == "false"
	}
	if len(a.Interps) == 1 && strings.TrimSpace(a.Literal()) == "" {
		return strings.TrimSpace(a.Interps[0].Expr) == "true", false
	}
	return false, false
}

func autoplayTemplate(c *rule.ProjectContext, u *rule.Unit) {
	t := u.Template
	for i := range t.Elements {
		e := &t.Elements[i]
		if !isMediaTag(e.Tag) {
			continue
		}
		a := autoplayAttr(e)
		if a == nil {
			continue
		}
		on, falseStr := autoplayOn(a)
		if !on || neverRendered(c, u, i) || constantListExcludes(c, u, i) || waitsForUser(c, u, i) {
			continue
		}
		m := rule.Msg{
			Zh: "<" + e.Tag + "> 设置了 " + a.Name + "，进入页面就会自动播放；微信禁止多媒体自动播放：去掉 " + a.Name + "，由用户点击播放。",
			En: "<" + e.Tag + "> has " + a.Name + ", so it plays as soon as the page opens; WeChat forbids autoplaying media. Remove " + a.Name + " and let the user start it.",
		}
		if falseStr {
			m = rule.Msg{
				Zh: "<" + e.Tag + "> 的 " + a.Name + "=\"false\" 是字符串，在 WXML 里为真，仍会自动播放：直接去掉这个属性。",
				En: "<" + e.Tag + "> " + a.Name + "=\"false\" is a string, which WXML treats as true: it still autoplays. Remove the attribute.",
			}
		}
		var fixes []rule.Fix
		if sp, ok := attrRemoval(u.Text, a); ok {
			fixes = append(fixes, removeAutoplayFix(rule.Edit{Span: sp}))
		}
		c.Report(u.Path, a.NameSpan, m, fixes...)
	}
}

// attrRemoval is the span that removes attribute a with the blanks before
// it, so the tag keeps its layout (own line or inline). ok is false for a
// value whose quote is never closed (`autoplay="1>` while typing): its
// span runs over the tag's end, which removing it would take along.
func attrRemoval(src []byte, a *template.Attr) (text.Span, bool) {
	end := a.NameSpan.End
	if a.HasValue {
		end = a.ValueSpan.End
		if q := a.ValueSpan.Start - 1; q >= 0 && q < len(src) && (src[q] == '"' || src[q] == '\'') {
			if end >= len(src) || src[end] != src[q] {
				return text.Span{}, false
			}
		}
		if end < len(src) && (src[end] == '"' || src[end] == '\'') {
			end++
		}
	}
	start := a.NameSpan.Start
	if end < len(src) && !isBlank(src[end]) && src[end] != '>' && src[end] != '/' {
		// the next attribute follows without a blank (`a="1"b="2"`): keep
		// the blank before this one, or the tag name would swallow it
		return text.Span{Start: start, End: end}, true
	}
	for start > 0 && isBlank(src[start-1]) {
		start--
	}
	return text.Span{Start: start, End: end}, true
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func removeAutoplayFix(edits ...rule.Edit) rule.Fix {
	return rule.Fix{
		Title:     rule.Msg{Zh: "去掉自动播放", En: "Remove the autoplay"},
		Edits:     edits,
		Preferred: true,
		Safe:      true,
	}
}

func autoplayScript(c *rule.ProjectContext, u *rule.Unit) {
	s := u.Script
	// ctx.autoplay = true / bgm.src = … on entry
	for i := range s.Assignments {
		as := &s.Assignments[i]
		if !as.OnEntry {
			continue
		}
		media := mediaFactories[as.Factory] || (as.Factory == "" && mediaObjectName.MatchString(as.Object))
		if !media {
			continue
		}
		switch {
		case strings.EqualFold(as.Prop, "autoplay") && isTrue(as.Value):
			c.Report(u.Path, as.PropSpan, rule.Msg{
				Zh: as.Object + ".autoplay = true 让音频/视频在进入时自动播放；微信禁止多媒体自动播放：去掉它，在用户点击后调用 play()。",
				En: as.Object + ".autoplay = true makes the media play on entry; WeChat forbids autoplaying media. Remove it and call play() after a user tap.",
			}, removeAutoplayFix(assignRemoval(u.Text, as)))
		case as.Prop == "src" && as.Factory == "getBackgroundAudioManager":
			c.Report(u.Path, as.PropSpan, rule.Msg{
				Zh: "给背景音频管理器设置 src 会立即开始播放，这里在进入时执行，属于自动播放：改为用户点击后再设置 src。",
				En: "Setting the background audio manager's src starts playback at once, and this runs on entry: media autoplay. Set src after a user tap.",
			})
		}
	}
	for i := range s.Calls {
		call := &s.Calls[i]
		if !call.OnEntry || call.Confirmed {
			continue
		}
		switch {
		case call.Factory != "" && mediaFactories[call.Factory] && call.API == "play":
			c.Report(u.Path, call.NameSpan, rule.Msg{
				Zh: "进入时就调用 play()（" + entryChain(call) + "），音频/视频会自动播放；微信禁止多媒体自动播放：改为用户点击播放按钮后再调用。",
				En: "play() runs on entry (" + entryChain(call) + "), so the media autoplays; WeChat forbids it. Call it from the user's tap on a play button.",
			})
		case call.Factory == "" && call.Namespace != "" && (call.API == "playBackgroundAudio" || call.API == "playVoice"):
			c.Report(u.Path, call.NameSpan, rule.Msg{
				Zh: apiName(call.Namespace, call.API) + " 在进入时（" + entryChain(call) + "）就开始播放，属于自动播放：改为用户点击后再播放。",
				En: apiName(call.Namespace, call.API) + " starts playing on entry (" + entryChain(call) + "): media autoplay. Play after a user tap.",
			})
		case call.Namespace != "" && call.Options != nil:
			if p := call.Options.Get("autoplay"); p != nil && isTrue(p.Value) {
				c.Report(u.Path, p.KeySpan, rule.Msg{
					Zh: apiName(call.Namespace, call.API) + " 的 autoplay: true 让媒体在进入时自动播放：去掉这个选项。",
					En: "autoplay: true in " + apiName(call.Namespace, call.API) + " plays the media on entry. Remove the option.",
				}, removeAutoplayFix(propRemoval(u.Text, p.KeySpan, p.ValueSpan)))
			}
		}
	}
	autoplayData(c, u)
}

func entryChain(call *script.Call) string {
	if len(call.EntryPath) == 0 {
		return "module top level"
	}
	return strings.Join(call.EntryPath, " → ")
}

func isTrue(v string) bool {
	v = strings.TrimSpace(v)
	return v == "true" || v == "!0"
}

// assignRemoval deletes the assignment's line when the statement stands on
// a line of its own, else turns the value into false. (Only a standalone
// statement goes: `if (a)\n  x.autoplay = true` would hand the if the next
// line, and `x.autoplay = true\n, y()` is one statement with the next.)
func assignRemoval(src []byte, as *script.Assign) rule.Edit {
	if sp, ok := wholeLines(src, as.Span); ok && as.Standalone && !strings.Contains(string(src[as.Span.Start:as.Span.End]), "\n") {
		return rule.Edit{Span: sp}
	}
	return rule.Edit{Span: as.ValueSpan, NewText: "false"}
}

// wholeLines widens s to the full lines it covers (with the line break
// after them) when nothing but blanks, a ';' or a line comment shares
// those lines with it.
func wholeLines(src []byte, s text.Span) (text.Span, bool) {
	start := s.Start
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	if start > 0 && src[start-1] != '\n' {
		return s, false
	}
	end := s.End
	for end < len(src) && (src[end] == ' ' || src[end] == '\t' || src[end] == ';') {
		end++
	}
	if end < len(src) && src[end] == '\r' {
		end++
	}
	if end < len(src) && src[end] == '\n' {
		end++
	} else if end < len(src) {
		return s, false
	}
	return text.Span{Start: start, End: end}, true
}

// propRemoval deletes the object property from key to value together with
// one comma and the blanks it leaves, or its whole line when it has one of
// its own.
func propRemoval(src []byte, key, val text.Span) rule.Edit {
	start, end := key.Start, val.End
	if start > 0 && (src[start-1] == '\'' || src[start-1] == '"') {
		start-- // quoted key
	}
	// a comma after it
	j := end
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && src[j] == ',' {
		sp := text.Span{Start: start, End: j + 1}
		if ws, ok := wholeLines(src, sp); ok {
			return rule.Edit{Span: ws}
		}
		k := sp.End
		for k < len(src) && (src[k] == ' ' || src[k] == '\t') {
			k++
		}
		return rule.Edit{Span: text.Span{Start: start, End: k}}
	}
	// the last property: take the comma before it
	k := start
	for k > 0 && isBlank(src[k-1]) {
		k--
	}
	if k > 0 && src[k-1] == ',' {
		return rule.Edit{Span: text.Span{Start: k - 1, End: end}}
	}
	// the only property
	if ws, ok := wholeLines(src, text.Span{Start: start, End: end}); ok {
		return rule.Edit{Span: ws}
	}
	return rule.Edit{Span: text.Span{Start: start, End: end}}
}

// autoplayData finds `NAME: true` in a page's or component's script where
// NAME is the autoplay binding of a media tag in its template, inside the
// initial data or a setData of an entry lifecycle.
func autoplayData(c *rule.ProjectContext, u *rule.Unit) {
	tu := companionTemplate(c.Units, u.Path)
	if tu == nil {
		return
	}
	names := map[string]string{} // bound name → tag
	for i := range tu.Template.Elements {
		e := &tu.Template.Elements[i]
		if !isMediaTag(e.Tag) {
			continue
		}
		if a := autoplayAttr(e); a != nil {
			if n := boundName(a); n != "" {
				names[n] = e.Tag
			}
		}
	}
	if len(names) == 0 {
		return
	}
	s := u.Script
	src := u.Text
	skip := skipSpans(s)
	for name, tag := range names {
		re := regexp.MustCompile(`(?:^|[^A-Za-z0-9_$.])(['"]?)(` + regexp.QuoteMeta(name) + `)(['"]?)\s*:\s*(true|!0)\b`)
		for _, m := range re.FindAllSubmatchIndex(src, -1) {
			keyStart, keyEnd := m[4], m[5]
			valStart, valEnd := m[8], m[9]
			if (m[2] == m[3]) != (m[6] == m[7]) {
				continue // unbalanced quotes
			}
			if inSpans(skip, keyStart) && m[2] == m[3] {
				continue // in a comment or a string
			}
			if inComment(s, keyStart) {
				continue
			}
			where, ok := dataContext(src, skip, keyStart, s)
			if !ok {
				continue
			}
			key := text.Span{Start: keyStart, End: keyEnd}
			c.Report(u.Path, key, rule.Msg{
				Zh: where.Zh + "里的 " + name + ": true 打开了模板中 <" + tag + " autoplay=\"{{" + name + "}}\"> 的自动播放；微信禁止多媒体自动播放：去掉它，由用户点击播放。",
				En: name + ": true in " + where.En + " turns on the autoplay of <" + tag + " autoplay=\"{{" + name + "}}\"> in the template; WeChat forbids autoplaying media. Remove it and let the user start playback.",
			}, removeAutoplayFix(propRemoval(src, key, text.Span{Start: valStart, End: valEnd})))
		}
	}
}

// companionTemplate is the template beside a page or component script.
func companionTemplate(units map[string]*rule.Unit, scriptPath string) *rule.Unit {
	base := strings.TrimSuffix(scriptPath, path.Ext(scriptPath))
	for _, ext := range []string{".wxml", ".ttml", ".axml", ".swan", ".qml"} {
		if tu := units[base+ext]; tu != nil && tu.Template != nil && tu.Lang == parse.Template {
			return tu
		}
	}
	return nil
}

// skipSpans are the comment and string spans of a script, sorted.
func skipSpans(s *script.Facts) []text.Span {
	var out []text.Span
	for _, cm := range s.Comments {
		out = append(out, cm.Span)
	}
	for _, st := range s.Strings {
		out = append(out, st.Span)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func inSpans(list []text.Span, off int) bool {
	for _, s := range list {
		if s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}

func inComment(s *script.Facts, off int) bool {
	for _, cm := range s.Comments {
		if cm.Span.Start <= off && off < cm.Span.End {
			return true
		}
	}
	return false
}

// dataContext decides whether the property at off sits in the initial
// `data: { … }` of the page or component, or in a setData called from an
// entry lifecycle, and names it for the message.
func dataContext(src []byte, skip []text.Span, off int, s *script.Facts) (rule.Msg, bool) {
	open := enclosingBrace(src, skip, off)
	if open < 0 {
		return rule.Msg{}, false
	}
	k := open
	for k > 0 && isBlank(src[k-1]) {
		k--
	}
	if k == 0 {
		return rule.Msg{}, false
	}
	switch src[k-1] {
	case ':':
		if identBefore(src, k-1) == "data" {
			return rule.Msg{Zh: "data", En: "data"}, true
		}
	case '(':
		if identBefore(src, k-1) != "setData" {
			return rule.Msg{}, false
		}
		if m := enclosingMethod(s, off); entryLifecycles[m] {
			return rule.Msg{Zh: m + " 的 setData", En: "the setData of " + m}, true
		}
	}
	return rule.Msg{}, false
}

// enclosingBrace finds the '{' that opens the object holding off.
func enclosingBrace(src []byte, skip []text.Span, off int) int {
	depth := 0
	for i := off - 1; i >= 0; i-- {
		if inSpans(skip, i) {
			continue
		}
		switch src[i] {
		case '}':
			depth++
		case '{':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// identBefore reads the identifier (or quoted key) ending before src[end],
// skipping blanks.
func identBefore(src []byte, end int) string {
	k := end
	for k > 0 && isBlank(src[k-1]) {
		k--
	}
	if k > 0 && (src[k-1] == '\'' || src[k-1] == '"') {
		k--
	}
	e := k
	for k > 0 && (isIdentByte(src[k-1])) {
		k--
	}
	return string(src[k:e])
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// enclosingMethod approximates the method holding off: the nearest
// lifecycle or method whose name comes before it.
func enclosingMethod(s *script.Facts, off int) string {
	best, bestAt := "", -1
	for name, sp := range s.Lifecycles {
		if sp.Start < off && sp.Start > bestAt {
			best, bestAt = name, sp.Start
		}
	}
	for name, sp := range s.Methods {
		if sp.Start < off && sp.Start > bestAt {
			best, bestAt = name, sp.Start
		}
	}
	return best
}
