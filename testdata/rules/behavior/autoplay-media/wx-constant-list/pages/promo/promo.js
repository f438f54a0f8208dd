const app = getApp()

Page({
  data: {
    slides: [
      { kind: 'image', src: 'https://cdn.xiaoyuan.example.com/promo/sale.jpg' },
      { kind: 'video', src: 'https://cdn.xiaoyuan.example.com/promo/tour.mp4' }
    ],
    cards: [
      { kind: 'image', src: 'https://cdn.xiaoyuan.example.com/promo/card.jpg' },
      { kind: app.globalData.cardKind, src: 'https://cdn.xiaoyuan.example.com/promo/card.mp4' }
    ]
  }
})
