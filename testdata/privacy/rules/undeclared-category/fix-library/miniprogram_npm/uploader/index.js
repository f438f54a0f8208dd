Component({
  methods: {
    add() {
      wx.chooseImage({ count: 9 })
    }
  }
})
