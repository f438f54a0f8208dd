Component({
  properties: {
    title: {
      type: String,
      value: '快捷登录'
    }
  },
  methods: {
    onPhone(e) { this.triggerEvent('done', e.detail) }
  }
})
