Component({
  data: { selected: 'index' },
  methods: {
    onSwitch(e) {
      const key = e.currentTarget.dataset.key
      wx.switchTab({ url: `/pages/${key}/index` })
    }
  }
})
