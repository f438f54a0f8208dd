import { pickAndSend } from '../../utils/pick'

// A photo of the broken seed tray for the refund desk: only the operator
// sees it, so the recommended profile stays silent.
Page({
  onAddProof() {
    pickAndSend('/refunds/proof', () => wx.showToast({ title: '已上传' }))
  }
})
