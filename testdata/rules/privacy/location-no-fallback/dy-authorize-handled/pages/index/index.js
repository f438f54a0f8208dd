Page({
  data: { place: '', cities: ['北京', '上海', '广州'] },
  onPickPlace() {
    tt.authorize({
      scope: 'scope.userLocation',
      success: () => {
        tt.getLocation({
          success: (res) => this.setData({ place: res.latitude + ',' + res.longitude }),
          fail: () => this.setData({ showCities: true })
        })
      },
      fail: () => {
        console.log('refused')
        this.setData({ showCities: true })
      }
    })
  }
})
