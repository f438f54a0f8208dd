Page({
	data: { city: '' },
	async onLoad() {
		const loc = await wx.getFuzzyLocation({ type: 'wgs84' })
		this.setData({ city: loc.city })
	},
	onReady() {
		wx.startLocationUpdate({
			success: () => {},
			fail: () => {}
		})
	}
})
