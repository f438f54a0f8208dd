// The booking bar's button; a page decides what it opens.
Component({
  properties: {
    openType: { type: String, value: '' },
    label: { type: String, value: '立即预约' }
  },
  methods: {
    onPhone(e) { this.triggerEvent('phone', e.detail) }
  }
})
