// 发布页 📝
Page({
  data: { cover: '' },
  async onLoad() {
    if (!(await new Promise((resolve) => tt.showModal({ title: '授权提示', content: '需要访问你选择的照片或视频，用于上传图片。', success: resolve, fail: () => resolve({}) }))).confirm) return
    const res = await tt.chooseImage({ count: 1 })
    this.setData({ cover: res.tempFilePaths[0] })
  }
})
