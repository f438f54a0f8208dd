Page({
  onLocateTap() {
    tt.showModal({
      title: '地理位置授权',
      content: '为了更好地为您服务，请授权地理位置',
      success: (res) => { if (res.confirm) this.locate() }
    })
  },
  locate() {
    tt.getLocation({ success: (loc) => this.setData({ loc }), fail: () => {} })
  }
})
