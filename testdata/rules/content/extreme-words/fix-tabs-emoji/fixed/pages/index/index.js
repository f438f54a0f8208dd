Page({
	data: { slogan: '🥛 史上最好喝的酸奶' },
	onLoad() {
		wx.setNavigationBarTitle({ title: '优质酸奶 · 小鹿' })
	},
	onBuy() {
		wx.showToast({ title: '已加入购物车 🛒', icon: 'none' })
	}
})
