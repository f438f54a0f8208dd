Component({
  data: { name: '', cover: '' },
  methods: {
    onName(e) {
      this.setData({ name: e.detail.value })
    },
    onCover(e) {
      this.setData({ cover: e.detail.value })
    },
    save() {
      wx.request({
        url: 'https://library.example.com/api/shelves',
        method: 'POST',
        data: { name: this.data.name, cover: this.data.cover },
        success: () => this.triggerEvent('saved')
      })
    }
  }
})
