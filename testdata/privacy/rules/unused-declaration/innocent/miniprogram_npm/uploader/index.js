Component({
  methods: {
    add() {
      wx.chooseMedia({ count: 9 })
    }
  }
})
