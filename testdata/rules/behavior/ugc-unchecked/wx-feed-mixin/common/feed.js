// Methods every feed page copies into its config: the comment box of the
// shared feed template is typed and sent here, not in the page.
const API = 'https://run.example.com/api'

export const feedData = { posts: [], draft: '', replyTo: null }

export const feedMethods = {
  loadPosts() {
    wx.request({
      url: API + '/post/list',
      success: (res) => this.setData({ posts: res.data.list })
    })
  },
  onDraftInput(e) {
    // keeping it on the list as well made every post re-render:
    // this.data.posts[0].draft = e.detail.value
    this.setData({ [`draft`]: e.detail.value })
  },
  refresh() {
    wx.request({ url: API + '/post/sync', method: 'POST', data: { seen: this.data.posts.length } })
  },
  sendDraft() {
    if (!this.data.draft) return
    wx.request({
      url: API + '/comment/create',
      method: 'POST',
      data: { postId: this.data.replyTo, text: this.data.draft },
      success: () => this.setData({ draft: '' })
    })
  }
}
