import { callApi } from '../../utils/api'

// One review box per item of the order; each box stores its text under
// a computed key, reviews[i].text, and the whole list is sent.
Page({
  data: { items: [], reviews: [] },
  onLoad(query) {
    callApi('GET', 'order/detail', { id: query.id }).then((res) => {
      const items = res.data.items
      this.setData({ items, reviews: items.map((it) => ({ goodsId: it.id, text: '' })) })
    })
  },
  onReviewInput(e) {
    const i = e.currentTarget.dataset.idx
    this.setData({ [`reviews[${i}].text`]: e.detail.value })
  },
  async submitReviews() {
    const filled = this.data.reviews.filter((r) => r.text)
    if (!filled.length) {
      wx.showToast({ title: '写点评价再提交吧', icon: 'none' })
      return
    }
    await callApi('POST', 'review/add', { reviews: this.data.reviews })
    wx.showToast({ title: '评价已提交' })
  }
})
