Page({
  onCopyLink(e) {
    tt.setClipboardData({ data: e.currentTarget.dataset.link })
  },
  onCopyDoc() {
    tt.setClipboardData({ data: 'https://example.org/orange-notes/docs' })
  }
})
