package script

import "testing"

// Invokes: calls of the project's own functions, with where they are and
// the function they sit in; platform calls stay in Calls. Bodies: the span
// of every named function.
func TestInvokes(t *testing.T) {
	src := `
const api = require('../../api/post')
Page({
  submit() {
    const { text } = this.data
    api.createPost('/posts', { text }).then(() => this.done())
    wx.showToast({ title: 'ok' })
  },
  done() {}
})
`
	f := analyzeSrc(t, src, false)
	want := map[string]string{"require": "", "createPost": "submit", "then": "submit", "done": "submit"}
	got := map[string]string{}
	for _, iv := range f.Invokes {
		got[iv.Name] = iv.Func
		if iv.Name == "createPost" {
			if iv.Callee != "api.createPost" || src[iv.NameSpan.Start:iv.NameSpan.End] != "createPost" {
				t.Errorf("createPost: callee %q, name span %q", iv.Callee, src[iv.NameSpan.Start:iv.NameSpan.End])
			}
			if iv.FirstArg == nil || iv.FirstArg.String != "/posts" {
				t.Errorf("createPost: first arg %+v", iv.FirstArg)
			}
		}
	}
	for k, v := range want {
		if fn, ok := got[k]; !ok || fn != v {
			t.Errorf("Invokes[%s] in %q (found %v), want in %q", k, fn, ok, v)
		}
	}
	if _, ok := got["showToast"]; ok {
		t.Error("a platform call is not an invoke")
	}
	sp, ok := f.Bodies["submit"]
	if !ok || src[sp.Start:sp.Start+6] != "submit" {
		t.Errorf("Bodies[submit] = %v %v", sp, ok)
	}
}
