Component({
  methods: {
    onBuy() {
      this.triggerEvent('buy')
    }
  }
})
