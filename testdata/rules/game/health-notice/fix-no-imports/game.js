/**
 * 入口：创建画布并开始游戏
 */
const canvas = wx.createCanvas()
const ctx = canvas.getContext('2d')
ctx.fillText('🎮 开始游戏', 100, 200)
