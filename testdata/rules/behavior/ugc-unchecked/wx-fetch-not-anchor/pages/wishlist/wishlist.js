// A wish list the user titles and recommends for others to browse. Saving
// publishes the title and the note; refreshing the items (which keeps the
// title already typed) and dropping or clearing
// items send nothing the user wrote.
const API = 'https://api.example.com'

Page({
  data: { listId: 0, listTitle: '', listNote: '', items: [], page: 1 },
  onName(e) { this.setData({ listTitle: e.detail.value }) },
  onIntro(e) { this.setData({ listNote: e.detail.value }) },
  onMore() {
    this.refresh()
  },
  onDrop(e) {
    wx.request({
      url: API + '/wish/RemoveItem',
      method: 'POST',
      data: { id: e.currentTarget.dataset.id },
      success: () => this.refresh()
    })
  },
  onClear() {
    wx.request({ url: API + '/wish/DeleteAllItems', method: 'POST', data: { id: this.data.listId } })
    this.refresh()
  },
  onSave() {
    wx.request({
      url: API + '/wish/SaveList',
      method: 'POST',
      data: { name: this.data.listTitle, intro: this.data.listNote }
    })
  },
  refresh() {
    wx.request({
      url: API + '/wish/GetItemList',
      method: 'POST',
      data: { page: this.data.page },
      success: (res) => {
        this.setData({ items: res.data.items, listTitle: this.data.listTitle || res.data.name })
      }
    })
  }
})
