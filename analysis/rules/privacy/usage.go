package privacy

import (
	ptable "mpls/analysis/privacy"
	"mpls/analysis/rule"
	"mpls/analysis/script"
)

// site is one privacy API call somewhere in the project.
type site struct {
	unit *rule.Unit
	call *script.Call
	api  *ptable.API
}

func (s site) where() string { return where(s.unit, s.call.NameSpan.Start) }

// usage is what the project's scripts call, for the project rules.
type usage struct {
	sites []site // every privacy-table call, in path and source order
	// first direct call of each API name
	first map[string]site
	// units with a script, in path order
	units []*rule.Unit
}

func projectUsage(c *rule.ProjectContext) *usage {
	us := &usage{first: map[string]site{}}
	for _, u := range sortedUnits(c.Units) {
		s := u.Script
		if s == nil {
			continue
		}
		us.units = append(us.units, u)
		if c.Project != nil && !c.Project.Uses(u.Path) {
			// not in the built package (an SDK nothing requires): its
			// calls are never made, though its names still count as
			// mentioned, so no declaration is called unused on its account
			continue
		}
		for i := range s.Calls {
			call := &s.Calls[i]
			a := apiOf(call)
			if a == nil {
				continue
			}
			st := site{unit: u, call: call, api: a}
			us.sites = append(us.sites, st)
			if call.Factory == "" {
				if _, ok := us.first[call.API]; !ok {
					us.first[call.API] = st
				}
			}
		}
	}
	return us
}

// calls reports whether some script calls the platform API name.
func (us *usage) calls(name string) bool {
	_, ok := us.first[name]
	return ok
}

// mentioned reports whether name is called or at least named in a script
// (wx.getLocation passed around, a wrapper's string): used before calling
// a declaration unused, so that mpls never asks to remove one the code
// may need.
func (us *usage) mentioned(name string) bool {
	if us.calls(name) {
		return true
	}
	for _, u := range us.units {
		if u.Script.HasName(name) {
			return true
		}
	}
	for _, u := range us.units {
		for _, s := range u.Script.Strings {
			if s.Value == name {
				return true
			}
		}
	}
	return false
}

// authorizeScope returns the scope of an authorize call, or "".
func authorizeScope(c *script.Call) string {
	if !direct(c, "authorize") || c.Options == nil {
		return ""
	}
	if p := c.Options.Get("scope"); p != nil && p.IsString {
		return p.String
	}
	return ""
}
