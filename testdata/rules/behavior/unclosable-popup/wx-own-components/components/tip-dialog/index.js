Component({
  properties: {
    show: Boolean,
    maskClosable: { type: Boolean, value: true }
  },
  methods: {
    close() { this.triggerEvent('close') }
  }
})
