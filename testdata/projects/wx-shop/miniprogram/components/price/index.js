Component({
  properties: {
    value: { type: Number, value: 0 }
  }
})
