Page({
	data: { city: '' },
	async onLoad() {
		if (!(await wx.showModal({ title: '授权提示', content: '需要获取你的位置信息，用于为你显示附近的门店和距离。' })).confirm) return
		const loc = await wx.getFuzzyLocation({ type: 'wgs84' })
		this.setData({ city: loc.city })
	},
	onReady() {
		wx.showModal({
			title: '授权提示',
			content: '需要获取你的位置信息，用于为你显示附近的门店和距离。',
			success: (res) => {
				if (res.confirm) {
					wx.startLocationUpdate({
						success: () => {},
						fail: () => {}
					})
				}
			}
		})
	}
})
