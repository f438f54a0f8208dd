// The label comes from the page; an empty title falls back to the
// template's own wording.
Component({
  properties: {
    btnTitle: { type: String, value: '' },
    plain: Boolean
  },
  methods: {
    onPhone(e) {
      this.triggerEvent('phone', e.detail)
    }
  }
})
