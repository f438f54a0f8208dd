package behavior

import (
	"path"
	"regexp"
	"strings"

	"mpls/analysis/rule"
	"mpls/analysis/script"
	"mpls/analysis/template"
	"mpls/analysis/text"
)

// Where what a flow sends ends up: a helper module is no flow of its own,
// a page that keeps uploads in the user's own space publishes nothing, and
// a profile field is published only where other users see it.

// ugcProject is what one run knows of the whole project.
type ugcProject struct {
	c *rule.ProjectContext
	// helperMedia: a helper module chooses media (a pick-and-upload
	// utility), so a page may choose it through a call
	helperMedia  bool
	seen, seeing bool            // othersSeeProfiles, asked once
	private      map[string]bool // privatePage, per page
	// mixins: the templates of a shared module pages copy their methods
	// from (ugc_mixin.go)
	mixins map[string][]*rule.Unit
}

func newUGCProject(c *rule.ProjectContext, paths []string) *ugcProject {
	pf := &ugcProject{c: c}
	for _, p := range paths {
		s := c.Units[p].Script
		if s == nil || flowScript(c, p, s) {
			continue
		}
		for i := range s.Calls {
			pf.helperMedia = pf.helperMedia || mediaChoosers[s.Calls[i].API] && s.Calls[i].Namespace != ""
		}
	}
	return pf
}

// others reports whether other users see people's names or bios anywhere.
func (pf *ugcProject) others() bool {
	if !pf.seen {
		pf.seen, pf.seeing = true, othersSeeProfiles(pf.c)
	}
	return pf.seeing
}

// flowScript reports whether a script can start publishing flows: a page
// or a component (or a script beside a template, registered some other
// way). A helper module that picks and uploads media publishes only
// through a caller that does.
func flowScript(c *rule.ProjectContext, p string, s *script.Facts) bool {
	return s.Kind == script.KindPage || s.Kind == script.KindComponent || companionTemplate(c.Units, p) != nil
}

// choosesThroughHelper is the media chooser fn reaches through a call
// that leaves the file (a helper module that picks and uploads), nil
// when it reaches none.
func (f *ugcFile) choosesThroughHelper(fn string) *script.Call {
	if f.graph == nil {
		return nil
	}
	for _, h := range f.graph.From(f.path, fn) {
		if h.Cross() && mediaChoosers[h.Call.API] && h.Call.Namespace != "" && len(h.Hops) > 1 && h.Hops[0].Func == fn && h.Hops[1].Path != f.path {
			return h.Call
		}
	}
	return nil
}

// ownWords name the user's own private space: 我的相册, 私密, only me.
var ownWords = regexp.MustCompile(`(?i)我的相册|个人相册|私人相册|私密|仅自己可见|仅自己|只有自己|只有你自己|my\s*albums?|private\s*albums?|personal\s*albums?`)

// ownSpace reports whether a page keeps what users upload in their own
// space: its path, its words (template text, title) or the titles of the
// pages of its section (pages/album/list is 我的相册, so is
// pages/album/detail) say so, and it never shares itself.
func ownSpace(c *rule.ProjectContext, p string) bool {
	u := c.Units[p]
	if u == nil || u.Script == nil || sharesItself(u.Script) {
		return false
	}
	if ownWords.MatchString(p) {
		return true
	}
	if t := companionTemplate(c.Units, p); t != nil {
		for _, r := range t.Template.Texts {
			if r.Attr == "" && ownWords.MatchString(r.Text) {
				return true
			}
		}
	}
	if c.Project == nil {
		return false
	}
	section := pageSection(c, p) + "/"
	for _, pg := range c.Project.Pages {
		if pg.NavigationBarTitleText == nil || !strings.HasPrefix(pg.Files.Script, section) {
			continue
		}
		if ownWords.MatchString(pg.NavigationBarTitleText.Value) {
			return true
		}
	}
	return false
}

// pageSection is the folder of a page's section: pages/album for
// pages/album/detail/detail.js; the page's own folder when its parent is
// the pages folder or a package root (pages/wall/wall.js).
func pageSection(c *rule.ProjectContext, p string) string {
	dir := path.Dir(p)
	section := path.Dir(dir)
	if b := path.Base(section); b == "pages" || b == "." || b == "/" {
		return dir
	}
	for _, sp := range c.Project.App.Subpackages {
		if strings.Trim(sp.Root.Value, "/") == section {
			return dir
		}
	}
	return section
}

// sharesItself: the page can be shared (onShareAppMessage, onShareTimeline):
// others may open it.
func sharesItself(s *script.Facts) bool {
	_, a := s.Bodies["onShareAppMessage"]
	_, b := s.Bodies["onShareTimeline"]
	return a || b
}

var (
	// personWords: a list item that is a person (post.user_nickname,
	// member.nickname, item.author.name), not a thing with a name.
	personWords = regexp.MustCompile(`(?i)user|author|member|creator|publisher|sender|owner|poster|commenter|replier|buyer|friend|follower|fan`)
	// shownProfile: what a profile shows of a person.
	shownProfile = regexp.MustCompile(`(?i)nick|name|bio|intro|sign|motto`)
)

// othersSeeProfiles reports whether some template lists people's names
// or bios to other users: inside a wx:for, an interpolation naming a
// person's name or bio (a post's author, a team's members).
func othersSeeProfiles(c *rule.ProjectContext) bool {
	for _, u := range c.Units {
		if u.Template != nil && listsPeople(u.Template) {
			return true
		}
	}
	return false
}

func listsPeople(t *template.Facts) bool {
	var loops []text.Span
	for i := range t.Elements {
		for _, a := range t.Elements[i].Attrs {
			if n := strings.ToLower(a.Name); strings.HasSuffix(n, ":for") || n == "s-for" {
				loops = append(loops, t.Elements[i].Span)
			}
		}
	}
	for _, in := range t.Interps {
		if !personWords.MatchString(in.Expr) || !shownProfile.MatchString(in.Expr) {
			continue
		}
		for _, l := range loops {
			if l.Start <= in.Span.Start && in.Span.Start < l.End {
				return true
			}
		}
	}
	return false
}
