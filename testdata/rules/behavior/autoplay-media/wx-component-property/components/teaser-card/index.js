Component({
  properties: {
    play: { type: Boolean, value: true }
  }
})
