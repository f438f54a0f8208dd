// 将小游戏的画布挂到全局，供各模块使用
const canvas = wx.createCanvas()
GameGlobal.canvas = canvas

const { windowWidth, windowHeight, pixelRatio } = wx.getSystemInfoSync()
canvas.width = windowWidth * pixelRatio
canvas.height = windowHeight * pixelRatio

GameGlobal.screen = { width: windowWidth, height: windowHeight, ratio: pixelRatio }
