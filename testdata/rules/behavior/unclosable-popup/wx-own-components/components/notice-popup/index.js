Component({
  properties: { show: Boolean, text: String },
  methods: {
    hide() { this.setData({ show: false }) }
  }
})
