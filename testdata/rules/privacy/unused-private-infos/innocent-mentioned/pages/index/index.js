import { callApi } from '../../utils/api'
import { promisify } from '../../utils/promisify'

const choosePoi = promisify(wx.choosePoi)

Page({
  onAddressTap() {
    callApi('chooseAddress').then((addr) => this.setData({ addr }))
  },
  onPoiTap() {
    choosePoi().then((poi) => this.setData({ poi }))
  },
  onMapTap() {
    const api = wx
    api.chooseLocation({ success: (loc) => this.setData({ loc }) })
  }
})
