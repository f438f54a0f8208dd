Component({
  data: { src: '' },
  methods: {
    pick() {
      wx.chooseMedia({
        count: 1,
        mediaType: ['image'],
        success: (res) => {
          const file = res.tempFiles[0].tempFilePath
          wx.uploadFile({
            url: 'https://library.example.com/api/upload',
            filePath: file,
            name: 'file',
            success: (up) => {
              const url = JSON.parse(up.data).url
              this.setData({ src: url })
              this.triggerEvent('change', { value: url })
            }
          })
        }
      })
    }
  }
})
