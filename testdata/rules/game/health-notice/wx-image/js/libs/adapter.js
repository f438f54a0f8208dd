GameGlobal.canvas = wx.createCanvas()
