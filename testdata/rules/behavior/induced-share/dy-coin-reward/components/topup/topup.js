Component({
  properties: {
    visible: { type: Boolean, value: false },
    balance: { type: Number, value: 0 }
  },
  methods: {
    signIn() {
      this.triggerEvent('signin')
    }
  }
})
