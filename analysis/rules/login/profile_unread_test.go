package login

import "testing"

func TestSuccessReads(t *testing.T) {
	for _, c := range []struct {
		fn              string
		encrypted, used bool
	}{
		{`function (res) { send(res.encryptedData, res.iv) }`, true, false},
		{`success(res) { if (res.errMsg) { log() } }`, false, false},
		{`(res) => { wx.request({ success: (res) => { use(res.data) } }) }`, false, false},
		{`res => { if (res) { use(1) } }`, false, true},
		{`function (res) { const u = res.userInfo }`, false, true},
		{`function (res) { resolve(res) }`, false, true},
		{`function (res) { send(res['rawData']) }`, false, true},
		{`({ encryptedData, iv }) => { send(encryptedData, iv) }`, true, false},
		{`({ userInfo }) => { show(userInfo) }`, false, true},
		{`() => { wx.showToast({ title: 'ok' }) }`, false, false},
	} {
		param, body, ok := successParts(c.fn)
		if !ok {
			t.Errorf("%s: not read as a function", c.fn)
			continue
		}
		if e, u := readsOf(param, body); e != c.encrypted || u != c.used {
			t.Errorf("%s: encrypted %v used %v, want %v %v", c.fn, e, u, c.encrypted, c.used)
		}
	}
	for _, fn := range []string{`res => use(res)`, `function (a, b) { }`, `function (res = {}) { }`} {
		if _, _, ok := successParts(fn); ok {
			t.Errorf("%s: read as a one-parameter function written out", fn)
		}
	}
}
