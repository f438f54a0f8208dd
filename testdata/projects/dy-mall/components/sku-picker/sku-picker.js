Component({
  properties: {
    skus: { type: Array, value: [] }
  },
  data: { current: '' },
  methods: {
    onPick(e) {
      const id = e.currentTarget.dataset.id
      this.setData({ current: id })
      this.triggerEvent('change', this.data.skus.find((s) => s.id === id))
    }
  }
})
