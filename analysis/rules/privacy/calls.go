package privacy

import (
	"sort"
	"strconv"
	"strings"

	ptable "mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// apiOf returns the privacy-table entry of a call: a direct platform API
// ("getLocation"), or a method on an object a platform factory made
// ("getRecorderManager.start", "MapContext.moveToLocation" for
// createMapContext().moveToLocation). Timers and unknown calls give nil.
func apiOf(c *script.Call) *ptable.API {
	if c.Namespace == "" {
		return nil
	}
	if c.Factory == "" {
		return ptable.Lookup(c.API)
	}
	if a := ptable.Lookup(c.Factory + "." + c.API); a != nil {
		return a
	}
	t := strings.TrimPrefix(strings.TrimPrefix(c.Factory, "create"), "get")
	return ptable.Lookup(t + "." + c.API)
}

// direct reports whether c calls the platform API name itself (not a
// method of a platform object, not a timer).
func direct(c *script.Call, name string) bool {
	return c.Factory == "" && c.Namespace != "" && c.API == name
}

// callName is how messages name a call: "wx.getLocation",
// "getRecorderManager().start".
func callName(c *script.Call) string {
	if c.Factory != "" {
		return c.Factory + "()." + c.API
	}
	return c.Namespace + "." + c.API
}

// recordingStarters are the calls that switch the microphone on. The
// table's Record category (startRecord, getRecorderManager().start,
// joinVoIPChat) plus the camera and live-pusher contexts, whose start
// records sound with the picture.
var recordingStarters = map[string]bool{
	"createCameraContext.startRecord": true,
	"createLivePusherContext.start":   true,
}

func isRecording(c *script.Call) bool {
	if c.Namespace == "" {
		return false
	}
	if c.Factory != "" && recordingStarters[c.Factory+"."+c.API] {
		return true
	}
	a := apiOf(c)
	return a != nil && a.Category == "Record"
}

func isClipboard(c *script.Call) bool {
	return direct(c, "getClipboardData") || direct(c, "setClipboardData")
}

// Which rule reports a privacy call made without a user gesture. Each call
// gets at most one of these findings, from the rule that says the most
// about it:
//
//   - clipboard reads and writes on entry: privacy/clipboard-on-entry;
//   - recording started on entry: privacy/record-on-entry;
//   - a prompting API that runs again and again (onShow, a loop, an
//     interval, a retry through a timer) and asks again each time:
//     privacy/repeated-authorize;
//   - any other prompting API on entry, a show lifecycle's and a loop's
//     or an interval's an entry starts included (their first run asks on
//     entry): privacy/prompt-before-authorize (timingRepeated on entry).
//
// A call behind a user-confirmed prompt or a consent check reaches none
// of them.
type timing int

const (
	timingNone timing = iota
	timingPrompt
	timingRepeated
	timingRecord
	timingClipboard
)

func timingOf(platform string, s *script.Facts, c *script.Call) timing {
	if c.Confirmed {
		return timingNone
	}
	if isClipboard(c) {
		if c.OnEntry {
			return timingClipboard
		}
		return timingNone
	}
	if c.OnEntry && isRecording(c) {
		return timingRecord
	}
	if promptAPI(c) == nil || silentOn(platform, c) {
		return timingNone
	}
	if repeats(s, c) {
		return timingRepeated
	}
	if c.OnEntry {
		return timingPrompt
	}
	return timingNone
}

// silentOn reports whether a prompting API of the table shows no dialog on
// this platform: WeChat's getUserInfo has asked nothing since 2021, and
// getUserProfile nothing since October 2022 (both return an anonymous
// profile; login/deprecated-profile-api reports them). Douyin's and QQ's
// still ask.
func silentOn(platform string, c *script.Call) bool {
	return platform == rule.WeChat && (direct(c, "getUserInfo") || direct(c, "getUserProfile"))
}

// repeats reports whether c runs over and over: reachable from a show
// lifecycle, inside an interval, a loop or an iteration callback, or
// reachable from one, or from a timer that leads back to where it was set
// (a retry). A call a one-shot setTimeout delays, written in its callback
// or in a function it calls, runs once (see prompt_before_authorize_timer.go).
func repeats(s *script.Facts, c *script.Call) bool {
	if c.InShow {
		return true
	}
	if !c.InLoopOrTimer {
		return false
	}
	if c.LocalLoop && !oneShotSite(s, c.Span) {
		return true
	}
	return looping(s, c.Unit) || inTimerCycle(s, c.Unit)
}

// repeatWhere words the show lifecycle or loop for messages.
func repeatWhere(c *script.Call) rule.Msg {
	if c.InShow {
		return rule.Msg{Zh: "在每次显示时（onShow）", En: "every time the page shows (onShow)"}
	}
	return rule.Msg{Zh: "在循环或定时器中", En: "again and again from a loop or timer"}
}

// sortedUnits lists the units of a project in path order, so that project
// rules report the same thing on every run.
func sortedUnits(units map[string]*rule.Unit) []*rule.Unit {
	out := make([]*rule.Unit, 0, len(units))
	for _, u := range units {
		if u != nil {
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// where renders "pages/index/index.js:12" for a span of a unit.
func where(u *rule.Unit, off int) string {
	if u.Index == nil {
		return u.Path
	}
	return u.Path + ":" + strconv.Itoa(u.Index.LineOf(off)+1)
}
