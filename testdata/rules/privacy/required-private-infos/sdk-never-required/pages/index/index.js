// The city is typed in; the map SDK in libs/ is no longer loaded by any page.
Page({
  data: { city: '' },
  onCityInput(e) { this.setData({ city: e.detail.value }) }
})
