package server_test

import (
	"math/rand"
	"strings"
	"testing"
)

// TestPlatformChangeRebuildsFiles: a file's script facts name API calls by
// the platform's namespace (wx., tt., my. …). When the platform changes —
// through the settings, or by editing project.config.json's appid — the
// editor must show what `mpls check` shows for that platform, open files
// included: their units used to be reused as they were, so wx.getLocation
// in an open page kept its findings under Alipay.
func TestPlatformChangeRebuildsFiles(t *testing.T) {
	s := newDiffSession(t, "../testdata/example", rand.New(rand.NewSource(1)), 1)
	s.base = s.check()
	s.want = s.base
	s.c = startServer(t, "--log-level", "info")
	s.c.initialize(s.srv, nil)
	s.c.waitScan()
	s.settleEnd("start-up scan")
	for _, rel := range []string{"pages/map/map.js", "pages/index/index.wxml"} {
		s.open(rel)
		s.settle("open " + rel)
	}
	for _, pl := range []string{"alipay", "douyin", "wechat"} {
		st := map[string]any{"platform": pl}
		restore := s.configure(st)
		s.want = s.check()
		s.c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"mpls": st}})
		s.c.waitScan()
		s.settleEnd("platform " + pl)
		restore()
		s.skipFile = nil
	}
	s.c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"mpls": map[string]any{}}})
	s.c.waitScan()
	s.want = s.base
	s.settleEnd("no settings")

	// a Douyin appid in the open project file makes it a Douyin project,
	// for the files on disk too (map.js closed)
	s.close(s.docs["pages/map/map.js"])
	s.settle("close pages/map/map.js")
	s.open("project.config.json")
	s.settle("open project.config.json")
	d := s.docs["project.config.json"]
	lines := strings.Split(d.text, "\n")
	for i, l := range lines {
		if j := strings.Index(l, `"wx`); j >= 0 && strings.Contains(l, "appid") {
			s.change(d, i, j+1, i, j+3, "tt")
			s.writeCLI(d.rel, d.text)
			s.want = s.check()
			s.settleEnd("appid tt…")
			s.change(d, i, j+1, i, j+3, "wx")
			s.writeCLI(d.rel, d.text)
			s.want = s.base
			s.settleEnd("appid wx… again")
			return
		}
	}
	t.Fatal("no wx appid in project.config.json")
}
