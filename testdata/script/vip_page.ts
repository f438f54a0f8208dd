// pages/vip/index.ts — 会员开通页（TypeScript）
interface PayParams { timeStamp: string; nonceStr: string; package: string; signType: 'MD5' | 'RSA'; paySign: string }

const isIOS = (): boolean => wx.getSystemInfoSync().platform === 'ios'

Page<{ price: number }, WechatMiniprogram.IAnyObject>({
  data: { price: 30 },

  onLoad(): void {
    const audio = wx.createInnerAudioContext()
    audio.autoplay = true
    audio.src = 'https://cdn.example.com/welcome.mp3'
  },

  async onTapBuy(): Promise<void> {
    if (isIOS()) {
      wx.showModal({ title: '提示', content: '由于相关规范，iOS 功能暂不可用', showCancel: false })
      return
    }
    const params = (await this.createOrder()) as PayParams
    try {
      await wx.requestPayment({ ...params })
      wx.showToast({ title: '开通会员成功' })
    } catch (err) {
      wx.showToast({ title: `支付失败：${(err as Error).message}`, icon: 'none' })
    }
  },

  createOrder(): Promise<unknown> {
    return new Promise((resolve) => {
      wx.request({ url: 'https://api.example.com/vip/order', method: 'POST', success: (r) => resolve(r.data) })
    })
  },
})
