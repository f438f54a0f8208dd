package engine

import (
	"mpls/analysis/rule"
	"mpls/analysis/text"
)

// oldClientOnly leaves out, in every profile but strict, the findings
// inside code that runs only on a client too old for a platform API the
// code tests for (script.Facts.Fallbacks: the else of `if
// (tt.canIUse('getUpdateManager'))`, the body of `if (!wx.getUserProfile)`):
// clients fetch the newest base library by themselves, so a reviewer on a
// current client never sees that code — an "upgrade your WeChat" modal, a
// wx.getUserInfo kept for base libraries before open-type=getUserInfo.
// Security findings and whole-project ones stay (Unseeable); strict keeps
// them all, as the letter of the rulebook reads every line. A fact of the
// finding's own file, so a file checked alone applies it too.
func (e *Engine) oldClientOnly(env *rule.Env, fs []rule.Finding) []rule.Finding {
	if env == nil || env.Strict || len(env.Units) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if e.Unseeable(f) && inFallback(env.Units[f.Path], f.Span) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

func inFallback(u *rule.Unit, sp text.Span) bool {
	if u == nil || u.Script == nil {
		return false
	}
	for _, s := range u.Script.Fallbacks {
		if s.Start <= sp.Start && sp.End <= s.End {
			return true
		}
	}
	return false
}
