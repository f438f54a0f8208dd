import { ComponentWithStore } from 'mobx-miniprogram-bindings'
import { cart } from '../../store/cart'

ComponentWithStore({
  storeBindings: {
    store: cart,
    fields: ['count'],
    actions: ['add']
  },
  data: {
    bouquets: [
      { id: 1, name: '向日葵花束', price: 129 },
      { id: 2, name: '粉玫瑰礼盒', price: 199 }
    ]
  },
  methods: {
    addToCart(e) {
      this.add(e.currentTarget.dataset.item)
    },
    toLoginPage() {
      wx.navigateTo({ url: '/pages/login/login' })
    }
  }
})
