import { createPage } from '../../utils/page'

createPage({
  data: { nickname: '' },
  methods: {
    onLoad() {
      const nickname = wx.getStorageSync('nickname')
      if (!nickname) {
        wx.redirectTo({ url: '/pages/login/login' })
        return
      }
      this.setData({ nickname })
    }
  }
})
