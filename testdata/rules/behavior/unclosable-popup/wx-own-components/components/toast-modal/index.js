// Shows a message and hides it again after two seconds.
Component({
  properties: { show: Boolean, text: String },
  observers: {
    show(v) {
      if (v) setTimeout(() => this.setData({ show: false }), 2000)
    }
  }
})
