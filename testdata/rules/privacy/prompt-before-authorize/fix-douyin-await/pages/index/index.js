// 发布页 📝
Page({
  data: { cover: '' },
  async onLoad() {
    const res = await tt.chooseImage({ count: 1 })
    this.setData({ cover: res.tempFilePaths[0] })
  }
})
