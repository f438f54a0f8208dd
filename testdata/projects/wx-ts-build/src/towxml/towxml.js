Component({
  properties: { nodes: { type: Object, value: {} } },
})
