GameGlobal.canvas = tt.createCanvas()
