Page({
	onLocateTap() {
		wx.getLocation({
			type: 'gcj02',
			success: (res) => this.setData({ lat: res.latitude }),
		})
	}
})
