Page({
  data: { place: '' },
  onPickPlace() {
    tt.authorize({
      scope: 'scope.userLocation',
      success: () => {
        tt.getLocation({
          success: () => {
            tt.chooseLocation({ success: (p) => this.setData({ place: p.name }) })
          },
          fail: (e) => { console.log(e) }
        })
      },
      fail: (err) => {
        console.log('authorize failed', err)
      }
    })
  },
  onShowMap() {
    tt.getLocation({
      success: (res) => tt.openLocation({ latitude: res.latitude, longitude: res.longitude }),
      fail(err) {
        // nothing to do
        console.error(err)
      }
    })
  }
})
