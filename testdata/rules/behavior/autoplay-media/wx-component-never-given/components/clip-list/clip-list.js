Component({
  properties: {
    clips: { type: Array, value: [] }
  }
})
