import { basePage } from '../../utils/base'

// A page written through a project constructor: its handlers run on taps,
// only its lifecycles run on entry.
basePage({
  data: { photos: [] },
  onLoad() {
    wx.getLocation({ type: 'gcj02', success: (loc) => this.setData({ loc }), fail: () => {} })
  },
  onAddPhotoTap() {
    wx.chooseMedia({ count: 3, mediaType: ['image'], success: (res) => this.setData({ photos: res.tempFiles }) })
  }
})
