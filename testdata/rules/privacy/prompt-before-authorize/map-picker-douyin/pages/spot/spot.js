// 新建打卡点：一进来就让用户在地图上选位置，取消就返回
Page({
  data: { place: null },
  onLoad() {
    tt.chooseLocation({
      success: place => this.setData({ place }),
      fail: () => tt.navigateBack()
    })
  }
})
