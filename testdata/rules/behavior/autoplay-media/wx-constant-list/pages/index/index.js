Page({
  data: {
    // the carousel is built for pictures and clips; today it shows pictures only
    banners: [
      { id: 1, kind: 'image', src: 'https://cdn.xiaoyuan.example.com/banner/welcome.jpg' },
      { id: 2, kind: 'image', src: 'https://cdn.xiaoyuan.example.com/banner/freshmen.jpg' }
    ],
    tiles: [
      { kind: 'photo', src: 'https://cdn.xiaoyuan.example.com/tile/library.jpg' }
    ]
  },
  onLoad() {
    wx.setNavigationBarTitle({ title: '校园帮' })
  }
})
