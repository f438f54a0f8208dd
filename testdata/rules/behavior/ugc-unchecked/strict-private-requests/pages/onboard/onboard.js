import { recognizeIdFront } from '../../api/scan'

// Joining a site: the ID card's front is read to fill in the worker's
// name and number for the contract.
Page({
  data: { name: '', idNo: '' },
  onShootFront() {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      success: async (res) => {
        const r = await recognizeIdFront(res.tempFiles[0].tempFilePath)
        this.setData({ name: r.name, idNo: r.idNo })
      }
    })
  }
})
