// 门店页 🏪
Page({
	data: { videoUrl: '', stores: [] },
	onLoad() {
		wx.getLocation({ type: 'gcj02', success: (res) => wx.request({ url: 'http://api.example.com/stores', data: res, success: (r) => this.setData({ stores: r.data }) }) })
		const bgm = wx.createInnerAudioContext()
		bgm.autoplay = true
	},
	onPickAddr() {
		wx.chooseLocation({ success: (res) => this.setData({ addr: res.address }), fail: () => {} })
	},
	onVip() {
		wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', signType: 'MD5', paySign: '' })
	}
})
