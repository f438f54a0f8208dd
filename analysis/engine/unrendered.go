package engine

import (
	"mpls/analysis/rule"
	"mpls/analysis/rules/pagedata"
	"mpls/analysis/text"
)

// unrendered leaves out the findings inside an element of a page template
// that never renders (pagedata.Unrendered: a wx:if on a data key that
// starts false and nothing turns on), in every profile, as a
// wx:if="{{false}}" is: the block is not part of what anyone sees.
// Security findings and whole-project ones stay (Unseeable). It needs the
// page's script, so a file checked alone keeps them until Unseen runs.
func (e *Engine) unrendered(env *rule.Env, fs []rule.Finding) []rule.Finding {
	if env == nil || env.Project == nil || len(env.Units) < 2 {
		return fs
	}
	memo := map[string][]text.Span{}
	kept := fs[:0]
	for _, f := range fs {
		if e.Unseeable(f) && inUnrendered(env, memo, f) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

func inUnrendered(env *rule.Env, memo map[string][]text.Span, f rule.Finding) bool {
	spans, ok := memo[f.Path]
	if !ok {
		if u := env.Units[f.Path]; u != nil && u.Template != nil {
			spans = pagedata.Unrendered(env.Units, env.Project, u)
		}
		memo[f.Path] = spans
	}
	for _, s := range spans {
		if s.Start <= f.Span.Start && f.Span.End <= s.End {
			return true
		}
	}
	return false
}
