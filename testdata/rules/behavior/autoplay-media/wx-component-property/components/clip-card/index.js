// A lesson clip; it starts by itself unless the page says otherwise.
Component({
  properties: {
    src: String,
    autoplay: {
      type: Boolean,
      value: true
    }
  }
})
