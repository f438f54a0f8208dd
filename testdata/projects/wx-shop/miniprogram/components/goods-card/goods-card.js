Component({
  options: { addGlobalClass: true },
  properties: {
    goods: { type: Object, value: {} }
  }
})
