import './js/libs/adapter'

// 背景音乐：游戏开始即播放
const bgm = wx.createInnerAudioContext()
bgm.autoplay = true
bgm.loop = true
bgm.src = 'audio/bgm.mp3'
