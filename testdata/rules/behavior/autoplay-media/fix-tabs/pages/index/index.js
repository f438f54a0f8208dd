const bgm = wx.createInnerAudioContext()
bgm.autoplay = true
bgm.src = 'https://cdn.example.com/bgm.mp3'

Page({
	data: {
		videoUrl: '',
		clipUrl: '',
		bgmUrl: '',
		autoplay: true,
		title: '视频课堂'
	},
	onLoad() {
		this.voice = wx.createInnerAudioContext()
	}
})
