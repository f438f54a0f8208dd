import { createComponent } from '../../utils/page'

createComponent({
  data: { nickname: '' },
  methods: {
    onShow() {
      this.setData({ nickname: wx.getStorageSync('nickname') || '游客' })
    },
    goLogin() {
      wx.navigateTo({ url: '/pages/login/login' })
    }
  }
})
