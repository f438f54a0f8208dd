package project

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkReachChangedScript3000 is what the server adds to a keystroke
// in a 3,000-line page script: does the new text change which files the
// app uses or which pages it opens? (about 0.4 ms on 2 cores; 1.5 ms before
// the literal scanner skipped to the next quote, slash or bracket)
func BenchmarkReachChangedScript3000(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("const api = require('../../utils/api')\nPage({\n")
	for i := 0; i < 3000; i++ {
		if i%20 == 0 {
			fmt.Fprintf(&sb, "  m%d() { wx.navigateTo({ url: '/pages/detail/detail?id=%d' }) },\n", i, i)
		} else {
			fmt.Fprintf(&sb, "  m%d() { this.setData({ title: \"第 %d 件商品\", n: %d }) }, // 说明\n", i, i, i)
		}
	}
	sb.WriteString("})\n")
	src := sb.String()
	dir := tree(b, map[string]string{
		"app.json":               `{"pages": ["pages/home/home", "pages/detail/detail"]}`,
		"project.config.json":    `{}`,
		"pages/home/home.js":     src,
		"pages/detail/detail.js": `Page({})`,
		"utils/api.js":           ``,
	})
	p, err := Load(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	p.OrphanPage("app.json")
	edited := []byte(strings.Replace(src, "第 1500 件", "第 15000 件", 1))
	if p.ReachChanged("pages/home/home.js", edited) {
		b.Fatal("a changed label changes no reference")
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.ReachChanged("pages/home/home.js", edited)
	}
}
