// Dialogs that do not count as the explanation.
Page({
  onLoad() {
    // one button, but it only says the page is ready: nothing about the album
    wx.showModal({
      title: '提示',
      content: '页面加载完成',
      showCancel: false,
      success: () => {
        wx.chooseMedia({ count: 1, mediaType: ['image'] })
      }
    })
    // two buttons: success also runs on 取消, and it never looks at res.confirm
    wx.showModal({
      title: '授权提示',
      content: '需要使用你的相机，用于拍摄商品照片',
      success: () => {
        wx.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera'] })
      }
    })
  },
  onReady() {
    // no dialog at all
    wx.getLocation({ type: 'gcj02' })
  }
})
