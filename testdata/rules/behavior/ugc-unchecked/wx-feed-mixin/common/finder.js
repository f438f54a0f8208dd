// A search bar shared the same way: what it sends is a query, not content.
const API = 'https://run.example.com/api'

export const finderMethods = {
  onQueryInput(e) {
    this.setData({ query: e.detail.value })
  },
  runQuery() {
    wx.request({ url: API + '/post/find', method: 'POST', data: { q: this.data.query } })
  }
}
