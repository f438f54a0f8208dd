Component({
  properties: {
    autoplay: Boolean
  }
})
