const BASE_URL = 'http://api.xianguo.example.com'

Page({
	onLoad() {
		// 🍉 首页数据
		tt.request({ url: BASE_URL + '/home' })
		tt.connectSocket({ url: 'ws://chat.xianguo.example.com/ws' })
		tt.request({ url: `http://api.xianguo.example.com/goods/${1}` })
	}
})
