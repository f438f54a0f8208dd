Page({
	data: { order: null },
	// 开通VIP 会员 👑
	buyVip() {
		if (wx.getSystemInfoSync().platform === 'ios') {
			wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
			return
		}
		wx.requestPayment({
			...this.data.order,
			success: () => wx.showToast({ title: '开通成功' })
		})
	},
	onUnlock(res) {
		if (res.ok) {
			if (wx.getSystemInfoSync().platform === 'ios') {
				wx.showToast({ title: '由于相关规范，iOS 功能暂不可用', icon: 'none' })
				return
			}
			wx.requestPayment(res.payParams)
		}
	}
})
