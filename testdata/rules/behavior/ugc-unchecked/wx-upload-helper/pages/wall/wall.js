import { pickAndSend } from '../../utils/pick'

// Neighbours pin garden photos to the shared wall: the caller of the
// helper publishes, and the finding lands on its call.
Page({
  data: { pins: [] },
  onPinPhoto() {
    pickAndSend('/wall/pins', () => wx.showToast({ title: '已贴上墙' }))
  }
})
