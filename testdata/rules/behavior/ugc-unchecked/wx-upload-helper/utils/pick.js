const HOST = 'https://api.example.com'

// A shared helper: pick one picture and upload it wherever the caller
// says. It publishes nothing by itself, so no finding lands here; each
// page that calls it is judged by what it does with the picture.
export function pickAndSend(path, done) {
  wx.chooseImage({
    count: 1,
    success: (res) => {
      wx.uploadFile({ url: HOST + path, filePath: res.tempFilePaths[0], name: 'file', success: done })
    }
  })
}
