// A bottom sheet that asks for the phone number; the page names the button.
Component({
  properties: {
    title: String,
    open: { type: Boolean, value: true }
  },
  methods: {
    onPhone(e) { this.triggerEvent('phone', e.detail) }
  }
})
