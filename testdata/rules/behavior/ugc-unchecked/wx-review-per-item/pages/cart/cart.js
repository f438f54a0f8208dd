import { callApi } from '../../utils/api'

// A note to the shop per item, typed in a dialog titled so: not
// published, even stored under a computed key like a review.
Page({
  data: { lines: [], editing: 0, noteOpen: false },
  openNote(e) {
    this.setData({ editing: e.currentTarget.dataset.idx, noteOpen: true })
  },
  closeNote() {
    this.setData({ noteOpen: false })
  },
  onNoteInput(e) {
    this.setData({ [`lines[${this.data.editing}].note`]: e.detail.value })
  },
  placeOrder() {
    callApi('POST', 'order/create', { lines: this.data.lines })
  }
})
