// An inquiry with the user's name and phone number: the shop calls back,
// nobody else reads it.
Page({
  data: { name: '', phone: '', need: '' },
  onName(e) { this.setData({ name: e.detail.value }) },
  onPhone(e) { this.setData({ phone: e.detail.value }) },
  onNeed(e) { this.setData({ need: e.detail.value }) },
  onSubmit() {
    const { name, phone, need } = this.data
    wx.request({ url: 'https://api.example.com/inquiries', method: 'POST', data: { name, phone, need } })
  }
})
