const BASE_URL = 'https://api.xianguo.example.com'

Page({
	onLoad() {
		// 🍉 首页数据
		tt.request({ url: BASE_URL + '/home' })
		tt.connectSocket({ url: 'wss://chat.xianguo.example.com/ws' })
		tt.request({ url: `https://api.xianguo.example.com/goods/${1}` })
	}
})
