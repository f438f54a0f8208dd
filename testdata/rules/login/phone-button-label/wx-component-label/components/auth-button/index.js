// One button for every authorization the app asks: the page says which.
Component({
  properties: {
    openType: { type: String, value: '' },
    btnText: { type: String, value: '确定' }
  },
  methods: {
    onPhone(e) { this.triggerEvent('phone', e.detail) },
    onShare() { this.triggerEvent('share') }
  }
})
