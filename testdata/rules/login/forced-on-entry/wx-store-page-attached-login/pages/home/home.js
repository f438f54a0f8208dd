import { ComponentWithStore } from 'mobx-miniprogram-bindings'
import { cart } from '../../store/cart'

ComponentWithStore({
  storeBindings: {
    store: cart,
    fields: ['count'],
    actions: ['add']
  },
  data: {
    bouquets: []
  },
  lifetimes: {
    attached() {
      if (!wx.getStorageSync('token')) {
        wx.navigateTo({ url: '/pages/login/login' })
      }
    }
  },
  methods: {
    addToCart(e) {
      this.add(e.currentTarget.dataset.item)
    }
  }
})
