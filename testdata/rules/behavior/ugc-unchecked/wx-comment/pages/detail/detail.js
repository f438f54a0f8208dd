const { postJSON } = require('../../utils/http')

// The comment goes out through a helper of utils/: one finding, at the
// call here, not in the helper every page shares.
Page({
  data: { draft: '' },
  onDraft(e) { this.setData({ draft: e.detail.value }) },
  sendComment() {
    if (!this.data.draft) return
    postJSON('/comments', { text: this.data.draft }).then(() => this.setData({ draft: '' }))
  }
})
