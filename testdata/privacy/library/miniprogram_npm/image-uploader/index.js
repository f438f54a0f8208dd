Component({
  properties: { maxCount: { type: Number, value: 9 } },
  methods: {
    onAdd() {
      wx.chooseImage({
        count: this.data.maxCount,
        success: (res) => this.triggerEvent('uploaded', { files: res.tempFilePaths })
      })
    }
  }
})
