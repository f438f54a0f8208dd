import { ocrCardNumber } from '../../api/scan'
import { post } from '../../api/http'

// Where the wages go: a photo of the worker's own debit card fills in its
// number. Only the payroll office sees it.
Page({
  data: { cardNo: '', bankName: '' },
  onScanCard() {
    wx.chooseImage({
      count: 1,
      sourceType: ['camera', 'album'],
      success: (res) => this.readCard(res.tempFilePaths[0])
    })
  },
  async readCard(path) {
    const r = await ocrCardNumber(path)
    this.setData({ cardNo: r.cardNo, bankName: r.bankName })
  },
  onSave() {
    post('/member/payee', { cardNo: this.data.cardNo, bankName: this.data.bankName })
  }
})
